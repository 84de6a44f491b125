// The state of a level during the solver's search: what is open, revealed, broken, bridged and read, and where
// each friend stands. Friends walk freely inside their region, so states are told apart by region, not by cell.
import { SKILLS } from '../../core/tuning';
import type { SolverModel } from './model';

export interface WorldState {
  /** Doors toggled by nodes, things revealed, cracked walls broken, required fragments read: one flag each. */
  flags: Uint8Array;
  /** Standing bridges (span indices), oldest first. */
  bridges: number[];
  /** Each friend's cell. */
  pos: number[];
  active: number;
}

export class WorldRules {
  readonly model: SolverModel;
  readonly revealedAt: number;
  readonly brokenAt: number;
  readonly readAt: number;
  private readonly ground: Uint8Array;
  private readonly wall: Uint8Array;
  // Scratch buffers for region walks, reused across the search.
  readonly dist: Int32Array;
  readonly from: Int32Array;
  private readonly mark: Int32Array;
  private markValue = 0;
  readonly order: number[] = [];
  private readonly labels = new Map<string, Int32Array>();

  constructor(model: SolverModel) {
    this.model = model;
    this.revealedAt = model.doors.length;
    this.brokenAt = this.revealedAt + model.hidden.length;
    this.readAt = this.brokenAt + model.cracked.length;
    const n = model.cellCount;
    this.ground = new Uint8Array(n);
    this.wall = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      this.ground[k] = model.standable(k) ? 1 : 0;
      this.wall[k] = model.isWall(k) ? 1 : 0;
    }
    this.dist = new Int32Array(n);
    this.from = new Int32Array(n);
    this.mark = new Int32Array(n);
  }

  initial(): WorldState {
    const m = this.model;
    return {
      flags: new Uint8Array(this.readAt + m.fragments.length),
      bridges: [],
      pos: [...m.starts],
      active: 0,
    };
  }

  /** Doors held open by plates that friends other than `except` stand on. */
  held(s: WorldState, except: number): Uint8Array {
    const held = new Uint8Array(this.model.doors.length);
    s.pos.forEach((cell, i) => {
      if (i === except) return;
      const p = this.model.plateAt.get(cell);
      if (p !== undefined) for (const d of this.model.plates[p]!.doors) held[d] = 1;
    });
    return held;
  }

  doorOpen(s: WorldState, held: Uint8Array, d: number): boolean {
    const door = this.model.doors[d]!;
    return door.entity.open !== (s.flags[d] === 1) || held[d] === 1;
  }

  /** Something solid stands in the cell now: a closed door, an unrevealed false wall, an unbroken cracked wall. */
  solid(s: WorldState, held: Uint8Array, k: number): boolean {
    const m = this.model;
    const d = m.doorAt.get(k);
    if (d !== undefined && !this.doorOpen(s, held, d)) return true;
    const fw = m.falseWallAt.get(k);
    if (fw !== undefined && s.flags[this.revealedAt + fw] !== 1) return true;
    const cr = m.crackedAt.get(k);
    return cr !== undefined && s.flags[this.brokenAt + cr] !== 1;
  }

  /** A friend may walk on the cell now. */
  passable(s: WorldState, held: Uint8Array, k: number): boolean {
    if (this.solid(s, held, k)) return false;
    const m = this.model;
    if (this.ground[k]) return true;
    // A wall cell holding a door, false wall or cracked wall is a passage once that is out of the way.
    if (this.wall[k]) return m.doorAt.has(k) || m.falseWallAt.has(k) || m.crackedAt.has(k);
    const hp = m.platformAt.get(k);
    if (hp !== undefined && s.flags[this.revealedAt + hp] === 1) return true;
    const spans = m.spansOver.get(k);
    return spans !== undefined && spans.some((si) => s.bridges.includes(si));
  }

  /** Sight between friend and target is stopped by walls and solid things (not by void). */
  blocksSight(s: WorldState, held: Uint8Array, k: number): boolean {
    return this.wall[k] ? !this.passable(s, held, k) : this.solid(s, held, k);
  }

  /** Walks out from `start`; fills dist/from for the cells reached (dist -1 elsewhere via `reached`). */
  walk(s: WorldState, held: Uint8Array, start: number): void {
    this.markValue++;
    this.order.length = 0;
    this.visit(start, 0, -1);
    for (let i = 0; i < this.order.length; i++) {
      const k = this.order[i]!;
      for (const n of this.model.links[k]!) {
        if (this.mark[n] === this.markValue || !this.passable(s, held, n)) continue;
        this.visit(n, this.dist[k]! + 1, k);
      }
    }
  }

  reached(k: number): boolean {
    return this.mark[k] === this.markValue;
  }

  private visit(k: number, d: number, from: number): void {
    this.mark[k] = this.markValue;
    this.dist[k] = d;
    this.from[k] = from;
    this.order.push(k);
  }

  /** The cells from the last walk's start to `to`. */
  pathTo(to: number): number[] {
    const path: number[] = [];
    for (let k = to; k !== -1; k = this.from[k]!) path.push(k);
    return path.reverse();
  }

  /**
   * A friend's place as far as the search cares: the plate it holds down, or else the region it can walk to
   * (named by its lowest cell). Two states that differ only by where friends stand inside their regions are one.
   */
  key(s: WorldState): string {
    const label = this.labelsFor(s);
    const places = s.pos.map((cell) => this.placeIn(label, cell));
    return `${s.flags.join('')}|${s.bridges.join(',')}|${places.join(',')}|${s.active}`;
  }

  /** Where a friend standing on `cell` would be, as far as the search cares, in the world of `s`. */
  placeOf(s: WorldState, cell: number): string {
    return this.placeIn(this.labelsFor(s), cell);
  }

  private placeIn(label: Int32Array, cell: number): string {
    const p = this.model.plateAt.get(cell);
    return p !== undefined ? `p${p}` : `${label[cell]}`;
  }

  private labelsFor(s: WorldState): Int32Array {
    const m = this.model;
    const held = this.held(s, -1);
    const labelKey = `${s.flags.subarray(0, this.brokenAt + m.cracked.length).join('')}|${[...s.bridges].sort().join(',')}|${held.join('')}`;
    let label = this.labels.get(labelKey);
    if (!label) {
      if (this.labels.size > 4096) this.labels.clear();
      label = this.label(s, held);
      this.labels.set(labelKey, label);
    }
    return label;
  }

  /** Each passable cell's region, named by the region's lowest cell (impassable cells name themselves). */
  private label(s: WorldState, held: Uint8Array): Int32Array {
    const n = this.model.cellCount;
    const label = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (let k = 0; k < n; k++) {
      if (label[k] !== -1) continue;
      label[k] = k;
      if (!this.passable(s, held, k)) continue;
      queue.length = 0;
      queue.push(k);
      for (let i = 0; i < queue.length; i++) {
        for (const nb of this.model.links[queue[i]!]!) {
          if (label[nb] !== -1 || !this.passable(s, held, nb)) continue;
          label[nb] = k;
          queue.push(nb);
        }
      }
    }
    return label;
  }

  /** Builds a bridge; drops the oldest one nobody stands on when too many stand. Null when none can go. */
  withBridge(s: WorldState, span: number, pos: number[]): number[] | null {
    const bridges = [...s.bridges, span];
    if (bridges.length <= SKILLS.bridge.maxStanding) return bridges;
    const free = bridges.findIndex(
      (si, i) => i < bridges.length - 1 && !this.model.spans[si]!.cells.some((c) => pos.includes(c)),
    );
    if (free === -1) return null;
    bridges.splice(free, 1);
    return bridges;
  }
}
