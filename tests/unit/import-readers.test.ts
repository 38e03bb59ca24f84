import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/import/parseFile';
import { decodeText } from '../../src/import/decode';
import { guessDelimiter, readCsv } from '../../src/import/csv';
import { parseDecimal } from '../../src/import/numbers';
import { describeProblem } from '../../src/import/describe';
import { translator } from '../../src/i18n/t';
import { zipTexts } from '../../src/export/zip';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))));

async function open(name: string) {
  const result = await parseFile(fixture(name), name);
  if (!result.ok) throw new Error(result.problems.map((p) => describeProblem(p, translator('en'))).join('\n'));
  return result;
}

describe('text decoding and numbers', () => {
  it('reads UTF-8 with or without a BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0x6f, 0x6d])).text).toBe('Nom');
    expect(decodeText(new TextEncoder().encode('Échelle')).text).toBe('Échelle');
    const latin = decodeText(new Uint8Array([0xc9, 0x63, 0x68, 0x65, 0x6c, 0x6c, 0x65, 0x20, 0x6c, 0x92, 0x61]));
    expect(latin).toEqual({ text: 'Échelle l’a', encoding: 'windows-1252' });
  });

  it('reads decimal commas and points, and refuses what is not one number', () => {
    expect(parseDecimal('48,8919')).toBe(48.8919);
    expect(parseDecimal(' -2.2072 ')).toBe(-2.2072);
    expect(parseDecimal('48.9.1')).toBeNull();
    expect(parseDecimal('48°53')).toBeNull();
  });

  it('guesses the delimiter from the header line: ; tab or ,', () => {
    expect(guessDelimiter('Nom;Latitude;Longitude\nA;48,1;2,3')).toBe(';');
    expect(guessDelimiter('Nom\tLatitude\nA\t48.1')).toBe('\t');
    expect(guessDelimiter('"Nom; complet",Latitude\nA,48.1')).toBe(',');
  });

  it('keeps quoted cells with delimiters and line breaks whole', () => {
    const { table } = readCsv('x.csv', 'Nom,Description\n"Lille, Métropole","deux\nlignes"\n');
    expect(table.rows).toEqual([['Lille, Métropole', 'deux\nlignes']]);
  });
});

describe('a French Excel CSV (Windows-1252, semicolons, decimal commas)', () => {
  it('gives actors with built-in kinds and scales found by their French labels, and places from the coordinates', async () => {
    const { dataset } = await open('partenaires-excel-fr.csv');
    const nanterre = dataset.actorById.get('ville-de-nanterre');
    expect(nanterre).toMatchObject({ name: { fr: 'Ville de Nanterre' }, kind: 'municipality', scale: 'local', place: 'nanterre' });
    expect(dataset.placeById.get('nanterre')).toMatchObject({ latitude: 48.8919, longitude: 2.2072, country: 'France', precision: 'approximate' });
    expect(dataset.actorById.get('cites-unies-france')?.description?.fr).toBe('« Fédère les collectivités engagées à l’international »');
    expect(nanterre?.attributes).toEqual({ 'Site web': 'https://www.nanterre.fr', Thèmes: 'coopération décentralisée' });
  });

  it('declares the kinds it does not know with their label as written', async () => {
    const { dataset } = await open('partenaires-excel-fr.csv');
    expect(dataset.vocabulary?.actorKinds).toEqual([
      { id: 'maison-de-quartier', label: { fr: 'Maison de quartier' } },
      { id: 'comite-de-jumelage', label: { fr: 'Comité de jumelage' } },
    ]);
  });

  it('lists the places named without coordinates for the gazetteer, their actors with no place meanwhile', async () => {
    const { dataset, unresolvedPlaces } = await open('partenaires-excel-fr.csv');
    expect(unresolvedPlaces).toEqual([
      { actor: 'maison-des-jeunes-de-bondy', name: 'Bondy', country: 'France', file: 'partenaires-excel-fr.csv', line: 6 },
      { actor: 'comite-de-jumelage', name: 'Boutilimit', country: 'Mauritanie', file: 'partenaires-excel-fr.csv', line: 7 },
    ]);
    expect(dataset.actorById.get('maison-des-jeunes-de-bondy')?.place).toBeNull();
  });
});

describe('places named without coordinates', () => {
  it('hands the name, country and INSEE code to the gazetteer step and keeps the code in sight', async () => {
    const result = await parseFile(new TextEncoder().encode('Nom;Commune;Code INSEE\nMairie de Bondy;Bondy;93010\n'), 'communes.csv');
    if (!result.ok) throw new Error('refused');
    expect(result.unresolvedPlaces).toEqual([{ actor: 'mairie-de-bondy', name: 'Bondy', insee: '93010', file: 'communes.csv', line: 2 }]);
    expect(result.dataset.actorById.get('mairie-de-bondy')).toMatchObject({ place: null, attributes: { 'Code INSEE': '93010' } });
  });
});

describe('a Kumu-style workbook (Elements and Connections)', () => {
  it('reads both sheets, leaves a notes sheet aside, and gives provenance from Source and Quote', async () => {
    const { dataset, format } = await open('kumu-workbook.xlsx');
    expect(format).toBe('xlsx');
    expect(dataset.actors.map((a) => a.id)).toEqual(['cites-unies-france', 'uclg', 'town-of-bondy', 'youth-exchange-fund']);
    expect(dataset.actorById.get('uclg')).toMatchObject({ kind: 'world-organisation', scale: 'global', name: { en: 'UCLG' } });
    const byKind = Object.fromEntries(dataset.relations.map((r) => [r.kind, r]));
    expect(byKind['founding-member-of']?.provenance).toEqual({ type: 'source', url: 'https://www.uclg.org/en/organisation/about' });
    expect(byKind['member-of']?.provenance).toEqual({ type: 'document', quote: 'Bondy is a member of CUF' });
    expect(byKind['funds']?.provenance).toEqual({ type: 'unsourced' });
    expect(dataset.vocabulary?.relationKinds).toEqual([{ id: 'funds', label: { en: 'Funds' }, directed: true }]);
  }, 30_000);
});

describe('a Gephi GEXF 1.3 with attributes', () => {
  it('keeps node attributes, reads type/scale/latitude/longitude/ville as the columns of the same name', async () => {
    const { dataset } = await open('gephi-reseau.gexf');
    const lianes = dataset.actorById.get('lianes-cooperation');
    expect(lianes).toMatchObject({ kind: 'association', scale: 'regional', attributes: { membres: '140' } });
    expect(dataset.placeById.get(lianes?.place ?? '')).toMatchObject({ latitude: 50.629, longitude: 3.068 });
    expect(dataset.actorById.get('reseau-des-villes-jumelees')).toMatchObject({ kind: 'reseau-informel', place: null });
  });

  it('keeps an undirected edge undirected and a label quote as a document quote', async () => {
    const { dataset } = await open('gephi-reseau.gexf');
    expect(dataset.vocabulary?.relationKinds).toEqual([{ id: 'echange-de-pratiques', label: { en: 'Échange de pratiques' }, directed: false }]);
    const works = dataset.relations.find((r) => r.kind === 'works-with');
    expect(works).toMatchObject({ from: 'lianes-cooperation', to: 'region-nord-pas-de-calais' });
    expect(works?.provenance.type).toBe('document');
  });
});

describe('a GEXF of actors without relations', () => {
  it('opens: a network of actors alone is a network', async () => {
    const { dataset } = await open('gephi-sans-liens.gexf');
    expect(dataset.actors.map((a) => [a.name.en ?? a.name.fr, a.kind, a.scale])).toEqual([
      ['Ville de Montreuil', 'municipality', 'local'],
      ['Cités Unies France', 'network-of-local-authorities', 'national'],
      ['CGLU', 'world-organisation', 'global'],
    ]);
    expect(dataset.relations).toEqual([]);
    expect(dataset.placeById.get(dataset.actors[0]?.place ?? '')).toMatchObject({ latitude: 48.8638, longitude: 2.4485 });
  });

  it('refuses a vocabulary in its meta that is not one, saying where', async () => {
    const xml = new TextDecoder()
      .decode(fixture('gephi-sans-liens.gexf'))
      .replace('</meta>', '<maillage-vocabulary>{"scales": []}</maillage-vocabulary></meta>');
    const result = await parseFile(new TextEncoder().encode(xml), 'x.gexf');
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.params.path])).toEqual([['schema', 'meta/maillage-vocabulary']]);
  });
});

describe('a vocabulary table and the zipped CSV set', () => {
  const vocabulary =
    'Liste;Id;Libellé (fr);Libellé (en);Orienté\r\néchelle;rue;la rue;;\r\néchelle;local;;;\r\néchelle;planete;planète;planet;\r\ntype de relation;echange;échange avec;exchanges with;non\r\n';
  const network = 'Nom;Type;Échelle;De;Vers\r\nA;commune;planete;;\r\nB;commune;rue;;\r\nC;commune;local;;\r\n;échange avec;;A;B\r\n';

  it('reads the scales in the table’s order, values by id or label, and a relation kind with no direction', async () => {
    const result = await parseFile(
      zipTexts([
        { name: 'network.csv', text: network },
        { name: 'vocabulary.csv', text: vocabulary },
      ]),
      'reseau-csv.zip',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.event.title).toEqual({ fr: 'reseau' });
    expect(result.dataset.vocabulary?.scales?.map((s) => s.id)).toEqual(['rue', 'local', 'planete']);
    expect(result.dataset.vocabulary?.scales?.[2]?.label).toEqual({ fr: 'planète', en: 'planet' });
    expect(result.dataset.relations.map((r) => r.kind)).toEqual(['echange']);
    expect(result.dataset.resolvedVocabulary.relationKinds.find((k) => k.id === 'echange')?.directed).toBe(false);
  });

  it('opens actors.csv and relations.csv when there is no network.csv, with the places of places.csv', async () => {
    const files = [
      { name: 'export/actors.csv', text: 'Nom;Type;Échelle\r\nA;commune;local\r\nB;commune;local\r\n' },
      { name: 'export/relations.csv', text: 'De;Vers;Type\r\nA;B;membre de\r\n' },
      { name: 'export/places.csv', text: 'Id;Nom;Latitude;Longitude;Précision;Source\r\np;Paris;48,85;2,35;sourced;https://fr.wikipedia.org/wiki/Paris\r\n' },
    ];
    const result = await parseFile(zipTexts(files), 'set.zip');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.dataset.actors.map((a) => a.id)).toEqual(['a', 'b']);
    expect(result.dataset.relations).toHaveLength(1);
    // A place no actor is seated at, with its precision and source.
    expect(result.dataset.places).toEqual([
      { id: 'paris', name: { fr: 'Paris' }, latitude: 48.85, longitude: 2.35, precision: 'sourced', source: 'https://fr.wikipedia.org/wiki/Paris' },
    ]);
  });

  it('says which row of the vocabulary is wrong', async () => {
    const wrong = 'Liste;Id;Libellé (fr);Libellé (en);Orienté\r\ncouleur;rouge;;;\r\ntype de relation;echange;;;peut-être\r\n';
    const result = await parseFile(
      zipTexts([
        { name: 'network.csv', text: network },
        { name: 'vocabulary.csv', text: wrong },
      ]),
      'x.zip',
    );
    expect(result.ok ? [] : result.problems.map((p) => describeProblem(p, translator('fr')))).toEqual([
      'vocabulary.csv, ligne 2, colonne « Liste » : « couleur » n’est pas une liste du vocabulaire (type d’acteur, échelle, type de relation)',
      'vocabulary.csv, ligne 3, colonne « Orienté » : « peut-être » : attendu oui ou non',
    ]);
  });
});

describe('a relations-only CSV', () => {
  it('infers the actors from the names, with kind and scale said to be not given', async () => {
    const { dataset } = await open('relations-seules.csv');
    expect(dataset.actors.map((a) => a.id)).toEqual(['cites-unies-france', 'cglu', 'cites-unies-belgique', 'campagne-mondiale-pour-les-omd']);
    expect(dataset.actors.every((a) => a.kind === 'unspecified' && a.scale === 'unspecified')).toBe(true);
    expect(dataset.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual([
      'cites-unies-france founding-member-of cglu',
      'cites-unies-belgique member-of cglu',
      'cites-unies-belgique acts-in campagne-mondiale-pour-les-omd',
    ]);
  });
});

describe('Maillage’s own JSON', () => {
  it('opens through the loader', async () => {
    const { dataset, format } = await open('../valid-minimal.json');
    expect(format).toBe('json');
    expect(dataset.actors.length).toBeGreaterThan(0);
  });
});

describe('a file with every kind of mistake', () => {
  it('opens nothing and says each problem with its file, line and column, with "did you mean" where it fits', async () => {
    const result = await parseFile(fixture('erreurs.csv'), 'erreurs.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fr = translator('fr');
    expect(result.problems.map((p) => describeProblem(p, fr))).toEqual([
      'erreurs.csv, ligne 3, colonne « Latitude » : « 48.9.1 » n’est pas un nombre',
      'erreurs.csv, ligne 4, colonne « Type » : « Assocation » n’est pas un nom connu ; vouliez-vous dire « association » ?',
      'erreurs.csv, ligne 5, colonne « Latitude » : « 95.2 » n’est pas une latitude (entre -90 et 90)',
      'erreurs.csv, ligne 6, colonne « Nom » : « Ville de Nanterre » est déjà nommé ligne 2',
      'erreurs.csv, ligne 7, colonne « Nom » : ligne sans nom',
      'erreurs.csv, ligne 8, colonne « Source » : « htps://bobigny fr » n’est pas une adresse web valable (https://…)',
      'erreurs.csv, ligne 8, colonne « Longitude » : vide alors que la colonne « Latitude » est remplie',
      'erreurs.csv, ligne 9, colonne « Vers » : aucun acteur ne s’appelle « Cités Unis France » ; vouliez-vous dire « Cités Unies France » ?',
      'erreurs.csv, ligne 10, colonne « Vers » : « Ville de Nanterre » est relié à lui-même',
      'erreurs.csv, ligne 11, colonne « Vers » : vide : une relation relie deux acteurs',
      'erreurs.csv, ligne 13, colonne « Vers » : même relation que ligne 12',
    ]);
  });

  it('says which columns it found when none is understood, suggesting a near name', async () => {
    const result = await parseFile(new TextEncoder().encode('Nomm;Budget\nLille;3\n'), 'budget.csv');
    expect(result.ok ? [] : result.problems.map((p) => describeProblem(p, translator('en')))).toEqual([
      'budget.csv, line 1: no column understood (Name, or From and To); columns found: Nomm, Budget; did you mean “Nom”?',
    ]);
  });

  it('refuses files past the limits with a clear message', async () => {
    const rows = ['Nom', ...Array.from({ length: 200_001 }, (_, i) => `a${i}`)].join('\n');
    const result = await parseFile(new TextEncoder().encode(rows), 'grand.csv');
    expect(result.ok ? [] : result.problems.map((p) => describeProblem(p, translator('fr')))).toEqual([
      'grand.csv : le fichier a 200001 lignes ; Maillage en ouvre jusqu’à 200000',
    ]);
    const unknown = await parseFile(new Uint8Array([1, 2, 3]), 'image.png');
    expect(unknown.ok ? '' : unknown.problems[0]?.code).toBe('unknownFormat');
  }, 60_000);
});
