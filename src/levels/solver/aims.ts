// Where a friend can use an aimed skill from, by the engine's own test (src/core/sight.ts): the eyes within the
// skill's reach of the aim point and lineOfSight clear, from where the bot really stands on the cell. What stands
// between and can come and go (doors, false and cracked walls, bridges, revealed platforms) is kept per aim, so the
// search asks about it in each state of the world.
import type { Grid, Vec3Like } from '../../core/grid';
import { aimPointOf, aimReach, eyeAt, lineOfSight, type AimType } from '../../core/sight';
import { BOT, PROOF, SIGHT } from '../../core/tuning';

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

/**
 * Where the bot's eyes may be when it uses a skill: within BOT.skillStopRadius of the cell centre (tried at the centre
 * and that far along each axis) and up to SIGHT.eyeRise higher than the engine's eye on the centre.
 */
const SPREAD: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/**
 * How far the solver lets a line cut into a band's edge: the engine's SIGHT.graze less what the bot's real eye can
 * add to a cut, that is SIGHT.eyeRise, and between two of the four points tried round the centre at most
 * (1 − 1/√2) of the stop radius more than at the worse of them.
 */
export const SOLVER_GRAZE = SIGHT.graze - SIGHT.eyeRise - (1 - Math.SQRT1_2) * BOT.skillStopRadius;

/** The eye of a friend standing on the cell's centre, as the engine places it (on a ramp, off the slope). */
export function eyeOver(grid: Grid, floor: number, col: number, row: number): Vec3Like {
  const c = grid.center(floor, col, row);
  return eyeAt(grid, floor, c.x, c.z);
}

/**
 * Every cell a friend could stand on (`standable`) and aim at the entity from: the eye within the skill's reach, and
 * the engine's line of sight clear from the centre and from the spread round it.
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
          const x = centre.x + ox * BOT.skillStopRadius;
          const z = centre.z + oz * BOT.skillStopRadius;
          if (!lineOfSight(grid, eyeAt(grid, floor, x, z), target, note, SOLVER_GRAZE)) {
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
