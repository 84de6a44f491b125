// Doubt hazards as the solver counts them: every cell a hazard's reach can touch anywhere on its patrol, with the
// lucidity per second it drains there (the engine drains friends within `radius` cells of it, within a height).
import type { Grid } from '../../core/grid';
import type { EntityOf } from '../../core/schema';
import { BOT, ENTITY, MOVE } from '../../core/tuning';
import { patrolPath, patrolPoint, type PatrolPath } from '../../core/patrol';

/** One hazard's patrol as the solver counts it: the engine's path, its drain and its reach. */
export interface Sweep extends PatrolPath {
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
}

/** Every cell each hazard's reach can touch anywhere on its patrol (the engine drains within `radius` cells). */
export function hazardMap(grid: Grid, hazards: readonly EntityOf<'doubt-hazard'>[]): HazardMap {
  const cs = grid.cellSize;
  const drain = new Float32Array(grid.floorCount * grid.rows * grid.cols);
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
    sweeps.push({ drain: h.drain, reach: h.radius * cs, ...path });
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
          const list = at.get(k);
          if (list) list.push(index);
          else at.set(k, [index]);
        }
      }
    }
  }
  return { sweeps, at, drain };
}

/** Phases of a patrol tried when a walk meets it, and the step (m) the walk is sampled at. */
const PHASES = 24;
const WALK_STEP_M = 0.1;

const spot = { x: 0, z: 0 };

/**
 * The bot's pace (m/s) `toStop` metres before the next turn or stop of its walk, counted from the solver's walking
 * pace `pace`: it runs (MOVE.runSpeed) until BOT.slowDistance × 2 before a turn, walks, then slows as it nears it.
 */
function paceBefore(toStop: number, pace: number): number {
  const share = pace / MOVE.walkSpeed;
  if (toStop > BOT.slowDistance * 2) return MOVE.runSpeed * share;
  if (toStop > BOT.slowDistance) return pace;
  return Math.max(BOT.slowestShare, toStop / BOT.slowDistance) * pace;
}

/**
 * Seconds a friend walking the polyline `xs, zs` is within the hazard's reach (plus `slack`), at the worst phase
 * of its patrol. The friend goes at the bot's pace (paceBefore), slowing at each turn and at the polyline's end
 * as if it stopped there.
 */
export function walkExposure(sweep: Sweep, xs: number[], zs: number[], pace: number, slack: number): number {
  const reach = sweep.reach + slack;
  // Points along the polyline every WALK_STEP_M metres, with the seconds to reach each.
  const px: number[] = [xs[0]!];
  const pz: number[] = [zs[0]!];
  const pt: number[] = [0];
  // Where the walk turns (or ends), as distance along it.
  const stops: number[] = [];
  let along = 0;
  for (let i = 1; i < xs.length; i++) {
    const len = Math.hypot(xs[i]! - xs[i - 1]!, zs[i]! - zs[i - 1]!);
    along += len;
    const straight =
      i + 1 < xs.length &&
      Math.sign(xs[i]! - xs[i - 1]!) === Math.sign(xs[i + 1]! - xs[i]!) &&
      Math.sign(zs[i]! - zs[i - 1]!) === Math.sign(zs[i + 1]! - zs[i]!);
    if (!straight) stops.push(along);
  }
  let at = 0;
  let next = 0;
  let t = 0;
  for (let i = 1; i < xs.length; i++) {
    const len = Math.hypot(xs[i]! - xs[i - 1]!, zs[i]! - zs[i - 1]!);
    const n = Math.max(1, Math.ceil(len / WALK_STEP_M));
    for (let s = 1; s <= n; s++) {
      const d = at + (len * s) / n;
      while (next < stops.length - 1 && stops[next]! < d - 1e-9) next++;
      t += len / n / paceBefore(Math.max(0, (stops[next] ?? d) - d), pace);
      px.push(xs[i - 1]! + ((xs[i]! - xs[i - 1]!) * s) / n);
      pz.push(zs[i - 1]! + ((zs[i]! - zs[i - 1]!) * s) / n);
      pt.push(t);
    }
    at += len;
  }
  const moving = sweep.along[sweep.along.length - 1]! > 0;
  let worst = 0;
  for (let p = 0; p < (moving ? PHASES : 1); p++) {
    const phase = (p / PHASES) * sweep.period;
    let inside = 0;
    for (let i = 1; i < px.length; i++) {
      patrolPoint(sweep, phase + pt[i]!, spot);
      if (Math.hypot(px[i]! - spot.x, pz[i]! - spot.z) <= reach) inside += pt[i]! - pt[i - 1]!;
    }
    worst = Math.max(worst, inside);
  }
  // A polyline of one point: the friend stands there for no time.
  return worst;
}

/** Seconds a friend standing at (x, z) for `seconds` is within the hazard's reach, at the worst phase. */
export function standExposure(sweep: Sweep, x: number, z: number, seconds: number, slack: number): number {
  const reach = sweep.reach + slack;
  const samples = PHASES * 4;
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
