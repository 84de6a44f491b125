// A doubt hazard's patrol, one truth for the engine that moves it and the solver that times walks past it: the loop's
// corners in metres (from `at` round to `at` again), the distance along it to each, and an even pace round it.

export interface PatrolPath {
  /** Seconds for one loop. */
  period: number;
  xs: number[];
  zs: number[];
  /** Distance along the loop at each corner, metres. */
  along: number[];
}

/** The patrol of a hazard standing at `at` and walking `loop` (cells) on a grid of `cellSize` metres. */
export function patrolPath(
  at: readonly [number, number],
  loop: readonly (readonly [number, number])[],
  period: number,
  cellSize: number,
): PatrolPath {
  const path: PatrolPath = { period, xs: [], zs: [], along: [0] };
  for (const [col, row] of [at, ...loop, at]) {
    const x = (col + 0.5) * cellSize;
    const z = (row + 0.5) * cellSize;
    const n = path.xs.length;
    if (n > 0) path.along.push(path.along[n - 1]! + Math.hypot(x - path.xs[n - 1]!, z - path.zs[n - 1]!));
    path.xs.push(x);
    path.zs.push(z);
  }
  return path;
}

/** Where the hazard is `t` seconds into its patrol (any t: it goes round and round), into `out`. */
export function patrolPoint(path: PatrolPath, t: number, out: { x: number; z: number }): void {
  const total = path.along[path.along.length - 1]!;
  if (total <= 0) {
    out.x = path.xs[0]!;
    out.z = path.zs[0]!;
    return;
  }
  let lap = t / path.period;
  // Only a time outside the first loop is wrapped, so the engine's own clock (kept inside it) is used as it is.
  if (lap < 0 || lap >= 1) lap -= Math.floor(lap);
  const d = lap * total;
  let i = 1;
  while (i < path.along.length - 1 && path.along[i]! < d) i++;
  const d0 = path.along[i - 1]!;
  const seg = path.along[i]! - d0;
  const u = seg > 0 ? (d - d0) / seg : 0;
  out.x = path.xs[i - 1]! + (path.xs[i]! - path.xs[i - 1]!) * u;
  out.z = path.zs[i - 1]! + (path.zs[i]! - path.zs[i - 1]!) * u;
}
