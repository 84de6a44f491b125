// Mia's light bridges: one slab per pair of anchors across the void cells between them, built on demand.
import type * as CANNON from 'cannon-es';
import type { EntityOf } from '../../core/schema';
import type { CellRef, Grid } from '../../core/grid';
import type { Party } from '../party';
import type { BridgeView } from '../skills/types';
import { SKILLS, TICK } from '../../core/tuning';
import { cellBox, setSolid } from './bodies';

interface Span {
  key: string;
  a: EntityOf<'bridge-anchor'>;
  b: EntityOf<'bridge-anchor'>;
  floor: number;
  /** The void cells between the anchors. */
  cells: { col: number; row: number }[];
  body: CANNON.Body | null;
  view: BridgeView;
  /** Why it cannot be built, or null. */
  problem: string | null;
}

export class Bridges {
  /** The bridges standing now, oldest first. */
  readonly standing: BridgeView[] = [];
  private readonly spans = new Map<string, Span>();
  private readonly order: Span[] = [];
  private readonly anchors: Map<string, EntityOf<'bridge-anchor'>>;
  private readonly world: CANNON.World;
  private readonly grid: Grid;
  private readonly party: Party;

  constructor(world: CANNON.World, grid: Grid, anchors: EntityOf<'bridge-anchor'>[], party: Party) {
    this.world = world;
    this.grid = grid;
    this.party = party;
    const byId = new Map(anchors.map((a) => [a.id, a]));
    this.anchors = byId;
    for (const a of anchors) {
      const b = byId.get(a.pair);
      if (!b) continue;
      const key = spanKey(a.id, b.id);
      if (this.spans.has(key)) continue;
      this.spans.set(key, this.makeSpan(key, a, b));
    }
  }

  /** Builds the bridge from an anchor to its pair. Returns why not, or null when it stands. */
  build(anchorId: string): string | null {
    const span = this.spanOf(anchorId);
    if (!span) return `anchor "${anchorId}" has no paired anchor`;
    if (span.problem || !span.body) return span.problem ?? 'nothing to bridge';
    if (this.order.includes(span)) return 'that bridge already stands';
    if (this.order.length >= SKILLS.bridge.maxStanding) {
      const free = this.order.find((s) => !this.occupied(s));
      if (!free) return `all ${SKILLS.bridge.maxStanding} bridges are in use: step off one first`;
      this.remove(free);
    }
    setSolid(span.body, true);
    span.view.progress = 0;
    const from = span.a.id === anchorId ? span.a : span.b;
    const v = span.view;
    if (v.from !== from.id) {
      // Drawn growing from the anchor Mia aimed at.
      [v.ax, v.bx, v.az, v.bz] = [v.bx, v.ax, v.bz, v.az];
      v.from = from.id;
      v.to = from.pair;
    }
    this.order.push(span);
    this.standing.push(span.view);
    return null;
  }

  /** Whether the bridge from this anchor stands. */
  stands(anchorId: string): boolean {
    const span = this.spanOf(anchorId);
    return !!span && this.order.includes(span);
  }

  /** Grows the standing bridges (drawing only: a bridge is solid from the moment it is built). */
  tick(): void {
    for (const s of this.order) s.view.progress = Math.min(1, s.view.progress + TICK / SKILLS.bridge.growSeconds);
  }

  snapshot(): string[] {
    return this.order.map((s) => s.key);
  }

  private spanOf(anchorId: string): Span | undefined {
    const a = this.anchors.get(anchorId);
    if (!a) return undefined;
    return this.spans.get(spanKey(a.id, a.pair));
  }

  private remove(span: Span): void {
    if (span.body) setSolid(span.body, false);
    this.order.splice(this.order.indexOf(span), 1);
    this.standing.splice(this.standing.indexOf(span.view), 1);
  }

  private occupied(span: Span): boolean {
    for (const friend of this.party.friends) {
      if (friend.ground?.body === span.body) return true;
      const c = this.party.cellOf(friend, cell);
      if (c.floor === span.floor && span.cells.some((s) => s.col === c.col && s.row === c.row)) return true;
    }
    return false;
  }

  private makeSpan(key: string, a: EntityOf<'bridge-anchor'>, b: EntityOf<'bridge-anchor'>): Span {
    const grid = this.grid;
    const [ac, ar] = a.at;
    const [bc, br] = b.at;
    const cells: { col: number; row: number }[] = [];
    let problem: string | null = null;
    if (a.floor !== b.floor) problem = `anchors "${a.id}" and "${b.id}" are on different floors`;
    else if (ac !== bc && ar !== br) problem = `anchors "${a.id}" and "${b.id}" are not on one row or column`;
    else {
      const dc = Math.sign(bc - ac);
      const dr = Math.sign(br - ar);
      for (let c = ac + dc, r = ar + dr; c !== bc || r !== br; c += dc, r += dr) cells.push({ col: c, row: r });
      if (cells.length === 0) problem = `anchors "${a.id}" and "${b.id}" have nothing between them`;
      else if (cells.length > SKILLS.bridge.maxSpanCells)
        problem = `the gap between "${a.id}" and "${b.id}" is longer than ${SKILLS.bridge.maxSpanCells} cells`;
    }
    let body: CANNON.Body | null = null;
    const first = cells[0];
    const last = cells[cells.length - 1];
    const view: BridgeView = { from: a.id, to: b.id, ax: 0, ay: 0, az: 0, bx: 0, by: 0, bz: 0, progress: 0 };
    if (!problem && first && last) {
      body = cellBox(this.world, grid, a.floor, first.col, first.row, last.col, last.row, 0);
      setSolid(body, false);
      // The ends are where the bridge leaves each anchor's cell, at walking height.
      const h = grid.heights[a.floor] ?? 0;
      const cs = grid.cellSize;
      view.ax = ((ac + bc) / 2 + 0.5 - (cells.length / 2) * Math.sign(bc - ac)) * cs;
      view.az = ((ar + br) / 2 + 0.5 - (cells.length / 2) * Math.sign(br - ar)) * cs;
      view.bx = ((ac + bc) / 2 + 0.5 + (cells.length / 2) * Math.sign(bc - ac)) * cs;
      view.bz = ((ar + br) / 2 + 0.5 + (cells.length / 2) * Math.sign(br - ar)) * cs;
      view.ay = h;
      view.by = h;
    }
    return { key, a, b, floor: a.floor, cells, body, view, problem };
  }
}

const cell: CellRef = { floor: 0, col: 0, row: 0 };

function spanKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
