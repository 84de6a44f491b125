// The state of a level during the solver's search: what is open, revealed, broken, bridged and read, and where
// each friend stands. Friends walk freely inside their region, so states are told apart by region, not by cell.
import { LUCIDITY, MOVE, PROOF, SKILLS } from '../../core/tuning';
import { counted, Crossings, type WalkCount, type WalkEnd } from './crossing';
import type { Aim, SolverModel } from './model';
import { walkedCells } from './prune';
import { MinHeap } from './heap';

/** Lucidity lost is told apart in steps of this much: more steps, more states to search. */
const SPENT_BUCKET = 30;

export interface WorldState {
  /** Doors toggled by nodes, things revealed, cracked walls broken, required fragments read: one flag each. */
  flags: Uint8Array;
  /** Standing bridges (span indices), oldest first. */
  bridges: number[];
  /** Each friend's cell. */
  pos: number[];
  /** Lucidity each friend has lost to doubt hazards so far (it does not come back during a level). */
  spent: number[];
  active: number;
}

export class WorldRules {
  readonly model: SolverModel;
  readonly revealedAt: number;
  readonly brokenAt: number;
  readonly readAt: number;
  private readonly ground: Uint8Array;
  private readonly wall: Uint8Array;
  /** Per cell: 0 never walked on, 1 always open ground, 2 depends on the state of the world. */
  private readonly kind: Uint8Array;
  /** Per cell, 1 where a friend can stand out of the others' way: three ways round it or more, not narrow, no plate. */
  readonly openSpot: Uint8Array;
  // Scratch buffers for region walks, reused across the search.
  readonly dist: Int32Array;
  readonly from: Int32Array;
  /** Lucidity lost walking from the last walk's start to each cell it reached. */
  readonly drainTo: Float64Array;
  /** Lucidity lost standing or walking one cell's width in each cell. */
  readonly drainPerCell: Float64Array;
  readonly hazardous: boolean;
  /**
   * Flags that tell states apart (the rest, after them, ride along in each state without splitting it, like its
   * spent lucidity: a cheaper state may stand for one that differs there, so a route may be missed, never claimed).
   */
  keyedFlags = Infinity;
  private readonly mark: Int32Array;
  private markValue = 0;
  private readonly settled: Int32Array;
  /** Cells other friends stand on during the current walk (marked with the walk's mark). */
  private readonly blocked: Int32Array;
  /** Scratch for walks round hazards: how many sweep cells the way to each cell crosses, and the cells to visit. */
  private readonly hazardQueue = new MinHeap();
  private readonly insideCount: Int32Array;
  /** Walks past doubt hazards, counted as the engine drains them. */
  readonly crossings: Crossings;
  /** walkCount answers for the last walk (and the freeze they were counted with). */
  private readonly lossCache = new Map<string, WalkCount>();
  private lossFrozen: Float64Array | null = null;
  private settleMark = 0;
  private readonly labelSeen: Int32Array;
  private labelMark = 0;
  readonly order: number[] = [];
  private readonly labels = new Map<string, Int32Array>();
  /** Per cell, 1 when walks go there: dead ends that hold nothing a route needs are left out (see prune.ts). */
  private walked: Uint8Array;
  /** The walked cells, in order. */
  private walkedList: Int32Array;
  /** Per cell, its place in walkedList (-1 when not walked): labels are kept for walked cells only. */
  private walkedIndex: Int32Array;
  /** The flags written out, per flags array (states that change no flag share the array). */
  private readonly flagsText = new WeakMap<Uint8Array, string>();
  private readonly worldText = new WeakMap<Uint8Array, string>();
  /** The labels asked for last, by the arrays of the state they were for. */
  private lastLabel: { flags: Uint8Array; bridges: number[]; plates: string; label: Int32Array } | null = null;

  constructor(model: SolverModel, relaxed = false) {
    this.model = model;
    this.revealedAt = model.doors.length;
    this.brokenAt = this.revealedAt + model.hidden.length;
    this.readAt = this.brokenAt + model.cracked.length;
    const n = model.cellCount;
    this.ground = new Uint8Array(n);
    this.wall = new Uint8Array(n);
    this.kind = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      this.ground[k] = model.standable(k) ? 1 : 0;
      this.wall[k] = model.isWall(k) ? 1 : 0;
      this.kind[k] = model.alwaysOpen(k) ? 1 : model.maybeWalkable(k) ? 2 : 0;
    }
    this.openSpot = new Uint8Array(n);
    for (let k = 0; k < n; k++)
      this.openSpot[k] = !model.narrow[k] && !model.plateAt.has(k) && model.links[k]!.length >= 3 ? 1 : 0;
    this.dist = new Int32Array(n);
    this.from = new Int32Array(n);
    this.mark = new Int32Array(n);
    this.settled = new Int32Array(n);
    this.blocked = new Int32Array(n);
    this.insideCount = new Int32Array(n);
    this.labelSeen = new Int32Array(n);
    this.drainTo = new Float64Array(n);
    // Only to pick the least draining of the cells a friend could go to: a cell's width at walking pace.
    const perCell = model.grid.cellSize / MOVE.walkSpeed;
    this.crossings = new Crossings(model);
    this.drainPerCell = Float64Array.from(model.drainAt, (d) => d * perCell);
    this.hazardous = !relaxed && this.drainPerCell.some((d) => d > 0);
    this.walked = new Uint8Array(n).fill(1);
    this.walkedList = new Int32Array(n);
    for (let k = 0; k < n; k++) this.walkedList[k] = k;
    this.walkedIndex = this.walkedList.slice();
  }

  /** Walks from now on stay on the ground between the cells in `needed` (and never into dead ends off it). */
  walkOnly(needed: Iterable<number>): void {
    this.walked = walkedCells(this.model, needed);
    const list: number[] = [];
    for (let k = 0; k < this.walked.length; k++) if (this.walked[k]) list.push(k);
    this.walkedList = Int32Array.from(list);
    this.walkedIndex = new Int32Array(this.walked.length).fill(-1);
    this.walkedList.forEach((k, i) => (this.walkedIndex[k] = i));
    this.labels.clear();
    this.lastLabel = null;
  }

  /** The most lucidity a route may take from one friend. */
  get lucidityBudget(): number {
    return LUCIDITY.max - PROOF.lucidityLeft;
  }

  /**
   * The last walk's way to `to` as the engine would drain it: the bot's walk tick by tick against each patrol, with
   * waits for patrols' best windows, or (`frozen`: seconds of freeze left per sweep) going at once past frozen ones;
   * `end`: onto the exit (the level is over as it steps on), or standing a while at `to` (a skill, a read).
   */
  walkCount(to: number, frozen: Float64Array | null = null, end: WalkEnd = {}): WalkCount {
    if (frozen !== this.lossFrozen) {
      this.lossCache.clear();
      this.lossFrozen = frozen;
    }
    const key = `${to}|${end.exit ? 'x' : ''}${end.hold ?? ''}`;
    const known = this.lossCache.get(key);
    if (known !== undefined) return known;
    const path = this.pathTo(to);
    let count = this.crossings.count(path, null, end);
    // Right after a freeze, going at once may beat waiting for windows: the cheaper of the two (going at once if
    // they cost the same: a frozen patrol's window only comes after the thaw).
    if (frozen) {
      const now = this.crossings.count(path, frozen, end);
      if (now.lost <= count.lost) count = now;
    }
    this.lossCache.set(key, count);
    return count;
  }

  /** Lucidity lost standing in a cell for `seconds` (using a skill, reading, waiting while others act). */
  standLoss(k: number, seconds: number, frozen: Float64Array | null = null): number {
    return this.crossings.stand(k, seconds, frozen);
  }

  /**
   * Lucidity a jump or dash from `from` to `to` may cost, over `seconds` at each end. A cracked wall broken beside
   * Leo (`to` next to `from`) is one deed in one place at a time, shorter than `seconds` even after a full cooldown
   * (measured: the bot breaks one in 0.4–1.4 s on cells of 1–8 m), so it counts once at the worst drain anywhere in
   * the cells behind, at and past the wall, if that is less. A jump or a dash over a gap may take longer than
   * `seconds` (2.6 s measured): both ends count.
   */
  leapLoss(from: number, to: number, seconds: number, frozen: Float64Array | null = null): number {
    const ends = this.standLoss(from, seconds, frozen) + this.standLoss(to, seconds, frozen);
    const m = this.model;
    const a = m.cellRef(from);
    const b = m.cellRef(to);
    if (ends === 0 || a.floor !== b.floor || Math.abs(b.col - a.col) + Math.abs(b.row - a.row) !== 1) return ends;
    const dc = b.col - a.col;
    const dr = b.row - a.row;
    let worst = 0;
    for (let i = -1; i <= 2; i++) {
      const col = a.col + dc * i;
      const row = a.row + dr * i;
      if (col < 0 || row < 0 || col >= m.grid.cols || row >= m.grid.rows) continue;
      worst = Math.max(worst, m.drainAt[m.grid.key(a.floor, col, row)]!);
    }
    return Math.min(ends, worst * counted(seconds));
  }

  initial(): WorldState {
    const m = this.model;
    return {
      flags: new Uint8Array(this.readAt + m.fragments.length),
      bridges: [],
      pos: [...m.starts],
      spent: m.starts.map(() => 0),
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
    const kind = this.kind[k];
    if (kind !== 2) return kind === 1;
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

  /** Nothing that comes and goes stands in this line of sight now (walls of the level were ruled out before). */
  aimClear(s: WorldState, held: Uint8Array, aim: Aim): boolean {
    const m = this.model;
    for (const k of aim.tall) if (this.solid(s, held, k)) return false;
    for (const k of aim.slab) {
      const hp = m.platformAt.get(k);
      if (hp !== undefined && s.flags[this.revealedAt + hp] === 1) return false;
      const spans = m.spansOver.get(k);
      if (spans !== undefined && spans.some((si) => s.bridges.includes(si))) return false;
    }
    return true;
  }

  /**
   * Walks out from `start`; fills dist/from/drainTo for the cells reached. Where doubt hazards drain, the way that
   * loses the least lucidity is taken (then the shortest); elsewhere the shortest.
   */
  walk(s: WorldState, held: Uint8Array, start: number): void {
    this.markValue++;
    this.order.length = 0;
    this.lossCache.clear();
    // The other friends stand in the way: bodies do not pass through each other, not even on one cell.
    for (const p of s.pos) if (p !== start) this.blocked[p] = this.markValue;
    this.visit(start, 0, -1);
    this.drainTo[start] = this.drainPerCell[start]! / 2;
    if (this.hazardous) return this.walkAroundHazards(s, held);
    const { linkStart, linkTo } = this.model;
    for (let i = 0; i < this.order.length; i++) {
      const k = this.order[i]!;
      for (let e = linkStart[k]!; e < linkStart[k + 1]!; e++) {
        const n = linkTo[e]!;
        if (
          this.mark[n] === this.markValue ||
          this.blocked[n] === this.markValue ||
          !this.walked[n] ||
          !this.passable(s, held, n)
        )
          continue;
        this.visit(n, this.dist[k]! + 1, k);
        this.drainTo[n] = 0;
      }
    }
  }

  /**
   * A walk that goes round doubt hazards where it can: the least weight of cells inside hazards' sweeps first (the
   * nearer a patrol, the heavier: src/levels/solver/hazards.ts), then the fewest cells.
   * `order` lists the cells as they are settled.
   */
  private walkAroundHazards(s: WorldState, held: Uint8Array): void {
    const start = this.order[0]!;
    this.order.length = 0;
    const { linkStart, linkTo } = this.model;
    const weight = this.model.sweeps.weight;
    const n = this.model.cellCount;
    const inside = this.insideCount;
    // Cells by (sweep cells crossed, cells walked): a queue in that order finds the shortest of the ways that
    // cross the fewest (a 0-1 walk that puts the sweep-free steps first finds the fewest, not the shortest).
    const queue = this.hazardQueue;
    inside[start] = 0;
    this.settleMark++;
    queue.push(0, start);
    while (queue.size > 0) {
      const k = queue.pop()[1];
      if (this.settled[k] === this.settleMark) continue;
      this.settled[k] = this.settleMark;
      this.order.push(k);
      for (let e = linkStart[k]!; e < linkStart[k + 1]!; e++) {
        const nb = linkTo[e]!;
        if (this.settled[nb] === this.settleMark || this.blocked[nb] === this.markValue) continue;
        if (!this.walked[nb] || !this.passable(s, held, nb)) continue;
        const w = weight[nb]!;
        const ins = inside[k]! + w;
        const d = this.dist[k]! + 1;
        if (this.mark[nb] === this.markValue && (ins > inside[nb]! || (ins === inside[nb] && d >= this.dist[nb]!)))
          continue;
        this.mark[nb] = this.markValue;
        this.dist[nb] = d;
        this.from[nb] = k;
        inside[nb] = ins;
        this.drainTo[nb] = this.drainTo[k]! + this.drainPerCell[nb]!;
        queue.push(ins * n + d, nb);
      }
    }
  }

  /**
   * Adds to `reached` the dead ends the walks left out that hang off a reached cell, as far as they could be walked
   * in `s` (for the reasons a level is unbeatable: what the friends could get to, and what stands at its edge).
   */
  reachDeadEnds(reached: Uint8Array, s: WorldState): void {
    const held = this.held(s, -1);
    const { linkStart, linkTo } = this.model;
    const queue: number[] = [];
    for (let k = 0; k < reached.length; k++) if (reached[k]) queue.push(k);
    for (let i = 0; i < queue.length; i++) {
      const k = queue[i]!;
      for (let e = linkStart[k]!; e < linkStart[k + 1]!; e++) {
        const n = linkTo[e]!;
        if (reached[n] || this.walked[n] || !this.passable(s, held, n)) continue;
        reached[n] = 1;
        queue.push(n);
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
    const spent = this.hazardous ? `|${s.spent.map((x) => Math.ceil(x / SPENT_BUCKET)).join(',')}` : '';
    let flags = this.flagsText.get(s.flags);
    if (flags === undefined)
      this.flagsText.set(s.flags, (flags = packFlags(s.flags, Math.min(s.flags.length, this.keyedFlags))));
    return `${flags}|${s.bridges.join(',')}|${places.join(',')}|${s.active}${spent}`;
  }

  /** Where a friend standing on `cell` would be, as far as the search cares, in the world of `s`. */
  placeOf(s: WorldState, cell: number): string {
    return this.placeIn(this.labelsFor(s), cell);
  }

  private placeIn(label: Int32Array, cell: number): string {
    const p = this.model.plateAt.get(cell);
    if (p !== undefined) return `p${p}`;
    // A friend in a corridor or a doorway stands in the others' way: where exactly matters.
    if (this.model.narrow[cell]) return `c${cell}`;
    const i = this.walkedIndex[cell]!;
    return i === -1 ? `c${cell}` : `${label[i]}`;
  }

  private labelsFor(s: WorldState): Int32Array {
    const m = this.model;
    // Which plates are held down decides which doors they hold open.
    let plates = '';
    if (m.plates.length > 0) for (const p of s.pos) plates += `${m.plateAt.get(p) ?? ''},`;
    const last = this.lastLabel;
    if (last && last.flags === s.flags && last.bridges === s.bridges && last.plates === plates) return last.label;
    let world = this.worldText.get(s.flags);
    if (world === undefined)
      this.worldText.set(s.flags, (world = packFlags(s.flags, this.brokenAt + m.cracked.length)));
    const bridges = s.bridges.length > 1 ? [...s.bridges].sort().join(',') : s.bridges.join(',');
    const labelKey = `${world}|${bridges}|${plates}`;
    let label = this.labels.get(labelKey);
    if (!label) {
      if (this.labels.size > 4096) this.labels.clear();
      label = this.label(s, this.held(s, -1));
      this.labels.set(labelKey, label);
    }
    this.lastLabel = { flags: s.flags, bridges: s.bridges, plates, label };
    return label;
  }

  /**
   * Each walked cell's region (by its place in walkedList), named by the region's lowest cell (impassable cells
   * name themselves).
   */
  private label(s: WorldState, held: Uint8Array): Int32Array {
    const label = this.walkedList.slice();
    const at = this.walkedIndex;
    const queue: number[] = [];
    const seen = this.labelSeen;
    this.labelMark++;
    for (const k of this.walkedList) {
      if (seen[k] === this.labelMark) continue;
      seen[k] = this.labelMark;
      if (!this.passable(s, held, k)) continue;
      queue.length = 0;
      queue.push(k);
      const { linkStart, linkTo } = this.model;
      for (let i = 0; i < queue.length; i++) {
        const q = queue[i]!;
        for (let e = linkStart[q]!; e < linkStart[q + 1]!; e++) {
          const nb = linkTo[e]!;
          if (seen[nb] === this.labelMark || !this.walked[nb] || !this.passable(s, held, nb)) continue;
          seen[nb] = this.labelMark;
          label[at[nb]!] = k;
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

/** The first `count` flags (0 or 1) as a short string, sixteen to a character: the search's keys stay short. */
function packFlags(flags: Uint8Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 16) {
    let word = 0;
    for (let b = 0; b < 16 && i + b < count; b++) if (flags[i + b]) word |= 1 << b;
    out += String.fromCharCode(word);
  }
  return out;
}
