// cannon-es's Narrowphase.sphereBox, its face part, in plain numbers: the same operations in the same order (so the
// same bits), without its Vec3 calls whose returned numbers V8 boxes on every tick. A sphere resting on a floor or
// leaning on a wall meets a face; corners and edges are left to cannon-es (see sphereFaceContact's caller).
import type * as CANNON from 'cannon-es';

interface NarrowphaseInside {
  result: CANNON.ContactEquation[];
  frictionResult: CANNON.FrictionEquation[];
  createContactEquation(
    bi: CANNON.Body,
    bj: CANNON.Body,
    si: CANNON.Shape,
    sj: CANNON.Shape,
    rsi: CANNON.Shape,
    rsj: CANNON.Shape,
  ): CANNON.ContactEquation;
  createFrictionEquationsFromContact(c: CANNON.ContactEquation, out: CANNON.FrictionEquation[]): boolean;
}

/** The box's six side vectors (x, y, z of each), as Box.getSideNormals turns them. */
const sides = new Float64Array(18);

function turnSide(q: CANNON.Quaternion, i: number, x: number, y: number, z: number): void {
  const qx = q.x;
  const qy = q.y;
  const qz = q.z;
  const qw = q.w;
  const ix = qw * x + qy * z - qz * y;
  const iy = qw * y + qz * x - qx * z;
  const iz = qw * z + qx * y - qy * x;
  const iw = -qx * x - qy * y - qz * z;
  sides[i] = ix * qw + iw * -qx + iy * -qz - iz * -qy;
  sides[i + 1] = iy * qw + iw * -qy + iz * -qx - ix * -qz;
  sides[i + 2] = iz * qw + iw * -qz + ix * -qy - iy * -qx;
}

/**
 * Adds the contact of a sphere on one of a box's faces exactly as cannon-es's sphereBox does and says true; says
 * false, having changed nothing, when no face is met (then cannon-es's corners and edges are still to be tested).
 * Not for `justTest` pairs.
 */
export function sphereFaceContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  sj: CANNON.Box,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  qj: CANNON.Quaternion,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
): boolean {
  const bx = xi.x - xj.x;
  const by = xi.y - xj.y;
  const bz = xi.z - xj.z;
  const ex = sj.halfExtents;
  turnSide(qj, 0, ex.x, 0, 0);
  turnSide(qj, 3, 0, ex.y, 0);
  turnSide(qj, 6, 0, 0, ex.z);
  turnSide(qj, 9, -ex.x, 0, 0);
  turnSide(qj, 12, 0, -ex.y, 0);
  turnSide(qj, 15, 0, 0, -ex.z);
  const R = si.radius;
  let found = false;
  let sideDistance = 0;
  let sideH = 0;
  let sideDot1 = 0;
  let sideDot2 = 0;
  let nx = 0;
  let ny = 0;
  let nz = 0;
  let n1x = 0;
  let n1y = 0;
  let n1z = 0;
  let n2x = 0;
  let n2y = 0;
  let n2z = 0;
  for (let idx = 0; idx !== 6; idx++) {
    let sx = sides[idx * 3]!;
    let sy = sides[idx * 3 + 1]!;
    let sz = sides[idx * 3 + 2]!;
    const h = Math.sqrt(sx * sx + sy * sy + sz * sz);
    if (h > 0.0) {
      const inv = 1 / h;
      sx *= inv;
      sy *= inv;
      sz *= inv;
    } else {
      sx = 0;
      sy = 0;
      sz = 0;
    }
    const dot = bx * sx + by * sy + bz * sz;
    if (!(dot < h + R && dot > 0)) continue;
    const i1 = ((idx + 1) % 3) * 3;
    const i2 = ((idx + 2) % 3) * 3;
    let s1x = sides[i1]!;
    let s1y = sides[i1 + 1]!;
    let s1z = sides[i1 + 2]!;
    let s2x = sides[i2]!;
    let s2y = sides[i2 + 1]!;
    let s2z = sides[i2 + 2]!;
    const h1 = Math.sqrt(s1x * s1x + s1y * s1y + s1z * s1z);
    const h2 = Math.sqrt(s2x * s2x + s2y * s2y + s2z * s2z);
    if (h1 > 0.0) {
      const inv = 1 / h1;
      s1x *= inv;
      s1y *= inv;
      s1z *= inv;
    } else {
      s1x = 0;
      s1y = 0;
      s1z = 0;
    }
    if (h2 > 0.0) {
      const inv = 1 / h2;
      s2x *= inv;
      s2y *= inv;
      s2z *= inv;
    } else {
      s2x = 0;
      s2y = 0;
      s2z = 0;
    }
    const dot1 = bx * s1x + by * s1y + bz * s1z;
    const dot2 = bx * s2x + by * s2y + bz * s2z;
    if (!(dot1 < h1 && dot1 > -h1 && dot2 < h2 && dot2 > -h2)) continue;
    const dist = Math.abs(dot - h - R);
    if (!found || dist < sideDistance) {
      found = true;
      sideDistance = dist;
      sideDot1 = dot1;
      sideDot2 = dot2;
      sideH = h;
      nx = sx;
      ny = sy;
      nz = sz;
      n1x = s1x;
      n1y = s1y;
      n1z = s1z;
      n2x = s2x;
      n2y = s2y;
      n2z = s2z;
    }
  }
  if (!found) return false;
  const inside = np as unknown as NarrowphaseInside;
  const r = inside.createContactEquation(bi, bj, si, sj, rsi, rsj);
  const ri = r.ri;
  const rj = r.rj;
  const ni = r.ni;
  ri.x = -R * nx;
  ri.y = -R * ny;
  ri.z = -R * nz;
  ni.x = -nx;
  ni.y = -ny;
  ni.z = -nz;
  const hx = sideH * nx;
  const hy = sideH * ny;
  const hz = sideH * nz;
  const ax = sideDot1 * n1x + hx;
  const ay = sideDot1 * n1y + hy;
  const az = sideDot1 * n1z + hz;
  rj.x = sideDot2 * n2x + ax;
  rj.y = sideDot2 * n2y + ay;
  rj.z = sideDot2 * n2z + az;
  ri.x = xi.x + ri.x - bi.position.x;
  ri.y = xi.y + ri.y - bi.position.y;
  ri.z = xi.z + ri.z - bi.position.z;
  rj.x = xj.x + rj.x - bj.position.x;
  rj.y = xj.y + rj.y - bj.position.y;
  rj.z = xj.z + rj.z - bj.position.z;
  inside.result.push(r);
  inside.createFrictionEquationsFromContact(r, inside.frictionResult);
  return true;
}
