// Doubt hazards as the solver counts them: every cell a hazard's reach can touch anywhere on its patrol, with the
// lucidity per second it drains there (the engine drains friends within `radius` cells of it, within a height).
import type { Grid } from '../../core/grid';
import type { EntityOf } from '../../core/schema';
import { BOT, ENTITY, MOVE, PROOF, TICK } from '../../core/tuning';
import { patrolPath, patrolPoint, type PatrolPath } from '../../core/patrol';

/** One hazard's patrol as the solver counts it: the engine's path, its drain and its reach. */
export interface Sweep extends PatrolPath {
  /** The hazard's id (the bot waits for its patrol by it). */
  id: string;
  /** Lucidity a second it drains from a friend within its reach. */
  drain: number;
  /** Reach in metres. */
  reach: number;
}

export interface HazardMap {
  sweeps: Sweep[];
  /** Per cell key, the hazards (indices into sweeps) that can reach a friend there. */
  at: Map<number, number[]>;
  /** Lucidity a second all hazards together may drain in each cell at the worst moment. */
  drain: Float32Array;
  /**
   * Per cell, how bad a step into it is for the search's walks round hazards (0 out of every reach, more the nearer
   * its centre comes to a patrol), so of two ways as long the one that skirts a reach's edge is taken.
   */
  weight: Uint8Array;
}

/** The heaviest a cell at a patrol's very line weighs, beyond the 1 of any cell a reach touches. */
const NEAR_WEIGHT = 8;

/** Every cell each hazard's reach can touch anywhere on its patrol (the engine drains within `radius` cells). */
export function hazardMap(grid: Grid, hazards: readonly EntityOf<'doubt-hazard'>[]): HazardMap {
  const cs = grid.cellSize;
  const drain = new Float32Array(grid.floorCount * grid.rows * grid.cols);
  const weight = new Uint8Array(drain.length);
  const sweeps: Sweep[] = [];
  const at = new Map<number, number[]>();
  for (const h of hazards) {
    if (h.drain <= 0) continue;
    const height = grid.heights[h.floor] ?? 0;
    const path = patrolPath(h.at, h.loop, h.period, cs);
    const points = path.xs.map((x, i) => [x, path.zs[i]!] as const);
    // The patrol sampled finely enough that no cell it comes near is missed (the sampling gap is added to the reach).
    const step = cs / 8;
    const samples: (readonly [number, number])[] = [points[0]!];
    for (let i = 1; i < points.length; i++) {
      const [x0, z0] = points[i - 1]!;
      const [x1, z1] = points[i]!;
      const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, z1 - z0) / step));
      for (let s = 1; s <= n; s++) samples.push([x0 + ((x1 - x0) * s) / n, z0 + ((z1 - z0) * s) / n]);
    }
    const index = sweeps.length;
    sweeps.push({ id: h.id, drain: h.drain, reach: h.radius * cs, ...path });
    const reach = h.radius * cs + step / 2;
    let minX = Infinity;
    let maxX = -Infinity;
    let minZ = Infinity;
    let maxZ = -Infinity;
    for (const [x, z] of samples) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minZ = Math.min(minZ, z);
      maxZ = Math.max(maxZ, z);
    }
    const c0 = Math.max(0, Math.floor((minX - reach) / cs));
    const c1 = Math.min(grid.cols - 1, Math.floor((maxX + reach) / cs));
    const r0 = Math.max(0, Math.floor((minZ - reach) / cs));
    const r1 = Math.min(grid.rows - 1, Math.floor((maxZ + reach) / cs));
    for (let floor = 0; floor < grid.floorCount; floor++) {
      for (let row = r0; row <= r1; row++) {
        for (let col = c0; col <= c1; col++) {
          if (!withinHeight(grid, floor, col, row, height)) continue;
          if (!samples.some(([x, z]) => squareDistance(x, z, col * cs, row * cs, cs) <= reach)) continue;
          const k = grid.key(floor, col, row);
          drain[k]! += h.drain;
          let near = Infinity;
          for (const [x, z] of samples) near = Math.min(near, Math.hypot(x - (col + 0.5) * cs, z - (row + 0.5) * cs));
          const w = 1 + Math.round(NEAR_WEIGHT * Math.max(0, 1 - near / (reach + cs)));
          weight[k] = Math.min(255, weight[k]! + w);
          const list = at.get(k);
          if (list) list.push(index);
          else at.set(k, [index]);
        }
      }
    }
  }
  return { sweeps, at, drain, weight };
}

/** Phases of a patrol tried when a walk meets it (at most; fewer when a tick apart is finer). */
const PHASES = 96;

/** Points of a patrol tried for a friend standing still. */
const STAND_SAMPLES = 96;

const spot = { x: 0, z: 0 };
const wish = { x: 0, z: 0 };

/**
 * A walk as the bot plays it (src/bot/bot.ts `walk`), tick by tick in the engine's own movement rules
 * (src/engine/friend.ts): from rest at the first point, steering at the waypoints the bot picks (where the path
 * turns, and its end), running while more than BOT.slowDistance × 2 from the next, walking nearer, slowing within
 * BOT.slowDistance, a tick without input as each waypoint is passed, until within BOT.stopRadius of the end, or
 * (`exitHalf`, half a cell, for a walk onto the exit) until the tick it steps into the last cell: the level ends then;
 * then `holdSeconds` standing where it stopped (a skill used or a fragment read there).
 */
export interface BotWalk {
  /** Where the friend is after each tick of the walk. */
  xs: number[];
  zs: number[];
  /** Per tick, the index of the path point nearest the friend (its cell). */
  at: number[];
  /** The first tick of the friend standing at the end (using a skill, reading), after the walk; xs.length if none. */
  holdFrom: number;
}

export function botWalk(xs: readonly number[], zs: readonly number[], exitHalf = 0, holdSeconds = 0): BotWalk {
  const out: BotWalk = { xs: [], zs: [], at: [], holdFrom: 0 };
  const n = xs.length;
  // The bot's waypoints: the points where the path turns, and its last (src/bot/bot.ts startWalk).
  const wps: number[] = [];
  for (let i = n > 1 ? 1 : 0; i < n; i++) {
    const straight =
      i > 0 &&
      i + 1 < n &&
      Math.sign(xs[i]! - xs[i - 1]!) === Math.sign(xs[i + 1]! - xs[i]!) &&
      Math.sign(zs[i]! - zs[i - 1]!) === Math.sign(zs[i + 1]! - zs[i]!);
    if (!straight) wps.push(i);
  }
  let px = xs[0]!;
  let pz = zs[0]!;
  let vx = 0;
  let vz = 0;
  let legX = px;
  let legZ = pz;
  let wp = 0;
  let near = 0;
  const accel = MOVE.groundAccel * TICK;
  // A walk the bot would give up on (stuck) is cut off where the engine's bot would be.
  const limit = Math.ceil(BOT.stepSeconds / TICK);
  for (let tick = 0; tick < limit && wp < wps.length; tick++) {
    const target = wps[wp]!;
    const tx = xs[target]!;
    const tz = zs[target]!;
    const last = wp === wps.length - 1;
    const d = Math.hypot(tx - px, tz - pz);
    wish.x = 0;
    wish.z = 0;
    if (d < (last ? BOT.stopRadius : BOT.passRadius)) {
      wp++;
      legX = tx;
      legZ = tz;
      if (wp >= wps.length) break;
    } else {
      // Aim a little ahead on the line from the leg's start to the waypoint, as the bot does.
      const lx = tx - legX;
      const lz = tz - legZ;
      const len = Math.hypot(lx, lz);
      let ax = tx;
      let az = tz;
      if (len > 1e-6) {
        const along = ((px - legX) * lx + (pz - legZ) * lz) / len;
        const ahead = Math.min(len, Math.max(0, along) + BOT.lookAhead);
        ax = legX + (lx / len) * ahead;
        az = legZ + (lz / len) * ahead;
      }
      const moveY = d < BOT.slowDistance ? Math.max(BOT.slowestShare, d / BOT.slowDistance) : 1;
      const speed = (d > BOT.slowDistance * 2 ? MOVE.runSpeed : MOVE.walkSpeed) * moveY;
      const al = Math.hypot(ax - px, az - pz);
      if (al > 1e-6) {
        wish.x = ((ax - px) / al) * speed;
        wish.z = ((az - pz) / al) * speed;
      }
    }
    // The engine's approach of the wished velocity at the ground's acceleration, then the step.
    const dx = wish.x - vx;
    const dz = wish.z - vz;
    const dv = Math.hypot(dx, dz);
    if (dv <= accel) {
      vx = wish.x;
      vz = wish.z;
    } else {
      vx += (dx / dv) * accel;
      vz += (dz / dv) * accel;
    }
    px += vx * TICK;
    pz += vz * TICK;
    // The path point nearest the friend: its cell (the friend keeps near the line, so only the next ones are tried).
    while (near + 1 < n && sq(xs[near + 1]! - px, zs[near + 1]! - pz) < sq(xs[near]! - px, zs[near]! - pz)) near++;
    out.xs.push(px);
    out.zs.push(pz);
    out.at.push(near);
    if (exitHalf > 0 && Math.abs(px - xs[n - 1]!) <= exitHalf && Math.abs(pz - zs[n - 1]!) <= exitHalf) break;
  }
  out.holdFrom = out.xs.length;
  for (let tick = Math.ceil(holdSeconds / TICK); tick > 0; tick--) {
    out.xs.push(px);
    out.zs.push(pz);
    out.at.push(n - 1);
  }
  return out;
}

function sq(x: number, z: number): number {
  return x * x + z * z;
}

/**
 * The ticks of `walk` that count against a hazard: from tick `from` on (a freeze ends then), those where the
 * friend's cell is one the hazard can reach at all (`inSweep`, by path point).
 */
export function sweepTicks(walk: BotWalk, inSweep: (i: number) => boolean, from = 0): number[] {
  const out: number[] = [];
  let point = -1;
  let inside = false;
  for (let i = from; i < walk.xs.length; i++) {
    const at = walk.at[i]!;
    if (at !== point) {
      point = at;
      inside = inSweep(at);
    }
    if (inside) out.push(i);
  }
  return out;
}

/**
 * Seconds of `walk` a hazard's reach (plus `slack`; PROOF.hazardStartSlack in its first ticks) holds the friend, over the `ticks` that count (sweepTicks),
 * when the patrol is `clock` seconds in at tick `from` (as the walk starts, or as a freeze it stood still for ends).
 */
export function exposure(
  sweep: Sweep,
  walk: BotWalk,
  clock: number,
  slack: number,
  ticks: readonly number[],
  from = 0,
): number {
  const reach = sweep.reach + slack;
  const r2 = reach * reach;
  // The walk's first ticks stray further from the model's (the friend starts off a cell's centre, or still moving),
  // and a friend standing at its end may stand anywhere near the cell's centre.
  const early = sweep.reach + Math.max(slack, PROOF.hazardStartSlack);
  const r2early = early * early;
  const startTicks = Math.round(PROOF.hazardStartSeconds / TICK);
  let inside = 0;
  for (const i of ticks) {
    // The engine ticks the patrol before it moves the friends: after i + 1 ticks it is i + 1 ticks on.
    patrolPoint(sweep, clock + (i + 1 - from) * TICK, spot);
    const loose = i < startTicks || i >= walk.holdFrom;
    if (sq(walk.xs[i]! - spot.x, walk.zs[i]! - spot.z) <= (loose ? r2early : r2)) inside++;
  }
  return inside * TICK;
}

/** Whether the hazard patrols (a loop of some length) or stands still. */
export function patrols(sweep: Sweep): boolean {
  return sweep.along[sweep.along.length - 1]! > 0;
}

/**
 * The walk's exposure to a patrolling hazard at each of the phases tried (clock = i × period / count), for the
 * worst phase (nobody times it) and the best window (the bot waits for it, src/bot/bot.ts).
 */
export function phaseExposures(
  sweep: Sweep,
  walk: BotWalk,
  slack: number,
  ticks: readonly number[],
  from = 0,
): number[] {
  if (ticks.length === 0) return [0];
  if (!patrols(sweep)) return [exposure(sweep, walk, 0, slack, ticks, from)];
  const count = Math.max(8, Math.min(PHASES, Math.round(sweep.period / TICK)));
  const out: number[] = [];
  for (let p = 0; p < count; p++) out.push(exposure(sweep, walk, (p / count) * sweep.period, slack, ticks, from));
  return out;
}

/**
 * The best clock to start a walk at and its exposure, counting around each clock the worst within `window` seconds
 * either side (the bot starts within a tick of it and its pace is not exactly the model's).
 */
export function bestWindow(
  sweep: Sweep,
  phases: readonly number[],
  window: number,
): { clock: number; seconds: number } {
  const count = phases.length;
  const reach = Math.ceil((window / sweep.period) * count);
  let best = { clock: 0, seconds: Infinity };
  for (let p = 0; p < count; p++) {
    let worst = 0;
    for (let q = -reach; q <= reach; q++) worst = Math.max(worst, phases[(((p + q) % count) + count) % count]!);
    if (worst < best.seconds) best = { clock: (p / count) * sweep.period, seconds: worst };
  }
  return best;
}

/** Seconds a friend standing at (x, z) for `seconds` is within the hazard's reach, at the worst phase. */
export function standExposure(sweep: Sweep, x: number, z: number, seconds: number, slack: number): number {
  const reach = sweep.reach + slack;
  const samples = STAND_SAMPLES;
  let inside = 0;
  let run = 0;
  let longest = 0;
  // Twice round the loop, so a stretch within reach that wraps past the start is measured whole.
  for (let i = 0; i < samples * 2; i++) {
    patrolPoint(sweep, (i / samples) * sweep.period, spot);
    const near = Math.hypot(x - spot.x, z - spot.z) <= reach;
    if (near) {
      if (i < samples) inside++;
      run++;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  if (inside === samples) return seconds;
  const share = inside / samples;
  const stretch = (Math.min(longest, samples) / samples) * sweep.period;
  return Math.min(seconds, share * seconds + stretch);
}

/** Whether feet anywhere in the cell (on its floor, or along its ramp) are within the hazard's height reach. */
function withinHeight(grid: Grid, floor: number, col: number, row: number, hazardHeight: number): boolean {
  const run = grid.rampAt(floor, col, row);
  const low = run ? Math.min(run.fromHeight, run.toHeight) : (grid.heights[floor] ?? 0);
  const high = run ? Math.max(run.fromHeight, run.toHeight) : low;
  return high >= hazardHeight - ENTITY.hazardHeightReach && low <= hazardHeight + ENTITY.hazardHeightReach;
}

/** Distance from a point to the square of a cell (0 inside it). */
function squareDistance(x: number, z: number, left: number, top: number, size: number): number {
  const dx = Math.max(left - x, 0, x - (left + size));
  const dz = Math.max(top - z, 0, z - (top + size));
  return Math.hypot(dx, dz);
}
