// The friends' ground probe: a short ray straight down. It meets only the still shapes filed over the column it
// falls in (still-columns.ts) and the moving bodies near it, in the world's order, as Ray.intersectWorld would.
// Nearly all it meets are boxes that are not turned (walls, floor slabs, bridges, platforms), and a vertical ray
// hits such a box only on its top face, right under the ray's start: tested as that, not as a convex polyhedron
// of six faces. Turned boxes (ramps) go cannon-es's general way.
import * as CANNON from 'cannon-es';
import { stillColumns, type StillColumns } from './still-columns';
import { stillShapes } from './still-shapes';
import { empty, keptArray } from './kept-array';
import { StillGridBroadphase } from './broadphase';

const up = new CANNON.Vec3(0, 1, 0);
const hitPoint = new CANNON.Vec3();
const noCallback = (): void => {};
const bounds = new CANNON.AABB();
const found = keptArray<CANNON.Body>();
const shapeAt = new CANNON.Vec3();
const shapeTurn = new CANNON.Quaternion();

type BoxTest = (
  box: CANNON.Box,
  quat: CANNON.Quaternion,
  at: CANNON.Vec3,
  body: CANNON.Body,
  shape: CANNON.Shape,
) => void;
interface RayInside {
  _intersectBox: BoxTest;
  updateDirection(): void;
  intersectShape(shape: CANNON.Shape, quat: CANNON.Quaternion, position: CANNON.Vec3, body: CANNON.Body): void;
  reportIntersection(normal: CANNON.Vec3, hit: CANNON.Vec3, shape: CANNON.Shape, body: CANNON.Body, face: number): void;
}

export class GroundRay {
  private readonly ray = new CANNON.Ray();
  private readonly result: CANNON.RaycastResult;
  private readonly mask: number;
  /** The columns of the world last probed (looked up again when the world or its bodies change). */
  private columns: StillColumns | null = null;
  private columnsOf: CANNON.World | null = null;

  constructor(collisionFilterMask: number, result: CANNON.RaycastResult) {
    this.mask = collisionFilterMask;
    this.result = result;
    const ray = this.ray as unknown as RayInside;
    const general = ray._intersectBox.bind(ray);
    const from = this.ray.from;
    const to = this.ray.to;
    ray._intersectBox = (box, quat, at, body, shape) => {
      if (quat.x !== 0 || quat.y !== 0 || quat.z !== 0 || from.x !== to.x || from.z !== to.z || to.y > from.y)
        return general(box, quat, at, body, shape);
      const h = box.halfExtents;
      if (Math.abs(from.x - at.x) > h.x || Math.abs(from.z - at.z) > h.z) return;
      const top = at.y + h.y;
      if (top > from.y || top < to.y) return;
      hitPoint.set(from.x, top, from.z);
      ray.reportIntersection(up, hitPoint, shape, body, -1);
    };
  }

  /**
   * The closest thing from `(x, fromY, z)` straight down to `toY`, into the result given at construction: what
   * Ray.intersectWorld finds, in its order, but with still bodies' shapes placed once and only the shapes over
   * the ray's column looked at.
   */
  cast(world: CANNON.World, x: number, fromY: number, z: number, toY: number): boolean {
    const ray = this.ray;
    const result = this.result;
    ray.mode = CANNON.Ray.CLOSEST;
    ray.result = result;
    ray.skipBackfaces = true;
    ray.collisionFilterMask = this.mask;
    ray.collisionFilterGroup = -1;
    ray.checkCollisionResponse = true;
    ray.from.set(x, fromY, z);
    ray.to.set(x, toY, z);
    ray.callback = noCallback;
    ray.hasHit = false;
    result.reset();
    (ray as unknown as RayInside).updateDirection();
    ray.getAABB(bounds);
    const broadphase = world.broadphase;
    if (!(broadphase instanceof StillGridBroadphase)) return this.castEverywhere(world);
    empty(found);
    broadphase.movingNear(world, bounds, found);
    let columns = this.columns;
    if (!columns || this.columnsOf !== world || columns.bodyCount !== world.bodies.length) {
      columns = this.columns = stillColumns(world);
      this.columnsOf = world;
    }
    const column = columns.columnAt(x, z);
    let k = column < 0 ? 0 : columns.first(column);
    const end = column < 0 ? 0 : columns.end(column);
    const box = columns.bounds;
    let m = 0;
    // The column's still shapes and the moving bodies merged in the world's order (a tie goes to the first met).
    while ((k < end || m < found.length) && !result.shouldStop) {
      if (k < end) {
        const r = columns.record(k);
        const bi = columns.body[r]!;
        if (m >= found.length || bi < found[m]!.index) {
          k++;
          const o = r * 6;
          // Shapes whose bounds miss the ray are passed over before any work.
          if (x < box[o]! || x > box[o + 1]! || box[o + 2]! > fromY || box[o + 3]! < toY) continue;
          if (z < box[o + 4]! || z > box[o + 5]!) continue;
          this.stillShape(columns, r, x, fromY, z, toY);
          continue;
        }
      }
      ray.intersectBody(found[m++]!);
    }
    return ray.hasHit;
  }

  /** Ray.intersectBody for one shape of a still body (record `r` of the columns), with the shape placed once. */
  private stillShape(columns: StillColumns, r: number, x: number, fromY: number, z: number, toY: number): void {
    const ray = this.ray;
    const body = columns.bodies[r]!;
    if (!body.collisionResponse) return;
    if ((ray.collisionFilterGroup & body.collisionFilterMask) === 0) return;
    if ((body.collisionFilterGroup & ray.collisionFilterMask) === 0) return;
    if (body.aabbNeedsUpdate) body.updateAABB();
    if (!body.aabb.overlaps(bounds)) return;
    const shape = columns.shapes[r]!;
    if (!shape.collisionResponse) return;
    if (columns.straightBox[r] === 1) {
      // A box along the axes is met only on its top face, right under the ray's start.
      const c = columns.centre;
      const h = (shape as CANNON.Box).halfExtents;
      if (Math.abs(x - c[r * 3]!) > h.x || Math.abs(z - c[r * 3 + 2]!) > h.z) return;
      const top = c[r * 3 + 1]! + h.y;
      if (top > fromY || top < toY) return;
      hitPoint.set(x, top, z);
      (ray as unknown as RayInside).reportIntersection(up, hitPoint, shape, body, -1);
      return;
    }
    const still = stillShapes(body);
    const i = columns.shapeIndex[r]!;
    shapeAt.copy(still.at[i]!);
    shapeTurn.copy(still.turn[i]!);
    (ray as unknown as RayInside).intersectShape(shape, shapeTurn, shapeAt, body);
  }

  /** Any other broadphase: every body its query gives, in the world's order. */
  private castEverywhere(world: CANNON.World): boolean {
    const ray = this.ray;
    empty(found);
    world.broadphase.aabbQuery(world, bounds, found);
    for (let b = 0; b < found.length && !this.result.shouldStop; b++) ray.intersectBody(found[b]!);
    return ray.hasHit;
  }
}
