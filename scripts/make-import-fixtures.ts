// Writes the real-looking files the import tests read (tests/fixtures/import/): a French Excel CSV
// in Windows-1252 with ";" and decimal commas, and a Kumu-style workbook. Run once; the files are
// committed. `npx tsx scripts/make-import-fixtures.ts`
import { writeFileSync } from 'node:fs';
import writeExcelFile from 'write-excel-file/node';

const dir = 'tests/fixtures/import';

/** Windows-1252 bytes of a text (the characters French needs are all in Latin-1 or the 0x80 block). */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, œ: 0x9c, Œ: 0x8c };
  return Uint8Array.from([...text].map((c) => extra[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

const excelCsv = [
  'Nom;Type;Échelle;Commune;Pays;Latitude;Longitude;Description;Site web;Thèmes',
  'Ville de Nanterre;Commune;Local;Nanterre;France;48,8919;2,2072;Coordonne le Forum des autorités locales de périphérie;https://www.nanterre.fr;coopération décentralisée',
  'Savigny-le-Temple;Commune;Local;Savigny-le-Temple;France;48,5842;2,5831;Jumelée avec Boutilimit (Mauritanie) depuis 1986;;éducation au développement',
  'Lianes Coopération;Association;Régional;Lille;France;50,629;3,068;Réseau régional multi-acteurs;https://lianescooperation.org;',
  'Cités Unies France;Réseau de collectivités;National;Paris;France;48,8857;2,3497;« Fédère les collectivités engagées à l’international »;;',
  'Maison des Jeunes de Bondy;Maison de quartier;Local;Bondy;France;;;Accueil de jeunes volontaires;;jeunesse',
  'Comité de jumelage;Comité de jumelage;Local;Boutilimit;Mauritanie;;;;;',
].join('\r\n');
writeFileSync(`${dir}/partenaires-excel-fr.csv`, windows1252(`${excelCsv}\r\n`));

await writeExcelFile([
  {
    sheet: 'Elements',
    data: [
      ['Label', 'Type', 'Description', 'Tags', 'Scale', 'Latitude', 'Longitude', 'Website'],
      [
        'Cités Unies France',
        'Network of local authorities',
        'French local governments acting abroad',
        'networks',
        'National',
        48.8857,
        2.3497,
        'https://cites-unies-france.org',
      ],
      ['UCLG', 'World organisation', 'United Cities and Local Governments', 'networks', 'Global', 41.3811, 2.1767, ''],
      ['Town of Bondy', 'Municipality', '', 'towns', 'Local', 48.9022, 2.4828, ''],
      ['Youth Exchange Fund', 'Foundation', 'Funds exchanges between twinned towns', 'funding', 'National', '', '', ''],
    ],
  },
  {
    sheet: 'Connections',
    data: [
      ['From', 'To', 'Type', 'Source', 'Quote'],
      ['Cités Unies France', 'UCLG', 'Founding member of', 'https://www.uclg.org/en/organisation/about', ''],
      ['Town of Bondy', 'Cités Unies France', 'Member of', '', 'Bondy is a member of CUF'],
      ['Youth Exchange Fund', 'Town of Bondy', 'Funds', '', ''],
    ],
  },
  { sheet: 'Notes', data: [['Made in Kumu, exported as a workbook']] },
]).toFile(`${dir}/kumu-workbook.xlsx`);
console.log('written');
