// Where a friend may teleport in VR: only onto a cell it could walk to in a straight line from where it stands,
// on the same floor, within reach. The engine decides with this rule; the VR arc colours itself with it too.
import type { Grid } from './grid';
import { TELEPORT } from './tuning';

/** What the rule needs to know about the level as it is now (doors, revealed platforms, standing bridges). */
export interface TeleportCells {
  /** Whether a friend can stand in the cell now: floor, ramp, a revealed hidden platform, a standing bridge. */
  standable(floor: number, col: number, row: number): boolean;
  /** Whether something solid fills the cell now: a closed door, a false wall not seen through, an unbroken wall. */
  blocked(floor: number, col: number, row: number): boolean;
}

export interface TeleportFrom {
  floor: number;
  /** Where the friend stands, world metres. */
  x: number;
  z: number;
}

export interface TeleportVerdict {
  /** The cell the friend lands in (its centre), or null when refused. */
  to: { floor: number; col: number; row: number } | null;
  /** Why the teleport is refused, for the player; empty when it is allowed. */
  reason: string;
}

/**
 * Every cell a straight segment from (x0, z0) to (x1, z1) touches, in order. A segment through a corner touches
 * both cells beside the corner, so a diagonal never slips between two walls that meet at a point.
 */
export function cellsOnLine(
  x0: number,
  z0: number,
  x1: number,
  z1: number,
  cellSize: number,
  visit: (col: number, row: number) => boolean,
): boolean {
  const ax = x0 / cellSize;
  const az = z0 / cellSize;
  const bx = x1 / cellSize;
  const bz = z1 / cellSize;
  let col = Math.floor(ax);
  let row = Math.floor(az);
  const endCol = Math.floor(bx);
  const endRow = Math.floor(bz);
  const dx = bx - ax;
  const dz = bz - az;
  const stepCol = dx > 0 ? 1 : -1;
  const stepRow = dz > 0 ? 1 : -1;
  const tDeltaX = dx === 0 ? Infinity : Math.abs(1 / dx);
  const tDeltaZ = dz === 0 ? Infinity : Math.abs(1 / dz);
  let tMaxX = dx === 0 ? Infinity : (dx > 0 ? col + 1 - ax : ax - col) * tDeltaX;
  let tMaxZ = dz === 0 ? Infinity : (dz > 0 ? row + 1 - az : az - row) * tDeltaZ;
  if (!visit(col, row)) return false;
  // Bounded by the cells between the two ends, so a bad input cannot loop forever.
  const limit = Math.abs(endCol - col) + Math.abs(endRow - row) + 2;
  for (let n = 0; n < limit && (col !== endCol || row !== endRow); n++) {
    if (Math.abs(tMaxX - tMaxZ) < 1e-9) {
      // Through a corner: both side cells must be passable as well as the diagonal one.
      if (!visit(col + stepCol, row) || !visit(col, row + stepRow)) return false;
      col += stepCol;
      row += stepRow;
      tMaxX += tDeltaX;
      tMaxZ += tDeltaZ;
    } else if (tMaxX < tMaxZ) {
      col += stepCol;
      tMaxX += tDeltaX;
    } else {
      row += stepRow;
      tMaxZ += tDeltaZ;
    }
    if (!visit(col, row)) return false;
  }
  return true;
}

/** Whether a friend at `from` may teleport to the point (x, z) on its own floor, and the cell it lands in. */
export function teleportVerdict(
  grid: Grid,
  cells: TeleportCells,
  from: TeleportFrom,
  x: number,
  z: number,
): TeleportVerdict {
  const { col, row } = grid.cellOf(x, z);
  const floor = from.floor;
  const distance = Math.hypot(x - from.x, z - from.z);
  if (distance > TELEPORT.maxDistance)
    return { to: null, reason: `too far: ${distance.toFixed(1)} m, a teleport reaches ${TELEPORT.maxDistance} m` };
  if (!grid.inside(col, row) || !cells.standable(floor, col, row) || cells.blocked(floor, col, row))
    return { to: null, reason: 'nowhere to stand there' };
  // The line to the centre of the landing cell, since that is where the friend arrives.
  const c = grid.center(floor, col, row);
  let problem = '';
  const clear = cellsOnLine(from.x, from.z, c.x, c.z, grid.cellSize, (cc, rr) => {
    if (cells.blocked(floor, cc, rr)) problem = 'something solid is in the way';
    else if (!cells.standable(floor, cc, rr)) problem = 'the way there is not walkable';
    else return true;
    return false;
  });
  if (!clear) return { to: null, reason: problem };
  return { to: { floor, col, row }, reason: '' };
}
