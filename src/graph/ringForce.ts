// The "local → global" force: holds each node inside a band (an annulus) around a centre, local
// at the middle and global at the rim. Written like d3-force's radial.js: a closure with chained
// get/set accessors, initialised with the simulation's nodes.
//
// Rings may be ellipses: with aspect a (width / height), distances are measured as hypot(dx, a·dy),
// so a band of radius r spans r across and r / a up and down.
//
// Inside its band a node is pulled gently towards the band's target radius (alpha-scaled, so the
// rest of the layout can breathe); outside it a wall pushes it straight back, whatever alpha is,
// so at rest every node lies in its band. Nodes with no band (null) are left alone.
import type { Force, SimulationNodeDatum } from 'd3-force';

export interface Band {
  readonly inner: number;
  readonly outer: number;
  /** Where nodes of the band rest when nothing else pushes them. */
  readonly radius: number;
}

type Accessor<N, T> = (node: N, i: number, nodes: readonly N[]) => T;

export interface RingForce<N extends SimulationNodeDatum> extends Force<N, undefined> {
  band(): Accessor<N, Band | null>;
  band(band: Band | null | Accessor<N, Band | null>): this;
  strength(): Accessor<N, number>;
  strength(strength: number | Accessor<N, number>): this;
  wall(): number;
  wall(wall: number): this;
  aspect(): number;
  aspect(aspect: number): this;
  x(): number;
  x(x: number): this;
  y(): number;
  y(y: number): this;
}

const constant =
  <T>(value: T) =>
  () =>
    value;

export function forceRing<N extends SimulationNodeDatum>(band?: Band | null | Accessor<N, Band | null>): RingForce<N> {
  let nodes: readonly N[] = [];
  let bandOf: Accessor<N, Band | null> = typeof band === 'function' ? band : constant(band ?? null);
  let strengthOf: Accessor<N, number> = constant(0.3);
  let wall = 0.8;
  let aspect = 1;
  let cx = 0;
  let cy = 0;
  let bands: (Band | null)[] = [];
  let strengths: number[] = [];

  function force(alpha: number) {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const b = bands[i];
      if (!node || !b) continue;
      const dx = (node.x ?? 0) - cx || 1e-6;
      const dy = (node.y ?? 0) - cy || 1e-6;
      const r = Math.hypot(dx, dy * aspect);
      let k = ((b.radius - r) * (strengths[i] ?? 0) * alpha) / r;
      if (r < b.inner) k += ((b.inner - r) * wall) / r;
      else if (r > b.outer) k += ((b.outer - r) * wall) / r;
      node.vx = (node.vx ?? 0) + dx * k;
      node.vy = (node.vy ?? 0) + dy * k;
    }
  }

  function initialize() {
    bands = nodes.map((n, i) => bandOf(n, i, nodes));
    strengths = nodes.map((n, i) => {
      const s = strengthOf(n, i, nodes);
      return Number.isFinite(s) ? s : 0;
    });
  }

  force.initialize = (initial: N[]) => {
    nodes = initial;
    initialize();
  };

  function bandAccessor(): Accessor<N, Band | null>;
  function bandAccessor(value: Band | null | Accessor<N, Band | null>): RingForce<N>;
  function bandAccessor(value?: Band | null | Accessor<N, Band | null>) {
    if (value === undefined) return bandOf;
    bandOf = typeof value === 'function' ? value : constant(value);
    initialize();
    return api;
  }

  function strengthAccessor(): Accessor<N, number>;
  function strengthAccessor(value: number | Accessor<N, number>): RingForce<N>;
  function strengthAccessor(value?: number | Accessor<N, number>) {
    if (value === undefined) return strengthOf;
    strengthOf = typeof value === 'function' ? value : constant(value);
    initialize();
    return api;
  }

  function wallAccessor(): number;
  function wallAccessor(value: number): RingForce<N>;
  function wallAccessor(value?: number) {
    if (value === undefined) return wall;
    wall = value;
    return api;
  }

  function aspectAccessor(): number;
  function aspectAccessor(value: number): RingForce<N>;
  function aspectAccessor(value?: number) {
    if (value === undefined) return aspect;
    aspect = value > 0 && Number.isFinite(value) ? value : 1;
    return api;
  }

  function xAccessor(): number;
  function xAccessor(value: number): RingForce<N>;
  function xAccessor(value?: number) {
    if (value === undefined) return cx;
    cx = value;
    return api;
  }

  function yAccessor(): number;
  function yAccessor(value: number): RingForce<N>;
  function yAccessor(value?: number) {
    if (value === undefined) return cy;
    cy = value;
    return api;
  }

  const api: RingForce<N> = Object.assign(force, {
    band: bandAccessor,
    strength: strengthAccessor,
    wall: wallAccessor,
    aspect: aspectAccessor,
    x: xAccessor,
    y: yAccessor,
  });
  return api;
}
