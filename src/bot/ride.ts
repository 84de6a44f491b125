// Stepping onto and off a moving platform. The engine moves a platform the same way every run, so the bot knows
// where the slab will be in the ticks ahead, and steps across only when a walk started now keeps the friend's
// centre (where the ground probe looks) over the ground or over the slab all the way.
import type { CellRef, Grid } from '../core/grid';
import { MOVE, RIDE, TICK } from '../core/tuning';
import type { MovingPlatform } from '../engine/entities/platforms';
import type { Friend } from '../engine/friend';

export interface Flat {
  x: number;
  z: number;
}

/** Where the slab's centre will be `ticks` ticks from now (0: where it is). */
export function slabAhead(grid: Grid, p: MovingPlatform, ticks: number, out: Flat): Flat {
  const e = p.entity;
  if (!p.active || ticks === 0) {
    out.x = p.x;
    out.z = p.z;
    return out;
  }
  const a = grid.center(e.floor, e.at[0], e.at[1]);
  const b = grid.center(e.floor, e.to[0], e.to[1]);
  // As the engine's platform: the phase runs on each tick, there and back once a period.
  let phase = p.phase + (ticks * TICK) / e.period;
  phase -= Math.floor(phase);
  const u = phase < 0.5 ? phase * 2 : 2 - phase * 2;
  out.x = a.x + (b.x - a.x) * u;
  out.z = a.z + (b.z - a.z) * u;
  return out;
}

const slab: Flat = { x: 0, z: 0 };
const slabNow: Flat = { x: 0, z: 0 };
/** Inside the slab by this much counts as over it while stepping across (the probe is one ray). */
const ACROSS = 0.03;

/**
 * Whether walking from where the friend stands along (dx, dz) starting this tick gets it `onto` the slab (its
 * centre RIDE.margin inside it) or off onto the cell `landing` (as far inside it), never over the void on the way.
 */
export function crossingSafe(
  grid: Grid,
  friend: Friend,
  p: MovingPlatform,
  dx: number,
  dz: number,
  onto: boolean,
  landing: CellRef,
): boolean {
  const half = grid.cellSize / 2;
  const floor = p.entity.floor;
  const over = (x: number, z: number, at: Flat, inset: number) =>
    Math.abs(x - at.x) <= half - inset && Math.abs(z - at.z) <= half - inset;
  const ground = (x: number, z: number) => {
    const c = grid.cellOf(x, z);
    return grid.walkable(floor, c.col, c.row);
  };
  slabAhead(grid, p, 0, slabNow);
  let x = friend.position.x;
  let z = friend.position.z;
  let onSlab = !onto;
  // On the slab the friend's own velocity is counted against the slab (the engine carries it).
  const carry = onSlab && p.active;
  let vx = friend.body.velocity.x - (carry ? p.body.velocity.x : 0);
  let vz = friend.body.velocity.z - (carry ? p.body.velocity.z : 0);
  let rx = x - slabNow.x;
  let rz = z - slabNow.z;
  const speed = MOVE.walkSpeed;
  const accel = MOVE.groundAccel * TICK;
  const ticks = Math.ceil((grid.cellSize * 2) / speed / TICK) + 30;
  let air = 0;
  for (let k = 1; k <= ticks; k++) {
    const ex = dx * speed - vx;
    const ez = dz * speed - vz;
    const e = Math.hypot(ex, ez);
    const s = e <= accel ? 1 : accel / e;
    vx += ex * s;
    vz += ez * s;
    slabAhead(grid, p, k, slab);
    if (onSlab) {
      rx += vx * TICK;
      rz += vz * TICK;
      x = slab.x + rx;
      z = slab.z + rz;
    } else {
      x += vx * TICK;
      z += vz * TICK;
    }
    const overSlab = over(x, z, slab, ACROSS);
    const overGround = ground(x, z);
    if (!overSlab && !overGround) {
      // A moment over the gap is a drop of a few centimetres: the probe still finds what comes under it.
      if (++air * TICK > RIDE.airSeconds) return false;
    } else air = 0;
    if (onSlab && !overSlab && overGround) onSlab = false;
    else if (!onSlab && !overGround && overSlab) {
      onSlab = true;
      rx = x - slab.x;
      rz = z - slab.z;
    }
    if (onto && onSlab && over(x, z, slab, RIDE.margin)) return true;
    if (!onto && !onSlab) {
      const c = grid.center(landing.floor, landing.col, landing.row);
      if (over(x, z, c, RIDE.margin)) return true;
    }
  }
  return false;
}
