// The still shapes that stand over each column of the level: a ray straight down meets only the few shapes filed
// under the column it falls in, not every box of every chunk near it. Built once per world, in typed arrays.
import * as CANNON from 'cannon-es';

/** Metres a column spans across x and z. */
const COLUMN = 2;
/** Metres each shape's filed bounds are grown by, so rounding never leaves out a shape the exact test takes. */
const SLACK = 1e-6;
const low = new CANNON.Vec3();
const high = new CANNON.Vec3();
const at = new CANNON.Vec3();
const turn = new CANNON.Quaternion();

export class StillColumns {
  /** How many bodies the world had when this was built (it is built again when that changes). */
  readonly bodyCount: number;
  /** Per shape record: the body's index in the world, the body, the shape, and where the shape sits and turns. */
  readonly body: Int32Array;
  readonly bodies: CANNON.Body[] = [];
  readonly shapes: CANNON.Shape[] = [];
  /** Per shape record: the shape's index in its body (its place and turn are `stillShapes(body)`'s at that index). */
  readonly shapeIndex: Int32Array;
  /** Per shape record: where the shape's centre sits, x, y, z (the numbers stillShapes works out, to the bit). */
  readonly centre: Float64Array;
  /** Per shape record: 1 for a box along the axes. */
  readonly straightBox: Uint8Array;
  /** Per shape record, its world bounds grown by SLACK: min x, max x, min y, max y, min z, max z. */
  readonly bounds: Float64Array;
  /** Column c's records are `records[start[c]]` to `records[start[c + 1] - 1]`, in the world's order. */
  private readonly start: Int32Array;
  private records: Int32Array = new Int32Array(0);
  private readonly col0: number;
  private readonly row0: number;
  private readonly cols: number;
  private readonly rows: number;

  constructor(world: CANNON.World) {
    const bodies = world.bodies;
    this.bodyCount = bodies.length;
    let n = 0;
    for (let b = 0; b < bodies.length; b++) if (bodies[b]!.type === CANNON.Body.STATIC) n += bodies[b]!.shapes.length;
    // Typed arrays of the exact size, filled in place: a level of 12,000 boxes makes no object per box here.
    const bodyOf = (this.body = new Int32Array(n));
    const indexOf = (this.shapeIndex = new Int32Array(n));
    const centre = (this.centre = new Float64Array(n * 3));
    const straight = (this.straightBox = new Uint8Array(n));
    const bounds = (this.bounds = new Float64Array(n * 6));
    let k = 0;
    for (let b = 0; b < bodies.length; b++) {
      const body = bodies[b]!;
      if (body.type !== CANNON.Body.STATIC) continue;
      for (let i = 0; i < body.shapes.length; i++, k++) {
        const shape = body.shapes[i]!;
        // stillShapes' arithmetic, into scratch vectors.
        body.quaternion.mult(body.shapeOrientations[i]!, turn);
        body.quaternion.vmult(body.shapeOffsets[i]!, at);
        at.vadd(body.position, at);
        const box = shape.type === CANNON.Shape.types.BOX && turn.x === 0 && turn.y === 0 && turn.z === 0;
        if (box) {
          const h = (shape as CANNON.Box).halfExtents;
          low.set(at.x - h.x, at.y - h.y, at.z - h.z);
          high.set(at.x + h.x, at.y + h.y, at.z + h.z);
        } else shape.calculateWorldAABB(at, turn, low, high);
        if (!finite(low) || !finite(high))
          throw new Error('StillColumns: a still shape has no finite bounds (a plane?); columns hold boxes only');
        bodyOf[k] = b;
        indexOf[k] = i;
        this.bodies.push(body);
        this.shapes.push(shape);
        centre[k * 3] = at.x;
        centre[k * 3 + 1] = at.y;
        centre[k * 3 + 2] = at.z;
        straight[k] = box ? 1 : 0;
        const o = k * 6;
        bounds[o] = low.x - SLACK;
        bounds[o + 1] = high.x + SLACK;
        bounds[o + 2] = low.y - SLACK;
        bounds[o + 3] = high.y + SLACK;
        bounds[o + 4] = low.z - SLACK;
        bounds[o + 5] = high.z + SLACK;
      }
    }
    let c0 = 0;
    let c1 = -1;
    let r0 = 0;
    let r1 = -1;
    for (let k = 0; k < n; k++) {
      const a = Math.floor(bounds[k * 6]! / COLUMN);
      const b = Math.floor(bounds[k * 6 + 1]! / COLUMN);
      const c = Math.floor(bounds[k * 6 + 4]! / COLUMN);
      const d = Math.floor(bounds[k * 6 + 5]! / COLUMN);
      if (k === 0 || a < c0) c0 = a;
      if (k === 0 || b > c1) c1 = b;
      if (k === 0 || c < r0) r0 = c;
      if (k === 0 || d > r1) r1 = d;
    }
    this.col0 = c0;
    this.row0 = r0;
    this.cols = c1 - c0 + 1;
    this.rows = r1 - r0 + 1;
    const start = (this.start = new Int32Array(this.cols * this.rows + 1));
    // Two passes: count each column's records, then file them (in record order, which is the world's order).
    const cols = this.cols;
    const columns = cols * this.rows;
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) {
        for (let i = 0; i < columns; i++) start[i + 1]! += start[i]!;
        this.records = new Int32Array(start[columns]!);
      }
      const next = pass === 1 ? start.slice(0, columns) : start;
      for (let k = 0; k < n; k++) {
        const a = Math.floor(bounds[k * 6]! / COLUMN) - c0;
        const b = Math.floor(bounds[k * 6 + 1]! / COLUMN) - c0;
        const c = Math.floor(bounds[k * 6 + 4]! / COLUMN) - r0;
        const d = Math.floor(bounds[k * 6 + 5]! / COLUMN) - r0;
        for (let row = c; row <= d; row++)
          for (let col = a; col <= b; col++) {
            if (pass === 0) start[row * cols + col + 1]!++;
            else this.records[next[row * cols + col]!++] = k;
          }
      }
    }
  }

  /** The column (x, z) falls in, or -1 outside every still shape. */
  columnAt(x: number, z: number): number {
    const col = Math.floor(x / COLUMN) - this.col0;
    const row = Math.floor(z / COLUMN) - this.row0;
    if (col < 0 || row < 0 || col >= this.cols || row >= this.rows) return -1;
    return row * this.cols + col;
  }

  /** Where the records of column `column` begin in `records` (they end where the next column's begin). */
  first(column: number): number {
    return this.start[column]!;
  }

  end(column: number): number {
    return this.start[column + 1]!;
  }

  record(at: number): number {
    return this.records[at]!;
  }
}

function finite(v: CANNON.Vec3): boolean {
  return Number.isFinite(v.x) && Number.isFinite(v.y) && Number.isFinite(v.z);
}

const built = new WeakMap<CANNON.World, StillColumns>();

/** The world's columns, built on first use and again when bodies were added or removed. */
export function stillColumns(world: CANNON.World): StillColumns {
  let columns = built.get(world);
  if (!columns || columns.bodyCount !== world.bodies.length) {
    columns = new StillColumns(world);
    built.set(world, columns);
  }
  return columns;
}
