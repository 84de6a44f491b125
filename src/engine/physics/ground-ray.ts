// The friends' ground probe: a short ray straight down. Nearly all it meets are boxes that are not turned (walls,
// floor slabs, bridges, platforms), and a vertical ray hits such a box only on its top face, right under the ray's
// start: tested as that, not as a convex polyhedron of six faces. Turned boxes (ramps) go cannon-es's general way.
import * as CANNON from 'cannon-es';
import { stillShapes } from './still-shapes';
import { keptArray } from './kept-array';

const up = new CANNON.Vec3(0, 1, 0);
const hitPoint = new CANNON.Vec3();
const noCallback = (): void => {};
const BOX = CANNON.Shape.types.BOX;
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
   * Ray.intersectWorld finds, in its order, but with still bodies' shapes placed once and the boxes the ray
   * misses passed over before any work.
   */
  cast(world: CANNON.World, x: number, fromY: number, z: number, toY: number): boolean {
    const ray = this.ray;
    const inside = ray as unknown as RayInside;
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
    inside.updateDirection();
    ray.getAABB(bounds);
    found.length = 0;
    world.broadphase.aabbQuery(world, bounds, found);
    for (let b = 0; b < found.length && !result.shouldStop; b++) {
      const body = found[b]!;
      if (body.type !== CANNON.Body.STATIC) {
        ray.intersectBody(body);
        continue;
      }
      // Ray.intersectBody, with the shapes placed once.
      if (!body.collisionResponse) continue;
      if ((ray.collisionFilterGroup & body.collisionFilterMask) === 0) continue;
      if ((body.collisionFilterGroup & ray.collisionFilterMask) === 0) continue;
      const still = stillShapes(body);
      for (let i = 0; i < body.shapes.length; i++) {
        const shape = body.shapes[i]!;
        if (!shape.collisionResponse) continue;
        const at = still.at[i]!;
        if (shape.type === BOX && still.straight[i]) {
          // The straight-down test of a box along the axes, before cannon-es's bounding-sphere check.
          const h = (shape as CANNON.Box).halfExtents;
          if (Math.abs(x - at.x) > h.x || Math.abs(z - at.z) > h.z) continue;
          const top = at.y + h.y;
          if (top > fromY || top < toY) continue;
        }
        shapeAt.copy(at);
        shapeTurn.copy(still.turn[i]!);
        inside.intersectShape(shape, shapeTurn, shapeAt, body);
        if (result.shouldStop) break;
      }
    }
    return ray.hasHit;
  }
}
