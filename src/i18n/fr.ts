// French, the default language. Keys are grouped by the part of the app that uses them.
export const fr = {
  // app
  'app.name': 'Maillage',
  'app.tagline': 'Les alliances de la solidarité internationale, du local au mondial',
  'app.loading': 'Chargement des données…',
  'app.dataError': 'Les données de l’atelier sont invalides ; rien n’a été affiché.',
  'app.language': 'Langue',
  'app.switchLanguage': 'English',
  'app.switchLanguageLabel': 'Switch to English',
  // event
  'event.dateUnknown': 'Date et lieu inconnus',
  'event.about': 'À propos de l’atelier',
  // programme
  'programme.title': 'Programme',
  'programme.speaker': 'Intervenant·e : {name}',
  'programme.status.announced': 'annoncé',
  'programme.status.to-be-confirmed': 'sous réserve',
  'programme.session': 'Session',
  // views
  'view.graph': 'Graphe des alliances',
  'view.map': 'Carte des lieux',
  'view.panel': 'Programme et détails',
  // scales
  'scale.local': 'Local',
  'scale.intercommunal': 'Intercommunal',
  'scale.departmental': 'Départemental',
  'scale.regional': 'Régional',
  'scale.national': 'National',
  'scale.continental': 'Continental',
  'scale.global': 'Mondial',
  // actor kinds
  'kind.municipality': 'commune',
  'kind.intercommunal-body': 'intercommunalité',
  'kind.departement': 'département',
  'kind.region': 'région',
  'kind.university': 'université',
  'kind.association': 'association',
  'kind.campaign-network': 'réseau de campagne',
  'kind.movement': 'mouvement associatif',
  'kind.network-of-local-authorities': 'réseau de collectivités',
  'kind.world-organisation': 'organisation mondiale',
  'kind.campaign': 'campagne',
  'kind.local-authorities': 'collectivités (ensemble)',
  // relation kinds
  'relation.member-of': 'membre de',
  'relation.founding-member-of': 'membre fondateur de',
  'relation.part-of': 'fait partie de',
  'relation.located-in': 'situé dans',
  'relation.works-with': 'travaille avec',
  'relation.partner-of': 'partenaire de',
  'relation.twinned-with': 'jumelé avec',
  'relation.runs': 'mène',
  'relation.acts-in': 'agit dans',
  'relation.supports': 'soutient',
  'relation.opposes-with': 's’oppose avec',
  // provenance
  'provenance.programme': 'Programme',
  'provenance.source': 'Source',
  'provenance.unsourced': 'Non sourcé',
} as const;

export type MessageKey = keyof typeof fr;
