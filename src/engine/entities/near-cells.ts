// Which of a level's things (dialogue triggers, hazards, platforms, hints) can reach a point, by the cell the point
// is in: each thing is filed once under every cell its reach may cover (across x and z, any floor), so a tick looks
// at the few filed under the friends' cells instead of all thousand. The exact test is still made on those few.
import type { Grid } from '../../core/grid';

/** Metres each thing's filed bounds are grown by, so rounding never leaves out a thing the exact test takes. */
const SLACK = 1e-3;

/** The ground a thing may reach: x from minX to maxX and z from minZ to maxZ, in metres. */
export interface Reach {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

export class NearCells<T> {
  readonly items: readonly T[];
  private readonly cellSize: number;
  private readonly cols: number;
  private readonly rows: number;
  /** Cell c's things are `filed[start[c]]` to `filed[start[c + 1] - 1]`, by their index in `items`, ascending. */
  private readonly start: Int32Array;
  private readonly filed: Int32Array;
  /** Per thing, the gathering that last took it (so each is taken once). */
  private readonly seenAt: Int32Array;
  private gathering = 0;
  /** The last gathering's things, by index, ascending: the first `count` of them. */
  readonly found: Int32Array;
  count = 0;

  constructor(grid: Grid, items: readonly T[], reach: (item: T, out: Reach) => void) {
    this.items = items;
    this.cellSize = grid.cellSize;
    this.cols = grid.cols;
    this.rows = grid.rows;
    const cells = this.cols * this.rows;
    const ranges = new Int32Array(items.length * 4);
    const r: Reach = { minX: 0, maxX: 0, minZ: 0, maxZ: 0 };
    const cs = this.cellSize;
    for (let i = 0; i < items.length; i++) {
      reach(items[i]!, r);
      ranges[i * 4] = Math.max(0, Math.floor((r.minX - SLACK) / cs));
      ranges[i * 4 + 1] = Math.min(this.cols - 1, Math.floor((r.maxX + SLACK) / cs));
      ranges[i * 4 + 2] = Math.max(0, Math.floor((r.minZ - SLACK) / cs));
      ranges[i * 4 + 3] = Math.min(this.rows - 1, Math.floor((r.maxZ + SLACK) / cs));
    }
    const start = (this.start = new Int32Array(cells + 1));
    // Two passes: count each cell's things, then file them (in the things' order).
    const each = (i: number, put: (cell: number) => void): void => {
      for (let row = ranges[i * 4 + 2]!; row <= ranges[i * 4 + 3]!; row++)
        for (let col = ranges[i * 4]!; col <= ranges[i * 4 + 1]!; col++) put(row * this.cols + col);
    };
    for (let i = 0; i < items.length; i++) each(i, (c) => start[c + 1]!++);
    for (let c = 0; c < cells; c++) start[c + 1]! += start[c]!;
    const next = start.slice(0, cells);
    const filed = (this.filed = new Int32Array(start[cells]!));
    for (let i = 0; i < items.length; i++) each(i, (c) => (filed[next[c]!++] = i));
    this.seenAt = new Int32Array(items.length);
    this.found = new Int32Array(items.length);
  }

  /** The cell (x, z) is in, or -1 outside the level (where anything may be near: ask about all). */
  cellAt(x: number, z: number): number {
    const col = Math.floor(x / this.cellSize);
    const row = Math.floor(z / this.cellSize);
    if (col < 0 || row < 0 || col >= this.cols || row >= this.rows) return -1;
    return row * this.cols + col;
  }

  /** Starts a gathering: `found` empties. */
  begin(): void {
    this.gathering++;
    this.count = 0;
  }

  /** Adds the things filed under the cell of (x, z) to `found`; false when the point is outside the level. */
  add(x: number, z: number): boolean {
    const c = this.cellAt(x, z);
    if (c < 0) return false;
    const filed = this.filed;
    const seen = this.seenAt;
    const found = this.found;
    const gathering = this.gathering;
    for (let k = this.start[c]!; k < this.start[c + 1]!; k++) {
      const i = filed[k]!;
      if (seen[i] === gathering) continue;
      seen[i] = gathering;
      // Kept in ascending order as it grows (a cell holds few things).
      let j = this.count++;
      while (j > 0 && found[j - 1]! > i) {
        found[j] = found[j - 1]!;
        j--;
      }
      found[j] = i;
    }
    return true;
  }

  /** Whether the thing at `index` was taken in this gathering. */
  has(index: number): boolean {
    return this.seenAt[index] === this.gathering;
  }

  /** Every thing, as a gathering (for a point outside the level). */
  all(): void {
    const n = this.items.length;
    for (let i = 0; i < n; i++) {
      this.found[i] = i;
      this.seenAt[i] = this.gathering;
    }
    this.count = n;
  }
}
