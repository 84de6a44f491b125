// A broadphase for a world of many still bodies and a few moving ones: the labyrinth's chunks, doors and bridges
// never move, so they are filed once in a grid over x and z, and only the friends (and moving platforms) look up
// what is near them. cannon-es's NaiveBroadphase tests every pair of bodies each tick: 2,000 bodies are 2 million
// pairs. The pairs come out in the order NaiveBroadphase gives them, so a run plays exactly as it did with it.
import * as CANNON from 'cannon-es';

/** Metres a grid square of the still bodies' index spans. */
const SQUARE = 8;

const box = new CANNON.AABB();

export class StillGridBroadphase extends CANNON.Broadphase {
  private readonly squares = new Map<number, CANNON.Body[]>();
  private readonly order = new Map<CANNON.Body, number>();
  private readonly moving: CANNON.Body[] = [];
  private indexed = -1;
  private readonly his: number[] = [];
  private readonly los: number[] = [];
  private readonly candidates: CANNON.Body[] = [];
  private readonly pairOrder: number[] = [];

  override collisionPairs(world: CANNON.World, p1: CANNON.Body[], p2: CANNON.Body[]): void {
    this.index(world);
    const his = this.his;
    const los = this.los;
    his.length = 0;
    los.length = 0;
    for (const a of this.moving) {
      if (a.type !== CANNON.Body.DYNAMIC) continue;
      if (a.aabbNeedsUpdate) a.updateAABB();
      const ia = this.order.get(a)!;
      this.near(a.aabb, world);
      for (const b of this.candidates) {
        const ib = this.order.get(b)!;
        // A pair of two dynamic bodies is found from both sides: keep it once.
        if (b === a || (b.type === CANNON.Body.DYNAMIC && ib > ia)) continue;
        his.push(Math.max(ia, ib));
        los.push(Math.min(ia, ib));
      }
    }
    // NaiveBroadphase's order: by the later body's index, then the earlier one's (an insertion sort: few pairs).
    const idx = this.pairOrder;
    idx.length = 0;
    for (let i = 0; i < his.length; i++) {
      let j = idx.length;
      while (j > 0 && (his[idx[j - 1]!]! > his[i]! || (his[idx[j - 1]!] === his[i] && los[idx[j - 1]!]! > los[i]!)))
        j--;
      idx.splice(j, 0, i);
    }
    const bodies = world.bodies;
    for (const i of idx) {
      const bi = bodies[his[i]!]!;
      const bj = bodies[los[i]!]!;
      if (this.needBroadphaseCollision(bi, bj)) this.intersectionTest(bi, bj, p1, p2);
    }
  }

  /** Every body whose bounds overlap `aabb` (raycasts ask this). */
  override aabbQuery(world: CANNON.World, aabb: CANNON.AABB, result: CANNON.Body[] = []): CANNON.Body[] {
    this.index(world);
    this.near(aabb, world);
    const from = result.length;
    for (const b of this.candidates) {
      if (b.aabbNeedsUpdate) b.updateAABB();
      if (!b.aabb.overlaps(aabb)) continue;
      // In the world's order, as NaiveBroadphase answers.
      let j = result.length;
      result.push(b);
      while (j > from && this.order.get(result[j - 1]!)! > this.order.get(b)!) {
        result[j] = result[j - 1]!;
        j--;
      }
      result[j] = b;
    }
    return result;
  }

  /** The still bodies filed in the squares `aabb` touches, and every moving body, each once, into `candidates`. */
  private near(aabb: CANNON.AABB, world: CANNON.World): void {
    const out = this.candidates;
    out.length = 0;
    box.copy(aabb);
    const x0 = Math.floor(box.lowerBound.x / SQUARE);
    const x1 = Math.floor(box.upperBound.x / SQUARE);
    const z0 = Math.floor(box.lowerBound.z / SQUARE);
    const z1 = Math.floor(box.upperBound.z / SQUARE);
    const many = (x1 - x0 + 1) * (z1 - z0 + 1) > 1;
    if ((x1 - x0 + 1) * (z1 - z0 + 1) > this.squares.size) {
      // A query wider than the index: everything is near.
      for (const b of world.bodies) out.push(b);
      return;
    }
    for (let x = x0; x <= x1; x++)
      for (let z = z0; z <= z1; z++)
        for (const b of this.squares.get(key(x, z)) ?? []) if (!many || !out.includes(b)) out.push(b);
    for (const b of this.moving) out.push(b);
  }

  /** Files the still bodies by square (again when bodies were added or removed). */
  private index(world: CANNON.World): void {
    if (this.indexed === world.bodies.length) return;
    this.indexed = world.bodies.length;
    this.squares.clear();
    this.order.clear();
    this.moving.length = 0;
    world.bodies.forEach((b, i) => {
      this.order.set(b, i);
      if (b.type !== CANNON.Body.STATIC) {
        this.moving.push(b);
        return;
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
    });
  }
}

function key(x: number, z: number): number {
  return (x + 4096) * 8192 + (z + 4096);
}
