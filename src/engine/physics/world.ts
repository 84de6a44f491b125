import * as CANNON from 'cannon-es';
import { GRAVITY, LEVEL_GEOMETRY } from '../../core/tuning';
import { mergeCellMask, rampSlab, type Grid, type Rect } from '../../core/grid';
import { GROUP } from './groups';
import { StillGridBroadphase } from './broadphase';
import { MovingSolver } from './step';
import { placeStillShapesOnce } from './contacts';

export interface LevelBodies {
  world: CANNON.World;
  /** The static labyrinth: one body per chunk of cells per floor, each holding its walls, slabs and ramps as shapes. */
  chunks: CANNON.Body[];
  /** How many boxes the level became (merged walls and slabs plus ramp runs, cut at chunk borders). */
  shapeCount: number;
}

export function createWorld(): CANNON.World {
  const world = new CANNON.World({ gravity: new CANNON.Vec3(0, -GRAVITY, 0), allowSleep: false });
  // Zero friction keeps friends from sticking to walls; zero restitution keeps them from bouncing.
  world.defaultContactMaterial.friction = 0;
  world.defaultContactMaterial.restitution = 0;
  world.defaultContactMaterial.contactEquationStiffness = 1e8;
  world.defaultContactMaterial.contactEquationRelaxation = 3;
  // cannon-es's solver over the moving bodies only (stepWorld steps this world).
  world.solver = new MovingSolver();
  (world.solver as CANNON.GSSolver).iterations = 10;
  world.quatNormalizeFast = true;
  // Still bodies filed once by place: the default broadphase tests every pair of 2,000 bodies each tick.
  world.broadphase = new StillGridBroadphase();
  // Boxes, not spheres around each body's origin: a chunk far from a friend is culled before any shape is tested.
  world.broadphase.useBoundingBoxes = true;
  placeStillShapesOnce(world.narrowphase);
  return world;
}

/**
 * A box of the level (its labyrinth, doors, walls and platforms). cannon-es builds every box's polyhedron (vertices,
 * faces, edges, normals) when it is made; a friend's spheres never use it (only box-box tests and cannon's own rays
 * do), so it is built on first use: a level of 12,000 boxes is ready in half the time.
 */
export class LevelBox extends CANNON.Box {}
interface LazyPolyhedron {
  polyhedron: CANNON.ConvexPolyhedron | null;
}
const buildPolyhedron = CANNON.Box.prototype.updateConvexPolyhedronRepresentation;
Object.defineProperty(LevelBox.prototype, 'convexPolyhedronRepresentation', {
  get(this: CANNON.Box & LazyPolyhedron): CANNON.ConvexPolyhedron {
    if (!this.polyhedron) buildPolyhedron.call(this);
    return this.polyhedron!;
  },
  set(this: LazyPolyhedron, polyhedron: CANNON.ConvexPolyhedron | null) {
    this.polyhedron = polyhedron;
  },
});
// Changed half extents make the polyhedron stale: it is rebuilt when next asked for.
LevelBox.prototype.updateConvexPolyhedronRepresentation = function (this: LazyPolyhedron) {
  this.polyhedron = null;
};

interface Piece {
  half: CANNON.Vec3;
  centre: CANNON.Vec3;
  turn: CANNON.Quaternion | null;
}

/**
 * Builds the static labyrinth: merged wall boxes, merged floor slabs and one tilted box per ramp run, grouped into
 * chunks of LEVEL_GEOMETRY.chunkCells² cells per floor so the broadphase skips the walls far from every friend.
 */
export function buildLevelBodies(world: CANNON.World, grid: Grid): LevelBodies {
  const cs = grid.cellSize;
  const slab = LEVEL_GEOMETRY.slabThickness;
  const n = LEVEL_GEOMETRY.chunkCells;
  const chunksAcross = Math.ceil(grid.cols / n);
  const pieces = new Map<number, Piece[]>();
  const put = (floor: number, col: number, row: number, piece: Piece): void => {
    const key = (floor * Math.ceil(grid.rows / n) + Math.floor(row / n)) * chunksAcross + Math.floor(col / n);
    const list = pieces.get(key);
    if (list) list.push(piece);
    else pieces.set(key, [piece]);
  };
  const box = (floor: number, rect: Rect, y: number, height: number): void => {
    for (const r of cutAtChunks(rect, n)) {
      const w = r.cols * cs;
      const d = r.rows * cs;
      put(floor, r.col, r.row, {
        half: new CANNON.Vec3(w / 2, height / 2, d / 2),
        centre: new CANNON.Vec3(r.col * cs + w / 2, y + height / 2, r.row * cs + d / 2),
        turn: null,
      });
    }
  };

  for (let floor = 0; floor < grid.floorCount; floor++) {
    const h = grid.heights[floor] ?? 0;
    for (const rect of mergeCellMask(grid.cols, grid.rows, grid.solidCells(floor)))
      box(floor, rect, h - slab, grid.wallHeight + slab);
    for (const rect of mergeCellMask(grid.cols, grid.rows, grid.floorCells(floor))) box(floor, rect, h - slab, slab);
  }

  for (const run of grid.ramps) {
    const slab = rampSlab(run, cs, LEVEL_GEOMETRY.rampThickness);
    const q = new CANNON.Quaternion();
    q.setFromAxisAngle(slab.axis === 'x' ? new CANNON.Vec3(1, 0, 0) : new CANNON.Vec3(0, 0, 1), slab.angle);
    const half = new CANNON.Vec3(slab.half.x, slab.half.y, slab.half.z);
    const centre = new CANNON.Vec3(slab.centre.x, slab.centre.y, slab.centre.z);
    put(run.floor, Math.floor(centre.x / cs), Math.floor(centre.z / cs), { half, centre, turn: q });
  }

  const chunks: CANNON.Body[] = [];
  let shapeCount = 0;
  for (const list of pieces.values()) {
    const body = new CANNON.Body({ type: CANNON.Body.STATIC, mass: 0 });
    body.collisionFilterGroup = GROUP.level;
    body.collisionFilterMask = GROUP.all;
    // The body sits at the middle of its pieces so its bounds stay tight.
    const min = new CANNON.Vec3(Infinity, Infinity, Infinity);
    const max = new CANNON.Vec3(-Infinity, -Infinity, -Infinity);
    for (const p of list) {
      const r = p.turn ? p.half.length() : 0;
      const hx = p.turn ? r : p.half.x;
      const hy = p.turn ? r : p.half.y;
      const hz = p.turn ? r : p.half.z;
      min.set(Math.min(min.x, p.centre.x - hx), Math.min(min.y, p.centre.y - hy), Math.min(min.z, p.centre.z - hz));
      max.set(Math.max(max.x, p.centre.x + hx), Math.max(max.y, p.centre.y + hy), Math.max(max.z, p.centre.z + hz));
    }
    body.position.set((min.x + max.x) / 2, (min.y + max.y) / 2, (min.z + max.z) / 2);
    // What addShape does, but the body's bounds and mass are worked out once at the end, not again for every box.
    for (const p of list) {
      const shape = new LevelBox(p.half);
      body.shapes.push(shape);
      p.centre.vsub(body.position, p.centre);
      body.shapeOffsets.push(p.centre);
      body.shapeOrientations.push(p.turn ?? new CANNON.Quaternion());
      shape.body = body;
      shapeCount++;
    }
    body.updateMassProperties();
    body.updateBoundingRadius();
    body.aabbNeedsUpdate = true;
    body.allowSleep = false;
    world.addBody(body);
    chunks.push(body);
  }
  return { world, chunks, shapeCount };
}

/** A rectangle of cells cut along the chunk borders into the pieces that fall in each chunk. */
function cutAtChunks(rect: Rect, n: number): Rect[] {
  const out: Rect[] = [];
  for (let row = rect.row; row < rect.row + rect.rows; row = (Math.floor(row / n) + 1) * n) {
    const rows = Math.min(rect.row + rect.rows, (Math.floor(row / n) + 1) * n) - row;
    for (let col = rect.col; col < rect.col + rect.cols; col = (Math.floor(col / n) + 1) * n) {
      const cols = Math.min(rect.col + rect.cols, (Math.floor(col / n) + 1) * n) - col;
      out.push({ col, row, cols, rows });
    }
  }
  return out;
}
