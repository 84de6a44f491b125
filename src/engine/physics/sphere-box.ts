// cannon-es's Narrowphase.sphereBox in plain numbers: the same operations in the same order (so the same bits),
// without its Vec3 calls whose returned numbers V8 boxes on every tick. A sphere resting on a floor or leaning on a
// wall meets a face (sphereFaceContact); one at a box's corner or edge meets that (sphereCornerOrEdgeContact).
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
/** The last vector `unit` made. */
const u = new Float64Array(3);

/** (x, y, z) made unit length into `u`, as Vec3.normalize does it (a zero vector stays zero); returns its length. */
function unit(x: number, y: number, z: number): number {
  const n = Math.sqrt(x * x + y * y + z * z);
  if (n > 0.0) {
    const inv = 1 / n;
    u[0] = x * inv;
    u[1] = y * inv;
    u[2] = z * inv;
  } else u[0] = u[1] = u[2] = 0;
  return n;
}

/** One step to a box's corner: the side added (`plus`) or taken away, as cannon-es's corner loop does it. */
function corner(c: number, side: number, plus: number): number {
  return plus ? side + c : c - side;
}

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
    const h = unit(sides[idx * 3]!, sides[idx * 3 + 1]!, sides[idx * 3 + 2]!);
    const sx = u[0]!;
    const sy = u[1]!;
    const sz = u[2]!;
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
  faceContact(
    np,
    si,
    sj,
    xi,
    xj,
    bi,
    bj,
    rsi,
    rsj,
    R,
    sideH,
    sideDot1,
    sideDot2,
    nx,
    ny,
    nz,
    n1x,
    n1y,
    n1z,
    n2x,
    n2y,
    n2z,
  );
  return true;
}

function faceContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  sj: CANNON.Box,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
  R: number,
  sideH: number,
  sideDot1: number,
  sideDot2: number,
  nx: number,
  ny: number,
  nz: number,
  n1x: number,
  n1y: number,
  n1z: number,
  n2x: number,
  n2y: number,
  n2z: number,
): void {
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
}

/**
 * The rest of cannon-es's sphereBox after no face was met (the sides worked out by sphereFaceContact just before):
 * the first corner inside the sphere, else the first edge it touches, in cannon-es's order and operations.
 */
export function sphereCornerOrEdgeContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  sj: CANNON.Box,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
): void {
  const inside = np as unknown as NarrowphaseInside;
  const R = si.radius;
  for (let j = 0; j !== 2; j++) {
    for (let k = 0; k !== 2; k++) {
      for (let l = 0; l !== 2; l++) {
        // A corner: plus or minus each side, added in cannon-es's order (0 - s, not -s, keeps the sign of zero).
        const cx = corner(corner(corner(0, sides[0]!, j), sides[3]!, k), sides[6]!, l);
        const cy = corner(corner(corner(0, sides[1]!, j), sides[4]!, k), sides[7]!, l);
        const cz = corner(corner(corner(0, sides[2]!, j), sides[5]!, k), sides[8]!, l);
        const tx = cx + xj.x - xi.x;
        const ty = cy + xj.y - xi.y;
        const tz = cz + xj.z - xi.z;
        if (tx * tx + ty * ty + tz * tz < R * R) {
          const r = inside.createContactEquation(bi, bj, si, sj, rsi, rsj);
          unit(tx, ty, tz);
          const ux = u[0]!;
          const uy = u[1]!;
          const uz = u[2]!;
          r.ni.x = ux;
          r.ni.y = uy;
          r.ni.z = uz;
          r.ri.x = xi.x + R * ux - bi.position.x;
          r.ri.y = xi.y + R * uy - bi.position.y;
          r.ri.z = xi.z + R * uz - bi.position.z;
          r.rj.x = xj.x + cx - bj.position.x;
          r.rj.y = xj.y + cy - bj.position.y;
          r.rj.z = xj.z + cz - bj.position.z;
          inside.result.push(r);
          inside.createFrictionEquationsFromContact(r, inside.frictionResult);
          return;
        }
      }
    }
  }
  for (let j = 0; j !== 6; j++) {
    for (let k = 0; k !== 6; k++) {
      if (j % 3 === k % 3) continue;
      const a = k * 3;
      const b = j * 3;
      // edgeTangent = sides[k] × sides[j], normalised
      unit(
        sides[a + 1]! * sides[b + 2]! - sides[a + 2]! * sides[b + 1]!,
        sides[a + 2]! * sides[b]! - sides[a]! * sides[b + 2]!,
        sides[a]! * sides[b + 1]! - sides[a + 1]! * sides[b]!,
      );
      const ex = u[0]!;
      const ey = u[1]!;
      const ez = u[2]!;
      const mx = sides[a]! + sides[b]!;
      const my = sides[a + 1]! + sides[b + 1]!;
      const mz = sides[a + 2]! + sides[b + 2]!;
      const rx = xi.x - mx - xj.x;
      const ry = xi.y - my - xj.y;
      const rz = xi.z - mz - xj.z;
      const orthonorm = rx * ex + ry * ey + rz * ez;
      const ox = orthonorm * ex;
      const oy = orthonorm * ey;
      const oz = orthonorm * ez;
      let l = 0;
      while (l === j % 3 || l === k % 3) l++;
      const dx = xi.x - ox - mx - xj.x;
      const dy = xi.y - oy - my - xj.y;
      const dz = xi.z - oz - mz - xj.z;
      const tdist = Math.abs(orthonorm);
      const ndist = Math.sqrt(dx * dx + dy * dy + dz * dz);
      const c = l * 3;
      const sl = Math.sqrt(sides[c]! * sides[c]! + sides[c + 1]! * sides[c + 1]! + sides[c + 2]! * sides[c + 2]!);
      if (!(tdist < sl && ndist < R)) continue;
      const res = inside.createContactEquation(bi, bj, si, sj, rsi, rsj);
      const jx = ox + mx;
      const jy = oy + my;
      const jz = oz + mz;
      unit(-dx, -dy, -dz);
      const nx = u[0]!;
      const ny = u[1]!;
      const nz = u[2]!;
      res.ni.x = nx;
      res.ni.y = ny;
      res.ni.z = nz;
      unit(xj.x + jx - xi.x, xj.y + jy - xi.y, xj.z + jz - xi.z);
      const ix = u[0]!;
      const iy = u[1]!;
      const iz = u[2]!;
      res.ri.x = xi.x + R * ix - bi.position.x;
      res.ri.y = xi.y + R * iy - bi.position.y;
      res.ri.z = xi.z + R * iz - bi.position.z;
      res.rj.x = xj.x + jx - bj.position.x;
      res.rj.y = xj.y + jy - bj.position.y;
      res.rj.z = xj.z + jz - bj.position.z;
      inside.result.push(res);
      inside.createFrictionEquationsFromContact(res, inside.frictionResult);
      return;
    }
  }
}
