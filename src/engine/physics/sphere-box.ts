// cannon-es's Narrowphase.sphereBox in plain numbers: the same operations in the same order (so the same bits),
// without its Vec3 calls whose returned numbers V8 boxes on every tick. What the face test works out from the box
// alone (its turned sides, their unit vectors and lengths) is kept in a BoxSides: once per still box, so a friend
// resting on a floor costs six dot products a tick. A sphere resting on a floor or leaning on a wall meets a face;
// one at a box's corner or edge meets that, and the edges out of its reach are passed over before any square root.
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

// Where each number sits in a BoxSides (x, y, z of each vector one after the other). First, from 0, the six sides
// as Box.getSideNormals turns them: +x, +y, +z, -x, -y, -z.
/** Each side made unit length, as Vec3.normalize does it. */
const UNITS = 18;
/** Each side's length. */
const LENGTHS = 36;
const SIZE = 42;
/** Per edge: its two sides' axes and signs and its own axis (0, 1, 2 for x, y, z; sign +1 or -1), for the far test. */
const EDGE_AXIS_J = new Int8Array(24);
const EDGE_SIGN_J = new Float64Array(24);
const EDGE_AXIS_K = new Int8Array(24);
const EDGE_SIGN_K = new Float64Array(24);
const EDGE_AXIS_L = new Int8Array(24);
/** Per edge: the pair of sides it is made of, j then k, as cannon-es loops over them. */
const EDGE_J = new Int8Array(24);
const EDGE_K = new Int8Array(24);
{
  let e = 0;
  for (let j = 0; j !== 6; j++)
    for (let k = 0; k !== 6; k++) {
      if (j % 3 === k % 3) continue;
      let l = 0;
      while (l === j % 3 || l === k % 3) l++;
      EDGE_J[e] = j;
      EDGE_K[e] = k;
      EDGE_AXIS_J[e] = j % 3;
      EDGE_SIGN_J[e] = j < 3 ? 1 : -1;
      EDGE_AXIS_K[e] = k % 3;
      EDGE_SIGN_K[e] = k < 3 ? 1 : -1;
      EDGE_AXIS_L[e] = l;
      e++;
    }
}
/** Metres of slack in the far test of an edge: rounding is a billion times smaller, a contact never this close. */
const EDGE_SLACK = 1e-6;

/** The numbers cannon-es's sphere–box test works out from a box's half extents and turn alone. */
export type BoxSides = Float64Array;

/** A box's sides, their unit vectors and lengths, worked out for its half extents and turn. */
export function boxSides(half: CANNON.Vec3, q: CANNON.Quaternion, out?: BoxSides): BoxSides {
  const s = out ?? new Float64Array(SIZE);
  turnSide(s, q, 0, half.x, 0, 0);
  turnSide(s, q, 3, 0, half.y, 0);
  turnSide(s, q, 6, 0, 0, half.z);
  turnSide(s, q, 9, -half.x, 0, 0);
  turnSide(s, q, 12, 0, -half.y, 0);
  turnSide(s, q, 15, 0, 0, -half.z);
  for (let i = 0; i !== 6; i++) s[LENGTHS + i] = unit(s, UNITS + i * 3, s[i * 3]!, s[i * 3 + 1]!, s[i * 3 + 2]!);
  return s;
}

/** (x, y, z) made unit length into s[at..at+2], as Vec3.normalize does it (zero stays zero); returns its length. */
function unit(s: Float64Array, at: number, x: number, y: number, z: number): number {
  const n = Math.sqrt(x * x + y * y + z * z);
  if (n > 0.0) {
    const inv = 1 / n;
    s[at] = x * inv;
    s[at + 1] = y * inv;
    s[at + 2] = z * inv;
  } else s[at] = s[at + 1] = s[at + 2] = 0;
  return n;
}

/** One step to a box's corner: the side added (`plus`) or taken away, as cannon-es's corner loop does it. */
function corner(c: number, side: number, plus: number): number {
  return plus ? side + c : c - side;
}

/** (x, y, z) turned by q into s[i..i+2], as Quaternion.vmult does it. */
function turnSide(s: Float64Array, q: CANNON.Quaternion, i: number, x: number, y: number, z: number): void {
  const qx = q.x;
  const qy = q.y;
  const qz = q.z;
  const qw = q.w;
  const ix = qw * x + qy * z - qz * y;
  const iy = qw * y + qz * x - qx * z;
  const iz = qw * z + qx * y - qy * x;
  const iw = -qx * x - qy * y - qz * z;
  s[i] = ix * qw + iw * -qx + iy * -qz - iz * -qy;
  s[i + 1] = iy * qw + iw * -qy + iz * -qx - ix * -qz;
  s[i + 2] = iz * qw + iw * -qz + ix * -qy - iy * -qx;
}

/** The sides of a box that moves, worked out again for each test. */
const scratch = boxSides({ x: 1, y: 1, z: 1 } as CANNON.Vec3, { x: 0, y: 0, z: 0, w: 1 } as CANNON.Quaternion);

/**
 * cannon-es's sphereBox for a sphere (si at xi, of body bi) and a box (sj at xj turned by qj, of body bj) that are
 * not merely tested: adds the contact cannon-es would add, if any. `local` is the sphere's centre in the box's own
 * frame (sphereMissesBox works it out); a sphere outside the box grown by its radius is the caller's to skip.
 */
export function sphereBoxContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  sj: CANNON.Box,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  qj: CANNON.Quaternion,
  local: CANNON.Vec3,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
): void {
  boxSides(sj.halfExtents, qj, scratch);
  if (sphereFaceContact(np, si, scratch, xi, xj, bi, bj, sj, rsi, rsj)) return;
  if (!nearCornerOrEdge(si.radius, sj.halfExtents, local)) return;
  sphereCornerOrEdgeContact(np, si, sj, scratch, xi, xj, local, bi, bj, rsi, rsj);
}

/** The same for a box that never moves, whose sides were worked out once (`sides`, from boxSides). */
export function sphereStillBoxContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  sj: CANNON.Box,
  sides: BoxSides,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  local: CANNON.Vec3,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
): void {
  if (sphereFaceContact(np, si, sides, xi, xj, bi, bj, sj, rsi, rsj)) return;
  if (!nearCornerOrEdge(si.radius, sj.halfExtents, local)) return;
  sphereCornerOrEdgeContact(np, si, sj, sides, xi, xj, local, bi, bj, rsi, rsj);
}

/** Whether a sphere whose centre is `local` in a box's frame is within its radius of the box (a millionth of slack). */
function nearCornerOrEdge(r: number, h: CANNON.Vec3, local: CANNON.Vec3): boolean {
  const gx = Math.max(Math.abs(local.x) - h.x, 0);
  const gy = Math.max(Math.abs(local.y) - h.y, 0);
  const gz = Math.max(Math.abs(local.z) - h.z, 0);
  const reach = r * (1 + 1e-6);
  return gx * gx + gy * gy + gz * gz <= reach * reach;
}

/**
 * Adds the contact of a sphere on one of a box's faces exactly as cannon-es's sphereBox does and says true; says
 * false, having changed nothing, when no face is met (then the corners and edges are still to be tested).
 */
function sphereFaceContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  s: BoxSides,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  bi: CANNON.Body,
  bj: CANNON.Body,
  sj: CANNON.Box,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
): boolean {
  const bx = xi.x - xj.x;
  const by = xi.y - xj.y;
  const bz = xi.z - xj.z;
  const R = si.radius;
  let found = -1;
  let sideDistance = 0;
  let sideDot1 = 0;
  let sideDot2 = 0;
  for (let idx = 0; idx !== 6; idx++) {
    const h = s[LENGTHS + idx]!;
    const n = UNITS + idx * 3;
    const dot = bx * s[n]! + by * s[n + 1]! + bz * s[n + 2]!;
    if (!(dot < h + R && dot > 0)) continue;
    const i1 = (idx + 1) % 3;
    const i2 = (idx + 2) % 3;
    const h1 = s[LENGTHS + i1]!;
    const h2 = s[LENGTHS + i2]!;
    const n1 = UNITS + i1 * 3;
    const n2 = UNITS + i2 * 3;
    const dot1 = bx * s[n1]! + by * s[n1 + 1]! + bz * s[n1 + 2]!;
    const dot2 = bx * s[n2]! + by * s[n2 + 1]! + bz * s[n2 + 2]!;
    if (!(dot1 < h1 && dot1 > -h1 && dot2 < h2 && dot2 > -h2)) continue;
    const dist = Math.abs(dot - h - R);
    if (found < 0 || dist < sideDistance) {
      found = idx;
      sideDistance = dist;
      sideDot1 = dot1;
      sideDot2 = dot2;
    }
  }
  if (found < 0) return false;
  const inside = np as unknown as NarrowphaseInside;
  const r = inside.createContactEquation(bi, bj, si, sj, rsi, rsj);
  const ri = r.ri;
  const rj = r.rj;
  const ni = r.ni;
  const sideH = s[LENGTHS + found]!;
  const n = UNITS + found * 3;
  const n1 = UNITS + ((found + 1) % 3) * 3;
  const n2 = UNITS + ((found + 2) % 3) * 3;
  const nx = s[n]!;
  const ny = s[n + 1]!;
  const nz = s[n + 2]!;
  ri.x = -R * nx;
  ri.y = -R * ny;
  ri.z = -R * nz;
  ni.x = -nx;
  ni.y = -ny;
  ni.z = -nz;
  const ax = sideDot1 * s[n1]! + sideH * nx;
  const ay = sideDot1 * s[n1 + 1]! + sideH * ny;
  const az = sideDot1 * s[n1 + 2]! + sideH * nz;
  rj.x = sideDot2 * s[n2]! + ax;
  rj.y = sideDot2 * s[n2 + 1]! + ay;
  rj.z = sideDot2 * s[n2 + 2]! + az;
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

/** Scratch for a corner's or an edge's contact normal. */
const u = new Float64Array(3);

/**
 * The rest of cannon-es's sphereBox after no face was met: the first corner inside the sphere, else the first edge
 * it touches, in cannon-es's order and operations. An edge farther than the radius in the box's frame (`local`) is
 * passed over before cannon-es's arithmetic, which would find it out of reach too.
 */
function sphereCornerOrEdgeContact(
  np: CANNON.Narrowphase,
  si: CANNON.Sphere,
  sj: CANNON.Box,
  s: BoxSides,
  xi: CANNON.Vec3,
  xj: CANNON.Vec3,
  local: CANNON.Vec3,
  bi: CANNON.Body,
  bj: CANNON.Body,
  rsi: CANNON.Shape,
  rsj: CANNON.Shape,
): void {
  const inside = np as unknown as NarrowphaseInside;
  const R = si.radius;
  for (let c = 0; c !== 8; c++) {
    // A corner: plus or minus each side, added in cannon-es's order (0 - s, not -s, keeps the sign of zero).
    const j = c >> 2;
    const k = (c >> 1) & 1;
    const l = c & 1;
    const cx = corner(corner(corner(0, s[0]!, j), s[3]!, k), s[6]!, l);
    const cy = corner(corner(corner(0, s[1]!, j), s[4]!, k), s[7]!, l);
    const cz = corner(corner(corner(0, s[2]!, j), s[5]!, k), s[8]!, l);
    const tx = cx + xj.x - xi.x;
    const ty = cy + xj.y - xi.y;
    const tz = cz + xj.z - xi.z;
    if (tx * tx + ty * ty + tz * tz < R * R) {
      const r = inside.createContactEquation(bi, bj, si, sj, rsi, rsj);
      unit(u, 0, tx, ty, tz);
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
  const half = sj.halfExtents;
  const hx = half.x;
  const hy = half.y;
  const hz = half.z;
  const lx = local.x;
  const ly = local.y;
  const lz = local.z;
  const near = R + EDGE_SLACK;
  for (let e = 0; e !== 24; e++) {
    // Far from this edge in the box's frame (across it, or past its end): cannon-es's test fails too.
    const aj = EDGE_AXIS_J[e]!;
    const ak = EDGE_AXIS_K[e]!;
    const al = EDGE_AXIS_L[e]!;
    const dj = (aj === 0 ? lx : aj === 1 ? ly : lz) - EDGE_SIGN_J[e]! * (aj === 0 ? hx : aj === 1 ? hy : hz);
    const dk = (ak === 0 ? lx : ak === 1 ? ly : lz) - EDGE_SIGN_K[e]! * (ak === 0 ? hx : ak === 1 ? hy : hz);
    if (dj * dj + dk * dk >= near * near) continue;
    const along = al === 0 ? lx : al === 1 ? ly : lz;
    const end = (al === 0 ? hx : al === 1 ? hy : hz) + EDGE_SLACK;
    if (along >= end || along <= -end) continue;
    const a = EDGE_K[e]! * 3;
    const b = EDGE_J[e]! * 3;
    // The edge's tangent, sides[k] × sides[j] made unit length, and its middle, sides[k] + sides[j].
    unit(
      u,
      0,
      s[a + 1]! * s[b + 2]! - s[a + 2]! * s[b + 1]!,
      s[a + 2]! * s[b]! - s[a]! * s[b + 2]!,
      s[a]! * s[b + 1]! - s[a + 1]! * s[b]!,
    );
    const ex = u[0]!;
    const ey = u[1]!;
    const ez = u[2]!;
    const mx = s[a]! + s[b]!;
    const my = s[a + 1]! + s[b + 1]!;
    const mz = s[a + 2]! + s[b + 2]!;
    const rx = xi.x - mx - xj.x;
    const ry = xi.y - my - xj.y;
    const rz = xi.z - mz - xj.z;
    const orthonorm = rx * ex + ry * ey + rz * ez;
    const ox = orthonorm * ex;
    const oy = orthonorm * ey;
    const oz = orthonorm * ez;
    const dx = xi.x - ox - mx - xj.x;
    const dy = xi.y - oy - my - xj.y;
    const dz = xi.z - oz - mz - xj.z;
    const tdist = Math.abs(orthonorm);
    const c = al * 3;
    if (!(tdist < Math.sqrt(s[c]! * s[c]! + s[c + 1]! * s[c + 1]! + s[c + 2]! * s[c + 2]!))) continue;
    const ndist = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (!(ndist < R)) continue;
    const res = inside.createContactEquation(bi, bj, si, sj, rsi, rsj);
    const jx = ox + mx;
    const jy = oy + my;
    const jz = oz + mz;
    unit(u, 0, -dx, -dy, -dz);
    res.ni.x = u[0]!;
    res.ni.y = u[1]!;
    res.ni.z = u[2]!;
    unit(u, 0, xj.x + jx - xi.x, xj.y + jy - xi.y, xj.z + jz - xi.z);
    res.ri.x = xi.x + R * u[0]! - bi.position.x;
    res.ri.y = xi.y + R * u[1]! - bi.position.y;
    res.ri.z = xi.z + R * u[2]! - bi.position.z;
    res.rj.x = xj.x + jx - bj.position.x;
    res.rj.y = xj.y + jy - bj.position.y;
    res.rj.z = xj.z + jz - bj.position.z;
    inside.result.push(res);
    inside.createFrictionEquationsFromContact(res, inside.frictionResult);
    return;
  }
}
