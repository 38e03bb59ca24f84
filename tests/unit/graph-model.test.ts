import { describe, expect, it } from 'vitest';
import { buildingModel, buildModel, linkId, type GraphLink } from '../../src/graph/model';
import { degreeByActor } from '../../src/data/select';
import { KIND_STYLES, RELATION_FAMILY } from '../../src/graph/style';
import { isDirected } from '../../src/data/vocabulary';
import { nextNode, pointInDirection } from '../../src/graph/keyboard';
import { nodeText, shortTitle, withoutAside } from '../../src/graph/texts';
import { emphasisOf, mostConnected } from '../../src/graph/emphasis';
import { noFilters } from '../../src/state/viewState';
import { ACTOR_KINDS, RELATION_KINDS } from '../../src/data/schema';
import { visualVocabulary } from '../../src/vocabulary/visual';
import { workshop } from './graph-helpers';

const dataset = workshop();
const build = (showPeople: boolean, showSessions: boolean, filters = noFilters) => buildModel(dataset, { showPeople, showSessions, filters });
const ofType = (m: ReturnType<typeof build>, type: string) => m.nodes.filter((n) => n.type === type);

describe('the graph model', () => {
  it('has one node per actor and one link per relation, with typed ids', () => {
    const m = build(false, false);
    expect(m.nodes.map((n) => n.id)).toEqual(dataset.actors.map((a) => `actor:${a.id}`));
    expect(m.links).toHaveLength(dataset.relations.length);
    expect(m.neighbours.get('actor:savigny-le-temple')).toEqual(['actor:commune-de-boutilimit']);
  });

  it('gives each link its id when asked, as the SVG writes it', () => {
    const m = build(true, true);
    const ids = m.links.map(linkId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`relation:${dataset.relations[0]!.id}`);
    const affiliation = m.links.find((l) => l.kind === 'affiliation')!;
    expect(linkId(affiliation)).toBe(`affiliation:${affiliation.from.slice(7)}:${affiliation.to.slice(6)}`);
    const presents = m.links.find((l) => l.kind === 'presents')!;
    expect(linkId(presents)).toBe(`presents:${presents.from.slice(8)}:${presents.to}`);
  });

  it('is the same model made in steps, with each link’s ends as positions of its nodes and each actor’s degree', () => {
    const steps = buildingModel(dataset, { showPeople: true, showSessions: true, filters: noFilters });
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    const m = next.value;
    expect(pauses).toBeGreaterThan(1);
    const once = build(true, true);
    expect(m.nodes.map((n) => [n.id, n.degree, n.radius])).toEqual(once.nodes.map((n) => [n.id, n.degree, n.radius]));
    const fields = (l: GraphLink) => [l.from, l.to, l.kind, l.family, l.directed, l.unsourced, l.relation];
    expect(m.links.map(fields)).toEqual(once.links.map(fields));
    expect(m.nodes.map((n) => [n.type, n.kind, n.scaleIndex, n.style])).toEqual(once.nodes.map((n) => [n.type, n.kind, n.scaleIndex, n.style]));
    m.links.forEach((l, j) => {
      expect(m.nodes[m.ends![2 * j]!]!.id).toBe(l.from);
      expect(m.nodes[m.ends![2 * j + 1]!]!.id).toBe(l.to);
    });
    const degree = degreeByActor(dataset);
    for (const n of m.nodes) if (n.type === 'actor') expect(n.degree).toBe(degree.get(n.ref));
  });

  it('tells each node’s type, kind, scale and style as the dataset gives them', () => {
    const m = build(true, true);
    const scales = dataset.resolvedVocabulary.scales.map((s) => s.id);
    for (const n of m.nodes) {
      if (n.type === 'actor') {
        const a = dataset.actorById.get(n.ref)!;
        expect([n.kind, n.scaleIndex, n.style.shape]).toEqual([
          a.kind,
          scales.indexOf(a.scale),
          visualVocabulary(dataset.resolvedVocabulary).kindStyle(a.kind).shape,
        ]);
      } else {
        expect([n.kind, n.scaleIndex]).toEqual([null, null]);
      }
    }
    const person = m.nodes.find((n) => n.type === 'person')!;
    const session = m.nodes.find((n) => n.type === 'session')!;
    expect(person.style).not.toEqual(session.style);
    expect(m.nodes.filter((n) => n.type === 'actor')).toHaveLength(dataset.actors.length);
  });

  it('adds and removes speakers and sessions with the toggles', () => {
    expect(ofType(build(true, false), 'person').map((n) => n.id)).toEqual(dataset.people.map((p) => `person:${p.id}`));
    expect(ofType(build(false, true), 'session')).toHaveLength(dataset.sessions.length);
    const both = build(true, true);
    expect(both.nodes).toHaveLength(dataset.actors.length + dataset.people.length + dataset.sessions.length);
    expect(both.neighbours.get('session:cites-unies-france')).toContain('person:gilbert-roger');
    expect(ofType(build(false, false), 'person')).toHaveLength(0);
    expect(ofType(build(false, false), 'session')).toHaveLength(0);
  });

  it('builds fresh node objects on each call, leaving the dataset untouched', () => {
    const a = build(false, false);
    const b = build(false, false);
    expect(a.nodes[0]).not.toBe(b.nodes[0]);
    expect(Object.isFrozen(dataset.actors[0])).toBe(true);
  });

  it('applies the filters: hidden kinds lose their nodes and links', () => {
    const m = build(true, true, { ...noFilters, hiddenKinds: ['university'] });
    expect(m.nodes.some((n) => n.kind === 'university')).toBe(false);
    expect(m.links.every((l) => m.nodeById.has(l.from) && m.nodeById.has(l.to))).toBe(true);
  });

  it('marks direction and provenance on links', () => {
    const m = build(false, false);
    const twinned = m.links.find((l) => l.relation === 'savigny-jumelee-boutilimit');
    const member = m.links.find((l) => l.relation === 'cub-membre-cglu');
    expect(twinned).toMatchObject({ directed: false, unsourced: false, family: 'cooperation' });
    expect(member).toMatchObject({ directed: true, unsourced: true, family: 'belonging' });
  });

  it('sizes nodes by degree', () => {
    const m = build(false, false);
    const cglu = m.nodeById.get('actor:cglu')!;
    const boutilimit = m.nodeById.get('actor:commune-de-boutilimit')!;
    expect(cglu.radius).toBeGreaterThan(boutilimit.radius);
  });
});

describe('graph style', () => {
  it('gives every kind a distinct colour + shape pair, so shape tells kinds of one colour apart', () => {
    const pairs = ACTOR_KINDS.map((k) => `${KIND_STYLES[k].fill}/${KIND_STYLES[k].shape}`);
    expect(new Set(pairs).size).toBe(ACTOR_KINDS.length);
  });

  it('has a family for every relation kind, and only the symmetric kinds undirected', () => {
    for (const kind of RELATION_KINDS) expect(RELATION_FAMILY[kind]).toBeTruthy();
    expect(RELATION_KINDS.filter((k) => !isDirected(dataset.resolvedVocabulary, k))).toEqual(['works-with', 'partner-of', 'twinned-with']);
  });
});

describe('node words', () => {
  it('labels short and names in full', () => {
    const m = build(true, true);
    expect(nodeText(dataset, m.nodeById.get('actor:cites-unies-france')!, 'fr')).toEqual({
      label: 'CUF',
      name: 'Cités Unies France, réseau de collectivités, national',
    });
    expect(nodeText(dataset, m.nodeById.get('actor:cites-unies-belgique')!, 'en').label).toBe('Cités Unies Belgique');
    expect(withoutAside('Réseau (a) b')).toBe('Réseau (a) b');
  });

  it('labels a session with its number and a short title, and names it with the full title', () => {
    const m = build(true, true);
    const labels = (lang: 'fr' | 'en') => m.nodes.filter((n) => n.type === 'session').map((n) => nodeText(dataset, n, lang).label);
    expect(labels('fr')).toEqual([
      '1 · Introduction…',
      '2 · Savigny-le-Temple',
      '3 · Lianes Coopération',
      "4 · L'organisation…",
      '5 · AMAP',
      '6 · Cités Unies Belgique',
      '7 · Cités Unies France',
    ]);
    for (const label of [...labels('fr'), ...labels('en')]) expect(label.length, label).toBeLessThanOrEqual(26);
    expect(nodeText(dataset, m.nodeById.get('session:amap')!, 'fr').name).toMatch(/^Session 5 : Le rôle des municipalités dans la dynamique AMAP/);
    expect(shortTitle('Cités Unies France : enjeux et perspectives')).toBe('Cités Unies France');
    expect(shortTitle('Introduction et problématique')).toBe('Introduction…');
  });
});

describe('arrow keys', () => {
  const points = [
    { id: 'c', x: 0, y: 0 },
    { id: 'right', x: 100, y: 10 },
    { id: 'far-right', x: 300, y: 0 },
    { id: 'up', x: 5, y: -80 },
  ];
  it('pick the nearest point that lies in the arrow direction', () => {
    expect(pointInDirection(points[0]!, points, 'ArrowRight')).toBe('right');
    expect(pointInDirection(points[0]!, points, 'ArrowUp')).toBe('up');
    expect(pointInDirection(points[0]!, points, 'ArrowDown')).toBeNull();
  });

  it('prefer neighbours, and fall back to any node that way', () => {
    const m = build(false, false);
    const from = m.nodes.find((n) => (m.neighbours.get(n.id)?.length ?? 0) > 0)!;
    const neighbour = m.nodeById.get([...m.neighbours.get(from.id)!][0]!)!;
    const strangers = m.nodes.filter((n) => n !== from && !m.neighbours.get(from.id)!.includes(n.id));
    const [nearRight, left] = strangers;
    // Everything else far below; to the right a stranger close by and the neighbour further on;
    // to the left a stranger only.
    m.nodes.forEach((n, i) => Object.assign(n, { x: i, y: 1000 }));
    Object.assign(from, { x: 0, y: 0 });
    Object.assign(neighbour, { x: 200, y: 0 });
    Object.assign(nearRight!, { x: 50, y: 0 });
    Object.assign(left!, { x: -60, y: 5 });
    for (const n of m.neighbours.get(from.id)!) if (n !== neighbour.id) Object.assign(m.nodeById.get(n)!, { x: 0, y: 2000 });
    expect(nextNode(m, from.id, 'ArrowRight')).toBe(neighbour.id);
    expect(nextNode(m, from.id, 'ArrowLeft')).toBe(left!.id);
    expect(nextNode(m, from.id, 'ArrowUp')).toBeNull();
    expect(nextNode(m, 'actor:nobody', 'ArrowRight')).toBeNull();
  });
});

describe('emphasis', () => {
  const m = build(false, false);
  const base = { selection: null, local: null, tabStop: null, pinned: new Set<string>() };

  it('lights everything when nothing is selected, and sends Tab to the most connected node', () => {
    const e = emphasisOf(dataset, m, base);
    expect(e.lit).toBeNull();
    expect(e.tabStop).toBe(mostConnected(m));
    expect(m.nodeById.get(e.tabStop!)!.degree).toBe(Math.max(...m.nodes.map((n) => n.degree)));
  });

  it('lights a hovered or focused node and its neighbours', () => {
    const e = emphasisOf(dataset, m, { ...base, local: 'actor:savigny-le-temple' });
    expect(e.lit).toEqual(new Set(['actor:savigny-le-temple', 'actor:commune-de-boutilimit']));
  });

  it('lights what a selected session presents, and marks a selected actor', () => {
    const session = emphasisOf(dataset, m, { ...base, selection: { type: 'session', id: 'cites-unies-france' } });
    expect(session.lit).toContain('actor:cglu');
    expect(session.lit).toContain('actor:conseil-general-seine-saint-denis');
    expect(session.lit).not.toContain('actor:amap');
    expect(session.selected).toBeNull();
    const actor = emphasisOf(dataset, m, { ...base, selection: { type: 'actor', id: 'amap' } });
    expect(actor.selected).toBe('actor:amap');
    expect(actor.tabStop).toBe('actor:amap');
  });
});
