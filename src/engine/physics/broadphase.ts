// A broadphase for a world of many still bodies and a few moving ones: the labyrinth's chunks, doors and bridges
// never move, so they are filed once in a grid over x and z, and only the awake friends look up what is near them.
// cannon-es's NaiveBroadphase tests every pair of bodies each tick: 2,000 bodies are 2 million pairs. A resting
// friend looks nothing up (only what moves can touch it), and a tick allocates nothing. The pairs come out in the
// order NaiveBroadphase gives them, so a run plays exactly as it did with it.
import * as CANNON from 'cannon-es';
import { kinematicThatMove } from './moving-kinematic';

/** Metres a grid square of the still bodies' index spans. */
const SQUARE = 8;
const NOTHING: readonly CANNON.Body[] = [];
const { DYNAMIC, KINEMATIC, STATIC, SLEEPING } = {
  DYNAMIC: CANNON.Body.DYNAMIC,
  KINEMATIC: CANNON.Body.KINEMATIC,
  STATIC: CANNON.Body.STATIC,
  SLEEPING: CANNON.Body.SLEEPING,
};
/** A pair's place in NaiveBroadphase's order: the later body's index, then the earlier one's. */
const PAIR_SPAN = 2 ** 21;
/** Metres a moving body's filed reach is grown by, well over the slack of `mayOverlap` and `mayReach`. */
const FILING_SLACK = 1e-5;

export class StillGridBroadphase extends CANNON.Broadphase {
  private readonly squares = new Map<number, CANNON.Body[]>();
  private readonly moving: CANNON.Body[] = [];
  /** The friends (dynamic bodies), in the world's order. */
  private readonly dynamic: CANNON.Body[] = [];
  /**
   * Platforms (kinematic bodies) filed by the squares the cube of their bounding radius touches, filed again when
   * they move into other squares: a friend looks up the few near it, not every platform of the level.
   */
  private readonly kinematic: CANNON.Body[] = [];
  private readonly kinematicSquares = new Map<number, CANNON.Body[]>();
  /** Per platform: the square range it is filed in (first x, last x, first z, last z) and where it stood then. */
  private filedSquares = new Int32Array(0);
  private filedAt = new Float64Array(0);
  /** The world's step at which the platforms were last filed (they move only when the world steps). */
  private filedStep = -1;
  /** Per body (by index), the platform query that last took it. */
  private readonly kinematicSeenAt: number[] = [];
  /** Per body (by index), its place among the platforms. */
  private readonly kinematicSlot: number[] = [];
  private kinematicQuery = 0;
  /** The last platform query's platforms, the first `nearKinematicCount` of them. */
  private readonly nearKinematic: CANNON.Body[] = [];
  private nearKinematicCount = 0;
  private indexed = -1;
  /** Per body (by index), the query that last took it: each body is taken once per query. */
  private readonly seenAt: number[] = [];
  private query = 0;
  /** This tick's pairs, the first `pairCount` of them (kept, never emptied, so a tick allocates nothing). */
  private readonly pairs: number[] = [];
  private pairCount = 0;
  /** The last query's still bodies, the first `candidateCount` of them. */
  private readonly candidates: CANNON.Body[] = [];
  private candidateCount = 0;

  override collisionPairs(world: CANNON.World, p1: CANNON.Body[], p2: CANNON.Body[]): void {
    this.index(world);
    this.fileKinematic(world);
    const pairs = this.pairs;
    this.pairCount = 0;
    const dynamic = this.dynamic;
    const near = this.nearKinematic;
    for (let m = 0; m < dynamic.length; m++) {
      const a = dynamic[m]!;
      const ia = a.index;
      const p = a.position;
      const r = a.boundingRadius;
      this.kinematicNear(p.x - r, p.x + r, p.z - r, p.z + r);
      if (a.sleepState === SLEEPING) {
        // Resting: only something awake and moving can touch it, and awake friends find it themselves.
        for (let k = 0; k < this.nearKinematicCount; k++) {
          const b = near[k]!;
          if (mayOverlap(a, b)) this.addPair(ia, b.index);
        }
        continue;
      }
      if (a.aabbNeedsUpdate) a.updateAABB();
      this.nearStill(a.aabb);
      const candidates = this.candidates;
      const box = a.aabb;
      // Still bodies whose bounds miss the friend's are left out now rather than after sorting (the same test).
      for (let k = 0; k < this.candidateCount; k++) {
        const b = candidates[k]!;
        if (b.aabb.overlaps(box)) this.addPair(ia, b.index);
      }
      for (let k = 0; k < dynamic.length; k++) {
        const b = dynamic[k]!;
        if (b === a || !mayOverlap(a, b)) continue;
        // Two awake friends find each other: the pair is kept from the later one's side.
        if (b.sleepState !== SLEEPING && b.index > ia) continue;
        this.addPair(ia, b.index);
      }
      for (let k = 0; k < this.nearKinematicCount; k++) {
        const b = near[k]!;
        if (mayOverlap(a, b)) this.addPair(ia, b.index);
      }
    }
    // NaiveBroadphase's order (an insertion sort: a tick has few pairs).
    const count = this.pairCount;
    for (let i = 1; i < count; i++) {
      const key = pairs[i]!;
      let j = i;
      while (j > 0 && pairs[j - 1]! > key) {
        pairs[j] = pairs[j - 1]!;
        j--;
      }
      pairs[j] = key;
    }
    const bodies = world.bodies;
    for (let i = 0; i < count; i++) {
      const key = pairs[i]!;
      const bi = bodies[Math.floor(key / PAIR_SPAN)]!;
      const bj = bodies[key % PAIR_SPAN]!;
      if (this.needBroadphaseCollision(bi, bj)) this.intersectionTest(bi, bj, p1, p2);
    }
  }

  /** Every body whose bounds overlap `aabb`, in the world's order (raycasts ask this). */
  override aabbQuery(world: CANNON.World, aabb: CANNON.AABB, result: CANNON.Body[] = []): CANNON.Body[] {
    this.index(world);
    const from = result.length;
    if (this.squaresTouched(aabb) > this.squares.size) {
      // A query wider than the index: everything is near.
      for (const b of world.bodies) take(b, aabb, result, from);
      return result;
    }
    this.nearStill(aabb);
    for (let k = 0; k < this.candidateCount; k++) take(this.candidates[k]!, aabb, result, from);
    for (const b of this.moving) if (mayReach(b, aabb)) take(b, aabb, result, from);
    return result;
  }

  /** The moving bodies whose bounds overlap `aabb`, added to `result` in the world's order. */
  movingNear(world: CANNON.World, aabb: CANNON.AABB, result: CANNON.Body[]): void {
    this.index(world);
    this.fileKinematic(world);
    const from = result.length;
    const dynamic = this.dynamic;
    for (let i = 0; i < dynamic.length; i++) {
      const b = dynamic[i]!;
      if (mayReach(b, aabb)) take(b, aabb, result, from);
    }
    const lo = aabb.lowerBound;
    const hi = aabb.upperBound;
    this.kinematicNear(lo.x, hi.x, lo.z, hi.z);
    const near = this.nearKinematic;
    for (let i = 0; i < this.nearKinematicCount; i++) {
      const b = near[i]!;
      if (mayReach(b, aabb)) take(b, aabb, result, from);
    }
  }

  /** The platforms filed in the squares over x0–x1, z0–z1 (grown by the filing slack), each once. */
  private kinematicNear(x0: number, x1: number, z0: number, z1: number): void {
    let n = 0;
    if (this.kinematic.length > 0) {
      const out = this.nearKinematic;
      const seen = this.kinematicSeenAt;
      const query = ++this.kinematicQuery;
      const c0 = Math.floor((x0 - FILING_SLACK) / SQUARE);
      const c1 = Math.floor((x1 + FILING_SLACK) / SQUARE);
      const r0 = Math.floor((z0 - FILING_SLACK) / SQUARE);
      const r1 = Math.floor((z1 + FILING_SLACK) / SQUARE);
      for (let x = c0; x <= c1; x++)
        for (let z = r0; z <= r1; z++) {
          const filed = this.kinematicSquares.get(key(x, z)) ?? NOTHING;
          for (let i = 0; i < filed.length; i++) {
            const b = filed[i]!;
            if (seen[b.index] === query) continue;
            seen[b.index] = query;
            out[n++] = b;
          }
        }
    }
    this.nearKinematicCount = n;
  }

  /** Files each platform again where it moved to since the world last stepped. */
  private fileKinematic(world: CANNON.World): void {
    if (this.filedStep === world.stepnumber) return;
    // Every platform is filed once; from then on only those that move (parked ones stand where they were filed).
    const kinematic = (this.filedStep >= 0 && kinematicThatMove(world)) || this.kinematic;
    this.filedStep = world.stepnumber;
    const at = this.filedAt;
    const squares = this.filedSquares;
    for (let m = 0; m < kinematic.length; m++) {
      const b = kinematic[m]!;
      const k = this.kinematicSlot[b.index]!;
      const p = b.position;
      const r = b.boundingRadius;
      if (p.x === at[k * 3] && p.z === at[k * 3 + 1] && r === at[k * 3 + 2]) continue;
      at[k * 3] = p.x;
      at[k * 3 + 1] = p.z;
      at[k * 3 + 2] = r;
      const c0 = Math.floor((p.x - r - FILING_SLACK) / SQUARE);
      const c1 = Math.floor((p.x + r + FILING_SLACK) / SQUARE);
      const r0 = Math.floor((p.z - r - FILING_SLACK) / SQUARE);
      const r1 = Math.floor((p.z + r + FILING_SLACK) / SQUARE);
      const s = k * 4;
      if (c0 === squares[s] && c1 === squares[s + 1] && r0 === squares[s + 2] && r1 === squares[s + 3]) continue;
      if (squares[s]! <= squares[s + 1]!)
        for (let x = squares[s]!; x <= squares[s + 1]!; x++)
          for (let z = squares[s + 2]!; z <= squares[s + 3]!; z++) unfile(this.kinematicSquares.get(key(x, z))!, b);
      squares[s] = c0;
      squares[s + 1] = c1;
      squares[s + 2] = r0;
      squares[s + 3] = r1;
      for (let x = c0; x <= c1; x++)
        for (let z = r0; z <= r1; z++) {
          const list = this.kinematicSquares.get(key(x, z));
          if (list) list.push(b);
          else this.kinematicSquares.set(key(x, z), [b]);
        }
    }
  }

  private addPair(ia: number, ib: number): void {
    this.pairs[this.pairCount++] = ia > ib ? ia * PAIR_SPAN + ib : ib * PAIR_SPAN + ia;
  }

  private squaresTouched(aabb: CANNON.AABB): number {
    const x0 = Math.floor(aabb.lowerBound.x / SQUARE);
    const x1 = Math.floor(aabb.upperBound.x / SQUARE);
    const z0 = Math.floor(aabb.lowerBound.z / SQUARE);
    const z1 = Math.floor(aabb.upperBound.z / SQUARE);
    return (x1 - x0 + 1) * (z1 - z0 + 1);
  }

  /** The still bodies filed in the squares `aabb` touches, each once, into `candidates`. */
  private nearStill(aabb: CANNON.AABB): void {
    const out = this.candidates;
    let n = 0;
    const seen = this.seenAt;
    const query = ++this.query;
    const x0 = Math.floor(aabb.lowerBound.x / SQUARE);
    const x1 = Math.floor(aabb.upperBound.x / SQUARE);
    const z0 = Math.floor(aabb.lowerBound.z / SQUARE);
    const z1 = Math.floor(aabb.upperBound.z / SQUARE);
    for (let x = x0; x <= x1; x++)
      for (let z = z0; z <= z1; z++) {
        const filed = this.squares.get(key(x, z)) ?? NOTHING;
        for (let i = 0; i < filed.length; i++) {
          const b = filed[i]!;
          if (seen[b.index] === query) continue;
          seen[b.index] = query;
          out[n++] = b;
        }
      }
    this.candidateCount = n;
  }

  /** Files the still bodies by square (again when bodies were added or removed). */
  private index(world: CANNON.World): void {
    if (this.indexed === world.bodies.length) return;
    this.indexed = world.bodies.length;
    this.squares.clear();
    this.moving.length = 0;
    this.dynamic.length = 0;
    this.kinematic.length = 0;
    this.kinematicSquares.clear();
    this.filedStep = -1;
    this.seenAt.length = 0;
    this.kinematicSeenAt.length = 0;
    this.kinematicSlot.length = 0;
    for (const b of world.bodies) {
      this.seenAt.push(0);
      this.kinematicSeenAt.push(0);
      this.kinematicSlot.push(b.type === KINEMATIC ? this.kinematic.length : -1);
      if (b.type !== STATIC) {
        this.moving.push(b);
        if (b.type === DYNAMIC) this.dynamic.push(b);
        else if (b.type === KINEMATIC) this.kinematic.push(b);
        continue;
      }
      b.updateAABB();
      const { lowerBound: lo, upperBound: hi } = b.aabb;
      for (let x = Math.floor(lo.x / SQUARE); x <= Math.floor(hi.x / SQUARE); x++)
        for (let z = Math.floor(lo.z / SQUARE); z <= Math.floor(hi.z / SQUARE); z++) {
          const k = key(x, z);
          const list = this.squares.get(k);
          if (list) list.push(b);
          else this.squares.set(k, [b]);
        }
    }
    // Nothing filed yet: an empty range (first after last) and a place no platform stands at.
    this.filedSquares = new Int32Array(this.kinematic.length * 4).fill(1, 0);
    for (let k = 0; k < this.kinematic.length; k++) this.filedSquares[k * 4 + 1] = 0;
    this.filedAt = new Float64Array(this.kinematic.length * 3).fill(NaN);
  }
}

/** Takes `b` out of a square's list (in place: nothing is allocated). */
function unfile(list: CANNON.Body[], b: CANNON.Body): void {
  const i = list.indexOf(b);
  if (i < 0) return;
  for (let j = i + 1; j < list.length; j++) list[j - 1] = list[j]!;
  list.length--;
}

/** Adds `b` to `result` (from `from` on, kept in the world's order) when its bounds overlap `aabb`. */
function take(b: CANNON.Body, aabb: CANNON.AABB, result: CANNON.Body[], from: number): void {
  if (b.aabbNeedsUpdate) b.updateAABB();
  if (!b.aabb.overlaps(aabb)) return;
  let j = result.length;
  result.push(b);
  while (j > from && result[j - 1]!.index > b.index) {
    result[j] = result[j - 1]!;
    j--;
  }
  result[j] = b;
}

/**
 * Whether two bodies' bounds could overlap: each body lies within its bounding radius of its position, so its
 * bounds lie in the cube of that half-size. A cheap test before the bounds themselves, which moving bodies must
 * recompute each tick.
 */
function mayOverlap(a: CANNON.Body, b: CANNON.Body): boolean {
  // A little over, so rounding in the bounds never makes this say no where they touch.
  const r = a.boundingRadius + b.boundingRadius + 1e-6;
  const pa = a.position;
  const pb = b.position;
  return Math.abs(pa.x - pb.x) <= r && Math.abs(pa.y - pb.y) <= r && Math.abs(pa.z - pb.z) <= r;
}

/** Whether a body's bounds could overlap `aabb` (the cube of its bounding radius does), before it recomputes them. */
function mayReach(b: CANNON.Body, aabb: CANNON.AABB): boolean {
  const r = b.boundingRadius + 1e-6;
  const p = b.position;
  const lo = aabb.lowerBound;
  const hi = aabb.upperBound;
  return p.x + r >= lo.x && p.x - r <= hi.x && p.y + r >= lo.y && p.y - r <= hi.y && p.z + r >= lo.z && p.z - r <= hi.z;
}

function key(x: number, z: number): number {
  return (x + 4096) * 8192 + (z + 4096);
}
