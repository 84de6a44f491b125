// Aimed skills pick the entity nearest the crosshair: within the aim cone, within reach of the eyes, and with a clear
// line of sight by the rule the solver uses too (src/core/sight.ts): walls, floor and ramp slabs, and the solid
// things that come and go (doors, false and cracked walls, standing bridges, revealed platforms) block it.
import * as CANNON from 'cannon-es';
import type { EntityOf } from '../../core/schema';
import type { Grid } from '../../core/grid';
import { aimPointOf, lineOfSight, type AimType } from '../../core/sight';
import type { Friend } from '../friend';
import { GROUP } from '../physics/groups';
import type { AimScene } from './types';
import { LEVEL_GEOMETRY, SIGHT, SKILLS } from '../../core/tuning';

export type { AimType } from '../../core/sight';

const eye = { x: 0, y: 0, z: 0 };
const look = { x: 0, y: 0, z: 0 };

/** The point a friend aims at on an entity. */
export function aimPoint(engine: Pick<AimScene, 'grid'>, e: EntityOf<AimType>): { x: number; y: number; z: number } {
  return aimPointOf(engine.grid, e);
}

export interface Aim<T extends AimType> {
  target: EntityOf<T> | null;
  /** Why nothing was picked, for the skill-failed event. */
  reason: string;
}

export function aim<T extends AimType>(engine: AimScene, friend: Friend, type: T, reach: number): Aim<T> {
  friend.eye(eye);
  friend.lookDir(look);
  let best: EntityOf<T> | null = null;
  let bestAngle: number = SKILLS.aimCone;
  let reason = type === 'bridge-anchor' ? 'no bridge anchor at the crosshair' : 'no code node at the crosshair';
  const blocks = blockersOf(engine.world, engine.grid);
  for (const e of engine.level.entities) {
    // Ava reprograms the boss's cycle nodes as she does code nodes.
    if (e.type !== type && !(type === 'code-node' && e.type === 'cycle-node')) continue;
    const p = aimPoint(engine, e as EntityOf<AimType>);
    const dx = p.x - eye.x;
    const dy = p.y - eye.y;
    const dz = p.z - eye.z;
    const d = Math.hypot(dx, dy, dz);
    if (d < 1e-6) continue;
    const cos = (dx * look.x + dy * look.y + dz * look.z) / d;
    const angle = Math.acos(Math.max(-1, Math.min(1, cos)));
    if (angle > bestAngle) continue;
    if (d > reach) {
      reason = `"${e.id}" is ${d.toFixed(1)} m away; reach is ${reach} m`;
      continue;
    }
    if (!lineOfSight(engine.grid, eye, p, blocks, SIGHT.graze)) {
      reason = `something stands between you and "${e.id}"`;
      continue;
    }
    best = e as EntityOf<T>;
    bestAngle = angle;
  }
  return { target: best, reason };
}

/** A body that comes and goes on whole cells: as tall as a wall, or as thick as a floor slab. */
interface CellBody {
  body: CANNON.Body;
  tall: boolean;
}

const blockers = new WeakMap<CANNON.World, (floor: number, col: number, row: number, slab: boolean) => boolean>();

/**
 * What blocks sight in a cell now, read from the world: the static bodies on whole cells that are not the
 * labyrinth (doors, false and cracked walls, bridges, hidden platforms), solid or not at this moment. Moving
 * platforms (kinematic) never block sight, for the solver cannot know where they are.
 */
function blockersOf(
  world: CANNON.World,
  grid: Grid,
): (floor: number, col: number, row: number, slab: boolean) => boolean {
  const known = blockers.get(world);
  if (known) return known;
  const byCell = new Map<number, CellBody[]>();
  const cs = grid.cellSize;
  const slabThickness = LEVEL_GEOMETRY.slabThickness;
  for (const body of world.bodies) {
    if (body.type !== CANNON.Body.STATIC || body.collisionFilterGroup === GROUP.level) continue;
    const shape = body.shapes[0];
    if (body.shapes.length !== 1 || !(shape instanceof CANNON.Box)) continue;
    const half = shape.halfExtents;
    const bottom = body.position.y - half.y;
    const floor = grid.heights.findIndex((h) => Math.abs(h - slabThickness - bottom) < 1e-3);
    if (floor < 0) continue;
    const tall = body.position.y + half.y > (grid.heights[floor] ?? 0) + 1e-3;
    const c0 = Math.floor((body.position.x - half.x) / cs + 1e-6);
    const c1 = Math.floor((body.position.x + half.x) / cs - 1e-6);
    const r0 = Math.floor((body.position.z - half.z) / cs + 1e-6);
    const r1 = Math.floor((body.position.z + half.z) / cs - 1e-6);
    for (let row = r0; row <= r1; row++)
      for (let col = c0; col <= c1; col++) {
        const k = grid.key(floor, col, row);
        const list = byCell.get(k);
        if (list) list.push({ body, tall });
        else byCell.set(k, [{ body, tall }]);
      }
  }
  const crossing = (floor: number, col: number, row: number, slab: boolean): boolean => {
    const list = byCell.get(grid.key(floor, col, row));
    if (!list) return false;
    for (const b of list) if (b.body.collisionFilterGroup !== 0 && (b.tall || slab)) return true;
    return false;
  };
  blockers.set(world, crossing);
  return crossing;
}
