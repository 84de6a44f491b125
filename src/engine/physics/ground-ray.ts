// The friends' ground probe: a short ray straight down. Nearly all it meets are boxes that are not turned (walls,
// floor slabs, bridges, platforms), and a vertical ray hits such a box only on its top face, right under the ray's
// start: tested as that, not as a convex polyhedron of six faces. Turned boxes (ramps) go cannon-es's general way.
import * as CANNON from 'cannon-es';

const up = new CANNON.Vec3(0, 1, 0);
const hitPoint = new CANNON.Vec3();
const noCallback = (): void => {};

type BoxTest = (
  box: CANNON.Box,
  quat: CANNON.Quaternion,
  at: CANNON.Vec3,
  body: CANNON.Body,
  shape: CANNON.Shape,
) => void;
interface RayInside {
  _intersectBox: BoxTest;
  reportIntersection(normal: CANNON.Vec3, hit: CANNON.Vec3, shape: CANNON.Shape, body: CANNON.Body, face: number): void;
}

export class GroundRay {
  private readonly ray = new CANNON.Ray();
  private readonly options: CANNON.RayOptions;

  constructor(collisionFilterMask: number, result: CANNON.RaycastResult) {
    this.options = {
      mode: CANNON.Ray.CLOSEST,
      result,
      skipBackfaces: true,
      collisionFilterMask,
      from: new CANNON.Vec3(),
      to: new CANNON.Vec3(),
      callback: noCallback,
    };
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

  /** The closest thing from `(x, fromY, z)` straight down to `toY`, into the result given at construction. */
  cast(world: CANNON.World, x: number, fromY: number, z: number, toY: number): boolean {
    this.options.from!.set(x, fromY, z);
    this.options.to!.set(x, toY, z);
    return this.ray.intersectWorld(world, this.options);
  }
}
