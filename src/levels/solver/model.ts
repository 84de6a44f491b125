// What the solver knows of a level before it plays: cells, the things on them, and which cell can reach which
// target. Everything here is fixed; what changes during play lives in the solver's world state.
import { DIR_STEP, Grid, type CellRef } from '../../core/grid';
import { leapReach, maxGapCells, runsUp, type LeapStart } from '../../core/reach';
import { ENTITY, MOVE, PROOF, SKILLS, TRAVERSE } from '../../core/tuning';
import type { EntityOf, FriendName, Level } from '../../core/schema';
import { aimsAt, eyeOver, type Aim } from './aims';
import { hazardMap, type HazardMap } from './hazards';
import { pointlessPassages } from './pointless';

export type { Aim } from './aims';

/** One step north, east, south and west. */
const STEPS = Object.values(DIR_STEP);

export interface Door {
  entity: EntityOf<'door'>;
  cell: number;
  /** Nodes and plates that control it (ids), for the designer's reasons. */
  nodes: string[];
  plates: string[];
}
export interface Node {
  entity: EntityOf<'code-node'>;
  cell: number;
  doors: number[];
  /** Ids of moving platforms it toggles (the solver does not ride them). */
  platforms: string[];
  /** Cells Mia/Ava could stand on to aim at it, nearest first, with the cells between for the line of sight. */
  aim: Aim[];
}
export interface Plate {
  entity: EntityOf<'pressure-plate'>;
  cell: number;
  doors: number[];
}
export interface Span {
  a: EntityOf<'bridge-anchor'>;
  b: EntityOf<'bridge-anchor'>;
  /** The void cells the bridge covers. */
  cells: number[];
  /** Cells Mia could build it from (aiming at either anchor). */
  aim: Aim[];
}
/** Something Noah's diagnosis reveals. */
export interface Hidden {
  id: string;
  kind: 'false-wall' | 'hidden-platform' | 'fragment';
  cell: number;
}
export interface Fragment {
  entity: EntityOf<'fragment'>;
  cell: number;
  /** Index into hidden when it must be revealed first. */
  hidden: number;
  /** Cells it can be read from, each with the required fragments nearer there that E would read first. */
  readFrom: { cell: number; first: number[] }[];
}
/** A straight move over void: from `from`, after a run-up from `runUp`, over `gap` to `to`. */
export interface Leap {
  from: number;
  runUp: number;
  gap: number[];
  to: number;
  /** Cells past `to` the friend may slide into before it stops: they must not be void. */
  beyond: number[];
}

export class SolverModel {
  readonly grid: Grid;
  readonly level: Level;
  readonly friends: FriendName[];
  readonly starts: number[];
  readonly doors: Door[] = [];
  readonly nodes: Node[] = [];
  readonly plates: Plate[] = [];
  readonly spans: Span[] = [];
  readonly hidden: Hidden[] = [];
  readonly cracked: { entity: EntityOf<'cracked-wall'>; cell: number }[] = [];
  readonly fragments: Fragment[] = [];
  readonly exits: { entity: EntityOf<'exit'>; cell: number }[] = [];
  readonly movingPlatforms: EntityOf<'moving-platform'>[] = [];
  readonly hazards: EntityOf<'doubt-hazard'>[] = [];
  /** Where each doubt hazard's patrol can reach a friend. */
  readonly sweeps: HazardMap;
  /** Lucidity a second the doubt hazards may drain in each cell, at the worst point of their patrols. */
  readonly drainAt: Float32Array;
  readonly doorAt = new Map<number, number>();
  readonly plateAt = new Map<number, number>();
  readonly falseWallAt = new Map<number, number>();
  readonly platformAt = new Map<number, number>();
  readonly crackedAt = new Map<number, number>();
  readonly spansOver = new Map<number, number[]>();
  /** Walking neighbours of each cell that could ever be walked on (ramps only along their run). */
  readonly links: number[][];
  /** The same links packed: the neighbours of k are linkTo[linkStart[k] .. linkStart[k + 1]). */
  readonly linkStart: Int32Array;
  readonly linkTo: Int32Array;
  /** Cells where a jump or a dash starts, and cells from which Noah reveals something. */
  readonly leapCells: number[] = [];
  readonly revealCells: number[] = [];
  /**
   * Cells of doors, false walls and cracked walls that never matter: the open cells around them are joined
   * without them and no line of sight passes them, so opening, revealing or breaking them changes nothing.
   */
  readonly pointless = new Set<number>();
  /**
   * Cells a friend standing on blocks a way (a corridor, a doorway): the others cannot pass it, so the search
   * tells a friend there from one elsewhere in its region.
   */
  readonly narrow: Uint8Array;
  /** Per cell: the hidden things Noah reveals from there. */
  readonly revealsFrom: (number[] | undefined)[];
  /** Per cell: the jumps (anyone) and dashes (Leo) that start there. */
  readonly jumpsFrom: (Leap[] | undefined)[];
  readonly dashesFrom: (Leap[] | undefined)[];
  readonly cellCount: number;

  /** Leaps one cell wider than the physics is known to carry (the property test's looser model). */
  private readonly relaxed: boolean;

  constructor(level: Level, relaxed = false) {
    this.relaxed = relaxed;
    this.level = level;
    this.grid = new Grid(level);
    const g = this.grid;
    this.cellCount = g.floorCount * g.rows * g.cols;
    this.friends = level.friends.map((f) => f.friend);
    this.starts = level.friends.map((f) => this.key(f.floor, f.at));
    this.index(level);
    this.indexAims(level);
    this.sweeps = hazardMap(g, this.hazards);
    this.drainAt = this.sweeps.drain;
    this.links = this.buildLinks();
    const packed = pack(this.links);
    this.linkStart = packed.start;
    this.linkTo = packed.to;
    for (const k of pointlessPassages(this)) this.pointless.add(k);
    this.narrow = this.findNarrow();
    this.revealsFrom = this.buildReveals();
    this.jumpsFrom = this.buildLeaps('jump');
    this.dashesFrom = this.buildLeaps('dash');
    for (let k = 0; k < this.cellCount; k++) {
      if (this.jumpsFrom[k] || this.dashesFrom[k]) this.leapCells.push(k);
      if (this.revealsFrom[k]) this.revealCells.push(k);
    }
  }

  /** Whether the cell can be walked on whatever happens: ground with nothing on it that comes and goes. */
  alwaysOpen(k: number): boolean {
    return this.standable(k) && !this.holdsPassage(k) && !this.spansOver.has(k) && !this.platformAt.has(k);
  }

  /** Cells whose walking neighbours are not joined around them within two cells. */
  private findNarrow(): Uint8Array {
    const narrow = new Uint8Array(this.cellCount);
    const { cols, rows } = this.grid;
    const perFloor = cols * rows;
    const R = 2;
    const stamp = new Int32Array(this.cellCount);
    const queue = new Int32Array(256);
    let mark = 0;
    for (let k = 0; k < this.cellCount; k++) {
      const ways = this.links[k]!;
      // Four ways on one floor with the four diagonal cells open is open ground: never in the way.
      if (ways.length < 2) continue;
      const col = k % cols;
      const row = ((k - col) / cols) % rows;
      const floor = Math.floor(k / perFloor);
      mark++;
      stamp[ways[0]!] = mark;
      stamp[k] = mark;
      queue[0] = ways[0]!;
      let size = 1;
      // The walk stops as soon as it has found every way (on open ground, within a step or two).
      let left = ways.length - 1;
      for (let q = 0; q < size && size < queue.length - 8 && left > 0; q++) {
        for (const n of this.links[queue[q]!]!) {
          if (stamp[n] === mark) continue;
          const c = n % cols;
          const r = ((n - c) / cols) % rows;
          const f = Math.floor(n / perFloor);
          if (Math.abs(c - col) > R || Math.abs(r - row) > R || Math.abs(f - floor) > 1) continue;
          stamp[n] = mark;
          queue[size++] = n;
          if (ways.includes(n)) left--;
        }
      }
      for (const w of ways) if (stamp[w] !== mark) narrow[k] = 1;
    }
    return narrow;
  }

  key(floor: number, at: readonly [number, number]): number {
    return this.grid.key(floor, at[0], at[1]);
  }

  cellRef(k: number): CellRef {
    const { cols, rows } = this.grid;
    const col = k % cols;
    const rest = (k - col) / cols;
    const row = rest % rows;
    return { floor: (rest - row) / rows, col, row };
  }

  /** The ground may hold a friend: floor, ramp or a wall top level with this floor. */
  standable(k: number): boolean {
    const c = this.cellRef(k);
    return this.grid.standable(c.floor, c.col, c.row);
  }

  isWall(k: number): boolean {
    const c = this.cellRef(k);
    return this.grid.solid(c.floor, c.col, c.row);
  }

  isRamp(k: number): boolean {
    const c = this.cellRef(k);
    return this.grid.rampAt(c.floor, c.col, c.row) !== undefined;
  }

  /** Nothing to stand on and nothing solid: a gap to bridge, jump or dash over (unless something covers it). */
  isVoid(k: number): boolean {
    const c = this.cellRef(k);
    return this.grid.terrain(c.floor, c.col, c.row) === 'void' && !this.standable(k);
  }

  /** The cell a solid entity on it could ever be walked through, once opened, revealed or broken. */
  private holdsPassage(k: number): boolean {
    return this.doorAt.has(k) || this.falseWallAt.has(k) || this.crackedAt.has(k);
  }

  /** Whether the cell could be walked on in some state of the world. */
  maybeWalkable(k: number): boolean {
    if (this.standable(k)) return true;
    if (this.isWall(k)) return this.holdsPassage(k);
    return this.spansOver.has(k) || this.platformAt.has(k);
  }

  private index(level: Level): void {
    const byId = new Map(level.entities.map((e) => [e.id, e]));
    const doorIndex = new Map<string, number>();
    for (const e of level.entities) {
      const cell = this.key(e.floor, e.at);
      switch (e.type) {
        case 'door':
          doorIndex.set(e.id, this.doors.length);
          this.doorAt.set(cell, this.doors.length);
          this.doors.push({ entity: e, cell, nodes: [], plates: [] });
          break;
        case 'false-wall':
          this.falseWallAt.set(cell, this.hidden.length);
          this.hidden.push({ id: e.id, kind: 'false-wall', cell });
          break;
        case 'hidden-platform':
          this.platformAt.set(cell, this.hidden.length);
          this.hidden.push({ id: e.id, kind: 'hidden-platform', cell });
          break;
        case 'cracked-wall':
          this.crackedAt.set(cell, this.cracked.length);
          this.cracked.push({ entity: e, cell });
          break;
        case 'exit':
          this.exits.push({ entity: e, cell });
          break;
        case 'moving-platform':
          this.movingPlatforms.push(e);
          break;
        case 'doubt-hazard':
          this.hazards.push(e);
          break;
        default:
          break;
      }
    }
    for (const e of level.entities) {
      const cell = this.key(e.floor, e.at);
      if (e.type === 'code-node') {
        const doors = e.controls.map((id) => doorIndex.get(id)).filter((d): d is number => d !== undefined);
        for (const d of doors) this.doors[d]!.nodes.push(e.id);
        const platforms = e.controls.filter((id) => byId.get(id)?.type === 'moving-platform');
        this.nodes.push({ entity: e, cell, doors, platforms, aim: [] });
      } else if (e.type === 'pressure-plate') {
        const doors = e.controls.map((id) => doorIndex.get(id)).filter((d): d is number => d !== undefined);
        for (const d of doors) this.doors[d]!.plates.push(e.id);
        this.plateAt.set(cell, this.plates.length);
        this.plates.push({ entity: e, cell, doors });
      } else if (e.type === 'fragment' && e.required) {
        let hidden = -1;
        if (e.hidden) {
          hidden = this.hidden.length;
          this.hidden.push({ id: e.id, kind: 'fragment', cell });
        }
        this.fragments.push({ entity: e, cell, hidden, readFrom: [] });
      } else if (e.type === 'bridge-anchor') {
        const other = byId.get(e.pair);
        if (other?.type !== 'bridge-anchor') continue;
        // One span per pair of anchors, whichever names the other.
        if (
          this.spans.some((s) => (s.a.id === other.id && s.b.id === e.id) || (s.a.id === e.id && s.b.id === other.id))
        )
          continue;
        const cells = this.spanCells(e, other);
        if (!cells) continue;
        const si = this.spans.length;
        for (const c of cells) this.spansOver.set(c, [...(this.spansOver.get(c) ?? []), si]);
        this.spans.push({ a: e, b: other, cells, aim: [] });
      }
    }
  }

  /** The 4-neighbours of a cell on its floor. */
  sideCells(k: number): number[] {
    const c = this.cellRef(k);
    const out: number[] = [];
    for (const [dc, dr] of STEPS) {
      if (this.grid.inside(c.col + dc, c.row + dr)) out.push(this.grid.key(c.floor, c.col + dc, c.row + dr));
    }
    return out;
  }

  /** The void cells strictly between two anchors on one straight line of one floor; null when they are not. */
  private spanCells(a: EntityOf<'bridge-anchor'>, b: EntityOf<'bridge-anchor'>): number[] | null {
    if (a.floor !== b.floor || (a.at[0] !== b.at[0] && a.at[1] !== b.at[1])) return null;
    const dc = Math.sign(b.at[0] - a.at[0]);
    const dr = Math.sign(b.at[1] - a.at[1]);
    const cells: number[] = [];
    for (let c = a.at[0] + dc, r = a.at[1] + dr; c !== b.at[0] || r !== b.at[1]; c += dc, r += dr) {
      const k = this.grid.key(a.floor, c, r);
      if (this.isVoid(k)) cells.push(k);
    }
    return cells;
  }

  /** Where each node and anchor can be aimed at from, and where each required fragment can be read from. */
  private indexAims(level: Level): void {
    const standable = (k: number): boolean => this.maybeWalkable(k) && !this.isWall(k);
    const blockers = {
      tall: (k: number) => this.holdsPassage(k),
      slab: (k: number) => this.spansOver.has(k) || this.platformAt.has(k),
    };
    for (const n of this.nodes) n.aim = aimsAt(this.grid, n.entity, standable, blockers);
    for (const s of this.spans)
      s.aim = [...aimsAt(this.grid, s.a, standable, blockers), ...aimsAt(this.grid, s.b, standable, blockers)];
    const all = level.entities.filter((e): e is EntityOf<'fragment'> => e.type === 'fragment');
    for (const f of this.fragments) f.readFrom = this.readCells(f.entity, all, standable);
  }

  /**
   * Cells from which E reads this fragment: its point within reach of the eyes, and no other fragment nearer that
   * E would read instead (a required one is fine once it has been read; an optional one never is).
   */
  private readCells(
    f: EntityOf<'fragment'>,
    all: EntityOf<'fragment'>[],
    standable: (k: number) => boolean,
  ): { cell: number; first: number[] }[] {
    const g = this.grid;
    const reach = TRAVERSE.interactReach;
    const point = (e: EntityOf<'fragment'>) => {
      const c = g.center(e.floor, e.at[0], e.at[1]);
      c.y += ENTITY.fragmentHeight;
      return c;
    };
    const p = point(f);
    const span = Math.ceil(reach / g.cellSize) + 1;
    const out: { cell: number; first: number[] }[] = [];
    for (let floor = 0; floor < g.floorCount; floor++) {
      for (let row = f.at[1] - span; row <= f.at[1] + span; row++) {
        for (let col = f.at[0] - span; col <= f.at[0] + span; col++) {
          if (!g.inside(col, row)) continue;
          const k = g.key(floor, col, row);
          if (!standable(k)) continue;
          const eye = eyeOver(g, floor, col, row);
          const d = Math.hypot(eye.x - p.x, eye.y - p.y, eye.z - p.z);
          if (d > reach - PROOF.reachSlack) continue;
          const first: number[] = [];
          let free = true;
          for (const o of all) {
            if (o === f) continue;
            const q = point(o);
            if (Math.hypot(eye.x - q.x, eye.y - q.y, eye.z - q.z) > d + PROOF.reachSlack) continue;
            const i = this.fragments.findIndex((r) => r.entity === o);
            if (i === -1) free = false;
            else first.push(i);
          }
          if (free) out.push({ cell: k, first });
        }
      }
    }
    return out;
  }

  private buildLinks(): number[][] {
    const links: number[][] = Array.from({ length: this.cellCount }, () => []);
    const g = this.grid;
    for (let floor = 0; floor < g.floorCount; floor++) {
      for (let row = 0; row < g.rows; row++) {
        for (let col = 0; col < g.cols; col++) {
          const k = g.key(floor, col, row);
          if (!this.maybeWalkable(k) || this.isRamp(k)) continue;
          for (const n of this.sideCells(k)) {
            if (n > k && this.maybeWalkable(n) && !this.isRamp(n)) {
              links[k]!.push(n);
              links[n]!.push(k);
            }
          }
        }
      }
    }
    for (const run of g.ramps) {
      const chain = [
        g.key(run.below.floor, run.below.col, run.below.row),
        ...run.cells.map((c) => g.key(run.floor, c.col, c.row)),
        g.key(run.above.floor, run.above.col, run.above.row),
      ];
      const length = run.cells.length * g.cellSize;
      const normalY = length / Math.hypot(length, run.toHeight - run.fromHeight);
      // The slope limit (MOVE.slopeLimit, held by the friend's controller): steeper, a ramp is a wall; up to it, a
      // friend walks up from its foot however it came there, walking or running, and back down.
      if (normalY < MOVE.minGroundNormalY && !this.relaxed) continue;
      for (let i = 0; i + 1 < chain.length; i++) {
        const [a, b] = [chain[i]!, chain[i + 1]!];
        if (!this.maybeWalkable(a) || !this.maybeWalkable(b)) continue;
        links[a]!.push(b);
        links[b]!.push(a);
      }
    }
    return links;
  }

  private buildReveals(): (number[] | undefined)[] {
    const out: (number[] | undefined)[] = new Array<number[] | undefined>(this.cellCount);
    const g = this.grid;
    // The engine measures from Noah's feet (the ground under the cell centre) to each hidden thing's cell centre.
    const radius = SKILLS.diagnose.radius - PROOF.reachSlack;
    const span = Math.ceil(radius / g.cellSize) + 1;
    this.hidden.forEach((h, i) => {
      if (this.pointless.has(h.cell)) return;
      const t = this.cellRef(h.cell);
      const centre = g.center(t.floor, t.col, t.row);
      for (let floor = 0; floor < g.floorCount; floor++)
        for (let row = t.row - span; row <= t.row + span; row++)
          for (let col = t.col - span; col <= t.col + span; col++) {
            if (!g.inside(col, row)) continue;
            const k = g.key(floor, col, row);
            if (!this.maybeWalkable(k) || this.isWall(k)) continue;
            const p = g.center(floor, col, row);
            p.y = g.surfaceHeight(floor, p.x, p.z) ?? p.y;
            if (Math.hypot(p.x - centre.x, p.y - centre.y, p.z - centre.z) <= radius) (out[k] ??= []).push(i);
          }
    });
    return out;
  }

  /**
   * Straight jumps (anyone) or dashes (Leo) over void to ground of the same floor, as far as the physics carries a
   * body at this cell size (src/core/reach.ts): from a run over the cell behind when that is plain ground that is
   * always open (the bot backs onto it), else from a standing start on the take-off cell; and the cells it may slide
   * into after.
   */
  private buildLeaps(kind: 'jump' | 'dash'): (Leap[] | undefined)[] {
    const out: (Leap[] | undefined)[] = new Array<Leap[] | undefined>(this.cellCount);
    const g = this.grid;
    const maxGap = maxGapCells(kind, g.cellSize, 'run') + (this.relaxed ? 1 : 0);
    if (maxGap === 0) return out;
    const onGround = (k: number) => this.maybeWalkable(k) && !this.isRamp(k) && !this.isWall(k);
    for (let k = 0; k < this.cellCount; k++) {
      if (!onGround(k)) continue;
      const c = this.cellRef(k);
      for (const [dc, dr] of STEPS) {
        // Every leap starts over a void cell next to its take-off.
        if (!g.inside(c.col + dc, c.row + dr) || !this.isVoid(g.key(c.floor, c.col + dc, c.row + dr))) continue;
        const behind = g.inside(c.col - dc, c.row - dr) ? g.key(c.floor, c.col - dc, c.row - dr) : -1;
        const start: LeapStart =
          behind >= 0 && runsUp(g, c.floor, c.col, c.row, dc, dr) && this.alwaysOpen(behind) ? 'run' : 'stand';
        const runUp = start === 'run' ? behind : k;
        const gap: number[] = [];
        for (let n = 1; n <= maxGap + 1; n++) {
          const col = c.col + dc * n;
          const row = c.row + dr * n;
          if (!g.inside(col, row)) break;
          const cell = g.key(c.floor, col, row);
          const landing = gap.length >= 1 && this.maybeWalkable(cell) && !this.isRamp(cell);
          if (landing) {
            const leap = this.leap(kind, k, runUp, start, gap, cell, dc, dr);
            if (leap) (out[k] ??= []).push(leap);
          }
          // A hidden platform or a bridge over the void may be a landing (once there) or part of the gap.
          if (!this.isVoid(cell)) break;
          gap.push(cell);
        }
      }
    }
    return out;
  }

  private leap(
    kind: 'jump' | 'dash',
    from: number,
    runUp: number,
    start: LeapStart,
    gap: number[],
    to: number,
    dc: number,
    dr: number,
  ): Leap | null {
    const g = this.grid;
    const reach = leapReach(kind, g.cellSize, gap.length, start) ?? (this.relaxed ? { rests: 0 } : null);
    if (!reach) return null;
    const c = this.cellRef(to);
    // Past the landing cell's far edge, every cell the body may slide into must hold it or stop it.
    const beyond: number[] = [];
    const extra = Math.ceil((reach.rests - (gap.length + 1.5) * g.cellSize) / g.cellSize);
    for (let n = 1; n <= extra; n++) {
      if (!g.inside(c.col + dc * n, c.row + dr * n)) return null;
      beyond.push(g.key(c.floor, c.col + dc * n, c.row + dr * n));
    }
    return { from, runUp, gap: [...gap], to, beyond };
  }
}

/** Lists of neighbours packed into two typed arrays, for the search's walks. */
function pack(links: number[][]): { start: Int32Array; to: Int32Array } {
  const start = new Int32Array(links.length + 1);
  for (let k = 0; k < links.length; k++) start[k + 1] = start[k]! + links[k]!.length;
  const to = new Int32Array(start[links.length]!);
  for (let k = 0; k < links.length; k++) to.set(links[k]!, start[k]!);
  return { start, to };
}
