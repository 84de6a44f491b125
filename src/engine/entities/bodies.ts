// Bodies of the things that come and go: full-cell boxes and slabs in the entity collision group.
// Switching one off clears its collision bits, so nothing collides with it or ray-hits it, and nothing is allocated.
import * as CANNON from 'cannon-es';
import type { Grid } from '../../core/grid';
import { GROUP } from '../physics/groups';
import { LevelBox } from '../physics/world';
import { LEVEL_GEOMETRY } from '../../core/tuning';

/**
 * A box over whole cells from `col0,row0` to `col1,row1` (inclusive, any order) on a floor: from the underside of the
 * floor slab up `height` metres above the floor (0 for a slab to walk on, the wall height for a door).
 */
export function cellBox(
  world: CANNON.World,
  grid: Grid,
  floor: number,
  col0: number,
  row0: number,
  col1: number,
  row1: number,
  height: number,
  kinematic = false,
): CANNON.Body {
  const cs = grid.cellSize;
  const slab = LEVEL_GEOMETRY.slabThickness;
  const h = grid.heights[floor] ?? 0;
  const minCol = Math.min(col0, col1);
  const minRow = Math.min(row0, row1);
  const w = (Math.abs(col1 - col0) + 1) * cs;
  const d = (Math.abs(row1 - row0) + 1) * cs;
  const tall = height + slab;
  const body = new CANNON.Body({
    type: kinematic ? CANNON.Body.KINEMATIC : CANNON.Body.STATIC,
    mass: 0,
    collisionFilterGroup: GROUP.entity,
    collisionFilterMask: GROUP.all,
  });
  body.addShape(new LevelBox(new CANNON.Vec3(w / 2, tall / 2, d / 2)));
  body.position.set(minCol * cs + w / 2, h - slab + tall / 2, minRow * cs + d / 2);
  body.allowSleep = false;
  world.addBody(body);
  return body;
}

export function setSolid(body: CANNON.Body, solid: boolean): void {
  body.collisionFilterGroup = solid ? GROUP.entity : 0;
  body.collisionFilterMask = solid ? GROUP.all : 0;
}

export function isSolid(body: CANNON.Body): boolean {
  return body.collisionFilterGroup !== 0;
}
