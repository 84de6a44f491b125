// The still shapes that stand over each column of the level: a ray straight down meets only the few shapes filed
// under the column it falls in, not every box of every chunk near it. Built once per world, in typed arrays.
import * as CANNON from 'cannon-es';
import { stillShapes } from './still-shapes';

/** Metres a column spans across x and z. */
const COLUMN = 2;
/** Metres each shape's filed bounds are grown by, so rounding never leaves out a shape the exact test takes. */
const SLACK = 1e-6;
const low = new CANNON.Vec3();
const high = new CANNON.Vec3();

export class StillColumns {
  /** How many bodies the world had when this was built (it is built again when that changes). */
  readonly bodyCount: number;
  /** Per shape record: the body's index in the world, the body, the shape, and where the shape sits and turns. */
  readonly body: Int32Array;
  readonly bodies: CANNON.Body[] = [];
  readonly shapes: CANNON.Shape[] = [];
  readonly at: CANNON.Vec3[] = [];
  readonly turn: CANNON.Quaternion[] = [];
  /** Per shape record: 1 for a box along the axes. */
  readonly straightBox: Uint8Array;
  /** Per shape record, its world bounds grown by SLACK: min x, max x, min y, max y, min z, max z. */
  readonly bounds: Float64Array;
  /** Column c's records are `records[start[c]]` to `records[start[c + 1] - 1]`, in the world's order. */
  private readonly start: Int32Array;
  private readonly records: Int32Array;
  private readonly col0: number;
  private readonly row0: number;
  private readonly cols: number;
  private readonly rows: number;

  constructor(world: CANNON.World) {
    const bodies = world.bodies;
    this.bodyCount = bodies.length;
    const bodyOf: number[] = [];
    const straight: number[] = [];
    const bounds: number[] = [];
    for (let b = 0; b < bodies.length; b++) {
      const body = bodies[b]!;
      if (body.type !== CANNON.Body.STATIC) continue;
      const still = stillShapes(body);
      for (let i = 0; i < body.shapes.length; i++) {
        body.shapes[i]!.calculateWorldAABB(still.at[i]!, still.turn[i]!, low, high);
        bodyOf.push(b);
        this.bodies.push(body);
        this.shapes.push(body.shapes[i]!);
        this.at.push(still.at[i]!);
        this.turn.push(still.turn[i]!);
        straight.push(body.shapes[i]!.type === CANNON.Shape.types.BOX && still.straight[i] ? 1 : 0);
        bounds.push(low.x - SLACK, high.x + SLACK, low.y - SLACK, high.y + SLACK, low.z - SLACK, high.z + SLACK);
      }
    }
    for (const v of bounds)
      if (!Number.isFinite(v))
        throw new Error('StillColumns: a still shape has no finite bounds (a plane?); columns hold boxes only');
    this.body = Int32Array.from(bodyOf);
    this.straightBox = Uint8Array.from(straight);
    this.bounds = Float64Array.from(bounds);
    const n = bodyOf.length;
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
    const each = (k: number, put: (column: number) => void): void => {
      const a = Math.floor(bounds[k * 6]! / COLUMN) - c0;
      const b = Math.floor(bounds[k * 6 + 1]! / COLUMN) - c0;
      const c = Math.floor(bounds[k * 6 + 4]! / COLUMN) - r0;
      const d = Math.floor(bounds[k * 6 + 5]! / COLUMN) - r0;
      for (let row = c; row <= d; row++) for (let col = a; col <= b; col++) put(row * this.cols + col);
    };
    for (let k = 0; k < n; k++) each(k, (column) => start[column + 1]!++);
    for (let i = 0; i < this.cols * this.rows; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, this.cols * this.rows);
    this.records = new Int32Array(start[this.cols * this.rows]!);
    for (let k = 0; k < n; k++) each(k, (column) => (this.records[next[column]!++] = k));
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
