// The boxes of a still body (a chunk of the labyrinth) filed by two-metre square over x and z, so that a friend's sphere
// is tested only against the few boxes under it, not the chunk's dozens. A box is filed in every square its bounds
// (grown by a millimetre) touch, so every box the sphere–box test could find in reach is among those found; they
// come out in the body's own order, so the contacts and their order are the same as when every box is tested.
import type * as CANNON from 'cannon-es';

/** Metres a square spans (a cell of the labyrinth, as wide as three friends). */
const SQUARE = 2;
/** The most squares across a body is filed in (a bigger body gets bigger squares). */
const MOST_ACROSS = 64;
/** Metres of slack around each box's bounds: far above rounding, far below a sphere's size. */
const SLACK = 1e-3;

export class ShapeIndex {
  /** The shapes the last `near` found (the first `near()` of them), in ascending order. */
  readonly found: Int32Array;
  /** Per shape: the query that last found it (each is found once per query). */
  private readonly seenAt: Int32Array;
  private query = 0;
  private readonly x0: number;
  private readonly z0: number;
  private readonly size: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Per square (row by row): where its shapes start in `items`; one more at the end. */
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  /** Files boxes whose centres are `at` and whose reach across x and z from them is `reachX`, `reachZ`. */
  constructor(at: CANNON.Vec3[], reachX: number[], reachZ: number[]) {
    const n = at.length;
    let x0 = Infinity;
    let z0 = Infinity;
    let x1 = -Infinity;
    let z1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, at[i]!.x - reachX[i]! - SLACK);
      z0 = Math.min(z0, at[i]!.z - reachZ[i]! - SLACK);
      x1 = Math.max(x1, at[i]!.x + reachX[i]! + SLACK);
      z1 = Math.max(z1, at[i]!.z + reachZ[i]! + SLACK);
    }
    this.size = Math.max(SQUARE, (x1 - x0) / MOST_ACROSS, (z1 - z0) / MOST_ACROSS);
    this.x0 = x0;
    this.z0 = z0;
    this.cols = Math.floor((x1 - x0) / this.size) + 1;
    this.rows = Math.floor((z1 - z0) / this.size) + 1;
    const squares = this.cols * this.rows;
    const counts = new Int32Array(squares + 1);
    const each = (i: number, file: (square: number) => void): void => {
      const c0 = this.col(at[i]!.x - reachX[i]! - SLACK);
      const c1 = this.col(at[i]!.x + reachX[i]! + SLACK);
      const r0 = this.row(at[i]!.z - reachZ[i]! - SLACK);
      const r1 = this.row(at[i]!.z + reachZ[i]! + SLACK);
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) file(r * this.cols + c);
    };
    for (let i = 0; i < n; i++) each(i, (s) => counts[s + 1]!++);
    for (let s = 0; s < squares; s++) counts[s + 1]! += counts[s]!;
    this.start = counts.slice();
    this.items = new Int32Array(counts[squares]!);
    for (let i = 0; i < n; i++) each(i, (s) => (this.items[counts[s]!++] = i));
    this.found = new Int32Array(n);
    this.seenAt = new Int32Array(n);
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor((x - this.x0) / this.size)));
  }

  private row(z: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor((z - this.z0) / this.size)));
  }

  /** The boxes filed under a sphere at (x, z) of radius r, into `found` in ascending order; says how many. */
  near(x: number, z: number, r: number): number {
    const gx0 = Math.floor((x - r - this.x0) / this.size);
    const gx1 = Math.floor((x + r - this.x0) / this.size);
    const gz0 = Math.floor((z - r - this.z0) / this.size);
    const gz1 = Math.floor((z + r - this.z0) / this.size);
    // Beyond every box (NaN too): none.
    if (!(gx1 >= 0 && gz1 >= 0 && gx0 < this.cols && gz0 < this.rows)) return 0;
    const c0 = Math.max(0, gx0);
    const c1 = Math.min(this.cols - 1, gx1);
    const r0 = Math.max(0, gz0);
    const r1 = Math.min(this.rows - 1, gz1);
    const found = this.found;
    const items = this.items;
    const start = this.start;
    if (c0 === c1 && r0 === r1) {
      const s = r0 * this.cols + c0;
      let count = 0;
      for (let k = start[s]!, end = start[s + 1]!; k < end; k++) found[count++] = items[k]!;
      return count;
    }
    const seenAt = this.seenAt;
    if (this.query === 0x3fffffff) {
      seenAt.fill(0);
      this.query = 0;
    }
    const query = ++this.query;
    let count = 0;
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const s = r * this.cols + c;
        for (let k = start[s]!, end = start[s + 1]!; k < end; k++) {
          const i = items[k]!;
          if (seenAt[i] === query) continue;
          seenAt[i] = query;
          // Kept in ascending order as it grows (a sphere has a handful of boxes under it).
          let j = count++;
          while (j > 0 && found[j - 1]! > i) {
            found[j] = found[j - 1]!;
            j--;
          }
          found[j] = i;
        }
      }
    return count;
  }
}
