// The narrowphase's loop over pairs of bodies, as cannon-es's Narrowphase.getContacts runs it, but with the still
// bodies' shapes placed once (still-shapes.ts) and a friend's sphere tested against each box grown by its radius
// before anything else: of a chunk's dozens of boxes, only the few it touches reach the sphere–box test, which for
// a still box uses the sides worked out once (sphere-box.ts). Pairs, shapes and tests run in cannon-es's order
// with cannon-es's numbers, so the contacts are the same.
import * as CANNON from 'cannon-es';
import { sphereMissesBox, stillBoxSides, stillShapeIndex, stillShapes } from './still-shapes';
import { sphereBoxContact, sphereStillBoxContact } from './sphere-box';

/** cannon-es's narrowphase test of a pair of shapes (its `justTest` pairs only say whether they touch). */
type Resolver<I extends CANNON.Shape = CANNON.Shape, J extends CANNON.Shape = CANNON.Shape> = (
  si: I,
  sj: J,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  qi: CANNON.Quaternion,
  qj: CANNON.Quaternion,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
  justTest: boolean,
) => boolean;

interface NarrowphaseInside {
  contactPointPool: CANNON.ContactEquation[];
  frictionEquationPool: CANNON.FrictionEquation[];
  result: CANNON.ContactEquation[];
  frictionResult: CANNON.FrictionEquation[];
  currentContactMaterial: CANNON.ContactMaterial;
  [type: number]: Resolver | undefined;
}

const { STATIC, KINEMATIC } = CANNON.Body;
const { SPHERE, BOX } = CANNON.Shape.types;
const SPHERE_BOX = SPHERE | BOX;
const qi = new CANNON.Quaternion();
const qj = new CANNON.Quaternion();
const xi = new CANNON.Vec3();
const xj = new CANNON.Vec3();
/** Where the sphere of the pair being tested sits in its still box's frame. */
const inBox = new CANNON.Vec3();
const inMovingBox = new CANNON.Vec3();

type SphereBox = Resolver<CANNON.Sphere, CANNON.Box>;
const cannonSphereBox = CANNON.Narrowphase.prototype.sphereBox as SphereBox;

/**
 * cannon-es's sphereBox, for boxes that move (platforms): a sphere outside the box grown by its radius cannot touch
 * it, and is passed over before the full test. Pairs only tested (no contact made) are left to cannon-es.
 */
const ownSphereBox = function (this: CANNON.Narrowphase, si, sj, xi, xj, qi, qj, bi, bj, rsi, rsj, justTest) {
  if (sphereMissesBox(xi, si.radius, sj, xj, qj, inMovingBox)) return false;
  if (justTest) return cannonSphereBox.call(this, si, sj, xi, xj, qi, qj, bi, bj, rsi, rsj, justTest);
  sphereBoxContact(this, si, sj, xi, xj, qj, inMovingBox, bi, bj, rsi, rsj);
  return false;
} as SphereBox;
const ownResolver = ownSphereBox as unknown as Resolver;

/** Gives a narrowphase the loop that places still shapes once and skips the boxes a sphere cannot reach. */
export function placeStillShapesOnce(narrowphase: CANNON.Narrowphase): void {
  (narrowphase as unknown as { sphereBox: SphereBox }).sphereBox = ownSphereBox;
  narrowphase.getContacts = function (
    this: CANNON.Narrowphase,
    p1,
    p2,
    world,
    result,
    oldcontacts,
    frictionResult,
    frictionPool,
  ) {
    const np = this as unknown as NarrowphaseInside;
    np.contactPointPool = oldcontacts;
    np.frictionEquationPool = frictionPool;
    np.result = result;
    np.frictionResult = frictionResult;
    const ownBoxes = (np as unknown as { sphereBox: SphereBox }).sphereBox === ownSphereBox;
    for (let k = 0, N = p1.length; k !== N; k++) {
      const bi = p1[k]!;
      const bj = p2[k]!;
      let bodyContactMaterial: CANNON.ContactMaterial | null = null;
      if (bi.material && bj.material) bodyContactMaterial = world.getContactMaterial(bi.material, bj.material) || null;
      const justTest =
        (bi.type & KINEMATIC && bj.type & STATIC) ||
        (bi.type & STATIC && bj.type & KINEMATIC) ||
        (bi.type & KINEMATIC && bj.type & KINEMATIC);
      const stillI = bi.type === STATIC ? stillShapes(bi) : null;
      const stillJ = bj.type === STATIC ? stillShapes(bj) : null;
      for (let i = 0; i < bi.shapes.length; i++) {
        if (stillI) {
          qi.copy(stillI.turn[i]!);
          xi.copy(stillI.at[i]!);
        } else {
          bi.quaternion.mult(bi.shapeOrientations[i]!, qi);
          bi.quaternion.vmult(bi.shapeOffsets[i]!, xi);
          xi.vadd(bi.position, xi);
        }
        const si = bi.shapes[i]!;
        // A sphere against a chunk of still boxes: only the boxes filed under it (the others it cannot reach).
        const index = stillJ && si.type === SPHERE ? stillShapeIndex(stillJ, bj) : null;
        const count = index ? index.near(xi.x, xi.z, (si as CANNON.Sphere).radius) : bj.shapes.length;
        for (let q = 0; q < count; q++) {
          const j = index ? index.found[q]! : q;
          const sj = bj.shapes[j]!;
          // A sphere near a still box: which side holds the box (none: no such pair).
          let stillBox = 0;
          if (stillJ) {
            // A sphere far from a still box: no contact, and nothing else to work out.
            if (si.type === SPHERE && sj.type === BOX) {
              const sphere = si as CANNON.Sphere;
              if (sphereMissesBox(xi, sphere.radius, sj as CANNON.Box, stillJ.at[j]!, stillJ.turn[j]!, inBox)) continue;
              stillBox = 2;
            }
            qj.copy(stillJ.turn[j]!);
            xj.copy(stillJ.at[j]!);
          } else {
            bj.quaternion.mult(bj.shapeOrientations[j]!, qj);
            bj.quaternion.vmult(bj.shapeOffsets[j]!, xj);
            xj.vadd(bj.position, xj);
            if (stillI && sj.type === SPHERE && si.type === BOX) {
              if (sphereMissesBox(xj, (sj as CANNON.Sphere).radius, si as CANNON.Box, xi, qi, inBox)) continue;
              stillBox = 1;
            }
          }
          if (!(si.collisionFilterMask & sj.collisionFilterGroup && sj.collisionFilterMask & si.collisionFilterGroup))
            continue;
          if (xi.distanceTo(xj) > si.boundingSphereRadius + sj.boundingSphereRadius) continue;
          let shapeContactMaterial: CANNON.ContactMaterial | null = null;
          if (si.material && sj.material)
            shapeContactMaterial = world.getContactMaterial(si.material, sj.material) || null;
          np.currentContactMaterial = shapeContactMaterial || bodyContactMaterial || world.defaultContactMaterial;
          // cannon-es's resolvers are getters under numeric keys, slow to look up: ours for spheres and boxes is known.
          const resolver = (si.type | sj.type) === SPHERE_BOX && ownBoxes ? ownResolver : np[si.type | sj.type];
          if (!resolver) continue;
          // A sphere and a still box, not merely tested: the box's sides are known, the far test is done.
          if (stillBox !== 0 && !justTest && resolver === ownResolver) {
            if (stillBox === 2) {
              const box = sj as CANNON.Box;
              const sides = stillBoxSides(stillJ!, j, box);
              sphereStillBoxContact(this, si as CANNON.Sphere, box, sides, xi, xj, inBox, bi, bj, si, sj);
            } else {
              const box = si as CANNON.Box;
              const sides = stillBoxSides(stillI!, i, box);
              sphereStillBoxContact(this, sj as CANNON.Sphere, box, sides, xj, xi, inBox, bj, bi, si, sj);
            }
            continue;
          }
          const hit =
            si.type < sj.type
              ? resolver.call(this, si, sj, xi, xj, qi, qj, bi, bj, si, sj, !!justTest)
              : resolver.call(this, sj, si, xj, xi, qj, qi, bj, bi, si, sj, !!justTest);
          if (hit && justTest) {
            world.shapeOverlapKeeper.set(si.id, sj.id);
            world.bodyOverlapKeeper.set(bi.id, bj.id);
          }
        }
      }
    }
  };
}
