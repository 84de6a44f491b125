import * as CANNON from 'cannon-es';
import { GRAVITY, LEVEL_GEOMETRY } from '../tuning';
import { mergeCells, type Grid } from '../grid';
import { GROUP } from './groups';

export interface LevelBodies {
  world: CANNON.World;
  /** One static body holding every wall, slab and ramp of the level as shapes. */
  level: CANNON.Body;
  /** How many boxes the level became (merged walls and slabs plus ramp runs). */
  shapeCount: number;
}

export function createWorld(): CANNON.World {
  const world = new CANNON.World({ gravity: new CANNON.Vec3(0, -GRAVITY, 0), allowSleep: false });
  // Zero friction keeps friends from sticking to walls; zero restitution keeps them from bouncing.
  world.defaultContactMaterial.friction = 0;
  world.defaultContactMaterial.restitution = 0;
  world.defaultContactMaterial.contactEquationStiffness = 1e8;
  world.defaultContactMaterial.contactEquationRelaxation = 3;
  (world.solver as CANNON.GSSolver).iterations = 10;
  world.quatNormalizeFast = true;
  return world;
}

/** Builds the static labyrinth: merged wall boxes, merged floor slabs and one tilted box per ramp run. */
export function buildLevelBodies(world: CANNON.World, grid: Grid): LevelBodies {
  const level = new CANNON.Body({ type: CANNON.Body.STATIC, mass: 0 });
  level.collisionFilterGroup = GROUP.level;
  level.collisionFilterMask = GROUP.all;
  const cs = grid.cellSize;
  const slab = LEVEL_GEOMETRY.slabThickness;
  let shapeCount = 0;

  for (let floor = 0; floor < grid.floorCount; floor++) {
    const h = grid.heights[floor] ?? 0;
    const walls = mergeCells(grid.cols, grid.rows, (c, r) => grid.terrain(floor, c, r) === 'wall');
    for (const rect of walls) {
      const height = grid.wallHeight + slab;
      addBox(level, rect.col * cs, h - slab, rect.row * cs, rect.cols * cs, height, rect.rows * cs);
      shapeCount++;
    }
    const slabs = mergeCells(grid.cols, grid.rows, (c, r) => grid.terrain(floor, c, r) === 'floor');
    for (const rect of slabs) {
      addBox(level, rect.col * cs, h - slab, rect.row * cs, rect.cols * cs, slab, rect.rows * cs);
      shapeCount++;
    }
  }

  for (const run of grid.ramps) {
    const first = run.cells[0]!;
    const last = run.cells[run.cells.length - 1]!;
    const minCol = Math.min(first.col, last.col);
    const minRow = Math.min(first.row, last.row);
    const spanCols = Math.abs(last.col - first.col) + 1;
    const spanRows = Math.abs(last.row - first.row) + 1;
    const length = run.cells.length * cs;
    const rise = run.toHeight - run.fromHeight;
    const slope = Math.hypot(length, rise);
    const angle = Math.atan2(rise, length);
    const t = LEVEL_GEOMETRY.rampThickness;
    // Centre of the sloped top surface, then pushed down half the thickness along the surface normal.
    const cx = (minCol + spanCols / 2) * cs;
    const cz = (minRow + spanRows / 2) * cs;
    const cy = (run.fromHeight + run.toHeight) / 2;
    const q = new CANNON.Quaternion();
    const along = run.dir === 'east' || run.dir === 'west' ? 'x' : 'z';
    const sign = run.dir === 'east' || run.dir === 'south' ? 1 : -1;
    // Tilt so the surface rises in the run's direction.
    if (along === 'x') q.setFromAxisAngle(new CANNON.Vec3(0, 0, 1), sign * angle);
    else q.setFromAxisAngle(new CANNON.Vec3(1, 0, 0), -sign * angle);
    const normal = q.vmult(new CANNON.Vec3(0, 1, 0));
    const half =
      along === 'x'
        ? new CANNON.Vec3(slope / 2, t / 2, (spanRows * cs) / 2)
        : new CANNON.Vec3((spanCols * cs) / 2, t / 2, slope / 2);
    const offset = new CANNON.Vec3(cx - normal.x * (t / 2), cy - normal.y * (t / 2), cz - normal.z * (t / 2));
    level.addShape(new CANNON.Box(half), offset, q);
    shapeCount++;
  }

  world.addBody(level);
  return { world, level, shapeCount };
}

/** Adds an axis-aligned box given its minimum corner and size. */
export function addBox(body: CANNON.Body, x: number, y: number, z: number, w: number, h: number, d: number): void {
  const half = new CANNON.Vec3(w / 2, h / 2, d / 2);
  body.addShape(new CANNON.Box(half), new CANNON.Vec3(x + w / 2, y + h / 2, z + d / 2));
}
