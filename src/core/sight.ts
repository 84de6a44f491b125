// Line of sight on the level's grid: the one rule the engine's aimed skills and the solver both use to decide
// whether a friend sees an anchor or a node. A segment is walked cell by cell (Amanatides–Woo) and, in each cell,
// its height span is tested against every floor's walls, floor slabs, ramp slabs and the solid things on it.
import type { Grid, Vec3Like } from './grid';
import { BODY, ENTITY, LEVEL_GEOMETRY, SKILLS } from './tuning';

/** Height of a standing friend's eyes above the floor under its feet (feet sphere centre + eye offset). */
export const EYE_HEIGHT = BODY.radius + BODY.eyeOffset;

/**
 * The eyes of a friend standing still at (x, z) on a floor: its body rests a radius off the ground along the
 * ground's normal (on a ramp that is higher than a radius straight up), and the eyes sit BODY.eyeOffset above it.
 */
export function eyeAt(grid: Grid, floor: number, x: number, z: number): Vec3Like {
  const { col, row } = grid.cellOf(x, z);
  const run = grid.rampAt(floor, col, row);
  const length = run ? run.cells.length * grid.cellSize : 1;
  const normalY = run ? length / Math.hypot(length, run.toHeight - run.fromHeight) : 1;
  const ground = grid.surfaceHeight(floor, x, z) ?? grid.heights[floor] ?? 0;
  return { x, y: ground + BODY.radius / normalY + BODY.eyeOffset, z };
}

/** The last few centimetres before the target do not count: the target's own beacon or terminal is there. */
export const SIGHT_END_SLACK = 0.05;

/** Border crossings closer than this (in segment parameter) are one crossing through a corner. */
const CORNER = 1e-9;

export type AimType = 'bridge-anchor' | 'code-node';

/** Height above its floor of the point a friend aims at on an anchor (a beacon) or a node (a terminal). */
export function aimHeight(type: string): number {
  return type === 'bridge-anchor' ? ENTITY.anchorAimHeight : ENTITY.nodeAimHeight;
}

/** The point a friend aims at on an entity standing on a cell. */
export function aimPointOf(grid: Grid, e: { type: string; floor: number; at: readonly [number, number] }): Vec3Like {
  const c = grid.center(e.floor, e.at[0], e.at[1]);
  c.y += aimHeight(e.type);
  return c;
}

/** The reach of an aimed skill in metres, eye to aim point (Ava reaches every kind of node as far). */
export function aimReach(type: string): number {
  return type === 'bridge-anchor' ? SKILLS.bridge.reach : SKILLS.reprogram.reach;
}

/**
 * What the segment crosses in a cell of a floor where something that comes and goes could block it: `slab` is
 * true when it also crosses the floor-slab band (where a bridge or a revealed platform would stand). Return true
 * when something there blocks the view now.
 */
export type Crossing = (floor: number, col: number, row: number, slab: boolean) => boolean;

/**
 * Whether nothing of the level blocks the segment from `from` to `to` (stopping SIGHT_END_SLACK short of `to`).
 * Walls block from under their floor slab up to the wall height, floors and ramps their slab; `crossing` is asked
 * about every other cell of a floor whose wall band the segment passes through (doors, false and cracked walls
 * stand there as tall as a wall; bridges and revealed platforms as thick as a floor slab).
 * `graze` (metres) is how far the segment may cut into the top or the underside of any of these and still see past
 * it: the engine allows SIGHT.graze; the solver asks with less, to cover where the bot really stands.
 */
export function lineOfSight(grid: Grid, from: Vec3Like, to: Vec3Like, crossing?: Crossing, graze = 0): boolean {
  const cs = grid.cellSize;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const dz = to.z - from.z;
  const length = Math.hypot(dx, dy, dz);
  if (length <= SIGHT_END_SLACK) return true;
  const tEnd = 1 - SIGHT_END_SLACK / length;
  let col = Math.floor(from.x / cs);
  let row = Math.floor(from.z / cs);
  const stepCol = dx > 0 ? 1 : dx < 0 ? -1 : 0;
  const stepRow = dz > 0 ? 1 : dz < 0 ? -1 : 0;
  // Parameter t at which the segment crosses the next column and row border, and how much t one cell takes.
  const tDeltaCol = stepCol !== 0 ? cs / Math.abs(dx) : Infinity;
  const tDeltaRow = stepRow !== 0 ? cs / Math.abs(dz) : Infinity;
  let tMaxCol = stepCol > 0 ? ((col + 1) * cs - from.x) / dx : stepCol < 0 ? (col * cs - from.x) / dx : Infinity;
  let tMaxRow = stepRow > 0 ? ((row + 1) * cs - from.z) / dz : stepRow < 0 ? (row * cs - from.z) / dz : Infinity;
  let t0 = 0;
  for (;;) {
    const t1 = Math.min(tMaxCol, tMaxRow, tEnd);
    if (blockedInCell(grid, from, dx, dy, dz, col, row, t0, t1, crossing, graze)) return false;
    if (t1 >= tEnd) return true;
    // Through a corner exactly: both neighbours count, so a diagonal that grazes two wall corners is stopped.
    if (Math.abs(tMaxCol - tMaxRow) <= CORNER) {
      if (
        blockedInCell(grid, from, dx, dy, dz, col + stepCol, row, t1, t1, crossing, graze) ||
        blockedInCell(grid, from, dx, dy, dz, col, row + stepRow, t1, t1, crossing, graze)
      )
        return false;
      col += stepCol;
      row += stepRow;
      tMaxCol += tDeltaCol;
      tMaxRow += tDeltaRow;
    } else if (tMaxCol < tMaxRow) {
      col += stepCol;
      tMaxCol += tDeltaCol;
    } else {
      row += stepRow;
      tMaxRow += tDeltaRow;
    }
    t0 = t1;
  }
}

/** Whether the part of the segment between t0 and t1 (inside one column of cells) hits something there. */
function blockedInCell(
  grid: Grid,
  from: Vec3Like,
  dx: number,
  dy: number,
  dz: number,
  col: number,
  row: number,
  t0: number,
  t1: number,
  crossing: Crossing | undefined,
  graze: number,
): boolean {
  if (!grid.inside(col, row)) return false;
  const y0 = from.y + dy * t0;
  const y1 = from.y + dy * t1;
  // Cutting into a band by `graze` or less is seeing past it: the bands are that much thinner at both faces.
  const low = Math.min(y0, y1) + graze;
  const high = Math.max(y0, y1) - graze;
  const slab = LEVEL_GEOMETRY.slabThickness;
  for (let floor = 0; floor < grid.floorCount; floor++) {
    const h = grid.heights[floor] ?? 0;
    const top = h + grid.wallHeight;
    if (high < h - slab - 1 || low > top + 1) continue;
    const terrain = grid.terrain(floor, col, row);
    // Walls, and floor cells a solid prop fills, stand from under the floor slab to the wall height.
    if (grid.solid(floor, col, row)) {
      if (overlaps(low, high, h - slab, top)) return true;
      continue;
    }
    if (terrain === 'floor') {
      if (overlaps(low, high, h - slab, h)) return true;
    } else if (terrain !== 'void') {
      if (rampHit(grid, floor, col, row, from, dx, dy, dz, t0, t1, graze)) return true;
    }
    if (crossing && overlaps(low, high, h - slab, top) && crossing(floor, col, row, overlaps(low, high, h - slab, h)))
      return true;
  }
  return false;
}

function overlaps(low: number, high: number, bottom: number, top: number): boolean {
  return high >= bottom && low <= top;
}

/** A ramp cell is a slab under a sloped surface: the segment hits it where it runs between surface and underside. */
function rampHit(
  grid: Grid,
  floor: number,
  col: number,
  row: number,
  from: Vec3Like,
  dx: number,
  dy: number,
  dz: number,
  t0: number,
  t1: number,
  graze: number,
): boolean {
  const run = grid.rampAt(floor, col, row);
  if (!run) return false;
  const length = run.cells.length * grid.cellSize;
  const rise = run.toHeight - run.fromHeight;
  // The tilted slab measured straight down from its surface.
  const thick = (LEVEL_GEOMETRY.rampThickness * Math.hypot(length, rise)) / length;
  const gap = (t: number): number => {
    const s = grid.surfaceHeight(floor, from.x + dx * t, from.z + dz * t) ?? run.fromHeight;
    return from.y + dy * t - s;
  };
  // Inside one cell the surface is linear along the segment, so the height above it is too.
  const g0 = gap(t0 + (t1 - t0) * 1e-9);
  const g1 = gap(t1 - (t1 - t0) * 1e-9);
  return overlaps(Math.min(g0, g1) + graze, Math.max(g0, g1) - graze, -thick, 0);
}
