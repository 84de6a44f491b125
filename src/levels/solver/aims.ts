// Where a friend can use an aimed skill from, by the engine's own rule (src/core/sight.ts): within reach of the eyes
// and with a clear line of sight. What stands between and can come and go (doors, false and cracked walls, bridges,
// revealed platforms) is kept per aim, so the search asks about it in each state of the world.
import type { Grid, Vec3Like } from '../../core/grid';
import { EYE_HEIGHT, aimPointOf, aimReach, lineOfSight, type AimType } from '../../core/sight';
import { PROOF } from '../../core/tuning';

export interface Aim {
  from: number;
  /** Cells where a wall-tall thing (door, false wall, cracked wall) would stand in the line of sight. */
  tall: number[];
  /** Cells where a slab (a standing bridge, a revealed platform) would stand in the line of sight. */
  slab: number[];
  /** The entity aimed at (the anchor, for bridges). */
  target: string;
}

/** What can stand in a cell and come and go, by cell key. */
export interface SightBlockers {
  tall(k: number): boolean;
  slab(k: number): boolean;
}

/** Offsets around the cell centre the eye is tried from: the bot stands near the centre, not on it. */
const SPREAD: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/** The eye of a friend standing on the cell's centre (on a ramp, above the slope there). */
export function eyeOver(grid: Grid, floor: number, col: number, row: number): Vec3Like {
  const c = grid.center(floor, col, row);
  c.y = (grid.surfaceHeight(floor, c.x, c.z) ?? c.y) + EYE_HEIGHT;
  return c;
}

/**
 * Every cell a friend could stand on (`standable`) and aim at the entity from: the eye within the skill's reach,
 * and the line of sight clear of the level from the centre and the spread around it.
 */
export function aimsAt(
  grid: Grid,
  entity: { id: string; type: AimType; floor: number; at: readonly [number, number] },
  standable: (k: number) => boolean,
  blockers: SightBlockers,
): Aim[] {
  const reach = aimReach(entity.type) - PROOF.reachSlack;
  const target = aimPointOf(grid, entity);
  const cs = grid.cellSize;
  const span = Math.ceil(reach / cs) + 1;
  const [tc, tr] = entity.at;
  const out: { aim: Aim; d: number }[] = [];
  const eye = { x: 0, y: 0, z: 0 };
  for (let floor = 0; floor < grid.floorCount; floor++) {
    for (let row = tr - span; row <= tr + span; row++) {
      for (let col = tc - span; col <= tc + span; col++) {
        if (!grid.inside(col, row)) continue;
        const from = grid.key(floor, col, row);
        if (!standable(from)) continue;
        const centre = eyeOver(grid, floor, col, row);
        const d = Math.hypot(centre.x - target.x, centre.y - target.y, centre.z - target.z);
        if (d > reach) continue;
        const tall = new Set<number>();
        const slab = new Set<number>();
        const note = (f: number, c: number, r: number, inSlab: boolean): boolean => {
          const k = grid.key(f, c, r);
          if (blockers.tall(k)) tall.add(k);
          if (inSlab && blockers.slab(k)) slab.add(k);
          return false;
        };
        let clear = true;
        for (const [ox, oz] of SPREAD) {
          eye.x = centre.x + ox * PROOF.eyeSpread;
          eye.y = centre.y;
          eye.z = centre.z + oz * PROOF.eyeSpread;
          if (!lineOfSight(grid, eye, target, note)) {
            clear = false;
            break;
          }
        }
        if (!clear) continue;
        out.push({ aim: { from, tall: [...tall], slab: [...slab], target: entity.id }, d });
      }
    }
  }
  return out.sort((x, y) => x.d - y.d).map((o) => o.aim);
}
