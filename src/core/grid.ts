// The level's grid as the engine, the solver, the map and the view see it: terrain per cell, world positions,
// and ramp runs that join one floor to the next.
import { DEFAULT_LEGEND, TERRAIN_KINDS, type Direction, type Level, type TerrainKind } from './schema';

/** A cell's terrain as one byte: its index in TERRAIN_KINDS. */
const CODE: Readonly<Record<TerrainKind, number>> = Object.fromEntries(TERRAIN_KINDS.map((k, i) => [k, i])) as Record<
  TerrainKind,
  number
>;
const VOID = CODE.void;
const WALL = CODE.wall;
const FLOOR = CODE.floor;
/** A cell whose code is below every ramp's is no ramp. */
const FIRST_RAMP = Math.min(CODE['ramp-north'], CODE['ramp-east'], CODE['ramp-south'], CODE['ramp-west']);

export interface CellRef {
  floor: number;
  col: number;
  row: number;
}

export interface Vec3Like {
  x: number;
  y: number;
  z: number;
}

export const DIR_STEP: Readonly<Record<Direction, readonly [number, number]>> = {
  north: [0, -1],
  east: [1, 0],
  south: [0, 1],
  west: [-1, 0],
};

/** Yaw (radians about +y) that faces a direction; yaw 0 looks towards -z (north). */
export const DIR_YAW: Readonly<Record<Direction, number>> = {
  north: 0,
  west: Math.PI / 2,
  south: Math.PI,
  east: -Math.PI / 2,
};

/** A straight run of ramp cells climbing from `floor` to `floor + 1`. */
export interface RampRun {
  floor: number;
  dir: Direction;
  /** Cells of the run from the low end to the high end. */
  cells: { col: number; row: number }[];
  fromHeight: number;
  toHeight: number;
  /** Where one steps onto the low end (on `floor`) and off the high end (on `floor + 1`). */
  below: CellRef;
  above: CellRef;
}

export function rampDir(kind: TerrainKind): Direction | null {
  switch (kind) {
    case 'ramp-north':
      return 'north';
    case 'ramp-east':
      return 'east';
    case 'ramp-south':
      return 'south';
    case 'ramp-west':
      return 'west';
    default:
      return null;
  }
}

export class Grid {
  readonly cols: number;
  readonly rows: number;
  readonly cellSize: number;
  readonly wallHeight: number;
  readonly floorCount: number;
  readonly heights: readonly number[];
  readonly ramps: readonly RampRun[];
  /** Per floor, one byte a cell (row-major): the terrain's index in TERRAIN_KINDS. */
  private readonly terrainByFloor: Uint8Array[];
  private readonly rampIndex: Map<number, RampRun>;
  /** Keys of floor cells a solid prop fills (decor with `solid: true`). */
  private readonly solidDecor: Set<number>;

  constructor(level: Level) {
    const { grid } = level;
    const legend: Record<string, TerrainKind> = { ...DEFAULT_LEGEND, ...grid.legend };
    // Rows are mostly a few characters over and over: each is looked up in the legend once.
    const ascii = new Int16Array(128).fill(-1);
    const other = new Map<number, number>();
    const lookUp = (c: number): number => {
      const char = String.fromCharCode(c);
      const kind = Object.prototype.hasOwnProperty.call(legend, char) ? legend[char] : undefined;
      return kind === undefined ? VOID : CODE[kind];
    };
    const code = (c: number): number => {
      if (c < 128) {
        const k = ascii[c]!;
        return k >= 0 ? k : (ascii[c] = lookUp(c));
      }
      let k = other.get(c);
      if (k === undefined) other.set(c, (k = lookUp(c)));
      return k;
    };
    this.cellSize = grid.cellSize;
    this.wallHeight = grid.wallHeight;
    this.floorCount = grid.floors.length;
    this.heights = grid.floors.map((f) => f.height);
    this.rows = Math.max(...grid.floors.map((f) => f.rows.length));
    this.cols = Math.max(...grid.floors.flatMap((f) => f.rows.map((r) => r.length)));
    this.terrainByFloor = grid.floors.map((f) => {
      const t = new Uint8Array(this.cols * this.rows).fill(VOID);
      f.rows.forEach((line, row) => {
        const start = row * this.cols;
        for (let col = 0; col < line.length; col++) {
          const c = line.charCodeAt(col);
          const known = c < 128 ? ascii[c]! : -1;
          t[start + col] = known >= 0 ? known : code(c);
        }
      });
      return t;
    });
    this.rampIndex = new Map();
    this.ramps = this.findRamps();
    this.solidDecor = new Set();
    // Only a prop on plain floor blocks: elsewhere the checker refuses `solid` and the cell stays what its terrain is.
    for (const d of level.decor ?? [])
      if (d.solid && this.terrain(d.floor, d.at[0], d.at[1]) === 'floor')
        this.solidDecor.add(this.key(d.floor, d.at[0], d.at[1]));
  }

  inside(col: number, row: number): boolean {
    return col >= 0 && row >= 0 && col < this.cols && row < this.rows;
  }

  terrain(floor: number, col: number, row: number): TerrainKind {
    if (!this.inside(col, row)) return 'void';
    const t = this.terrainByFloor[floor];
    return t ? TERRAIN_KINDS[t[row * this.cols + col]!]! : 'void';
  }

  /** One byte a cell of a floor (row-major), 1 where the cell is solid to the wall height: a wall or a solid prop. */
  solidCells(floor: number): Uint8Array {
    const out = new Uint8Array(this.cols * this.rows);
    const t = this.terrainByFloor[floor];
    if (!t) return out;
    for (let i = 0; i < t.length; i++) if (t[i] === WALL) out[i] = 1;
    const perFloor = this.cols * this.rows;
    for (const key of this.solidDecor)
      if (key >= floor * perFloor && key < (floor + 1) * perFloor) out[key - floor * perFloor] = 1;
    return out;
  }

  /** One byte a cell of a floor (row-major), 1 where the cell is plain floor (a slab to walk on). */
  floorCells(floor: number): Uint8Array {
    const out = new Uint8Array(this.cols * this.rows);
    const t = this.terrainByFloor[floor];
    if (t) for (let i = 0; i < t.length; i++) if (t[i] === FLOOR) out[i] = 1;
    return out;
  }

  /** Whether a friend can stand in the cell (floor or ramp without a solid prop), ignoring entities. */
  walkable(floor: number, col: number, row: number): boolean {
    const t = this.terrain(floor, col, row);
    if (t === 'floor') return !this.decorBlocks(floor, col, row);
    return rampDir(t) !== null;
  }

  /** Whether a solid prop (a bed, a server rack) fills the floor cell to the wall height. */
  decorBlocks(floor: number, col: number, row: number): boolean {
    return this.solidDecor.size > 0 && this.inside(col, row) && this.solidDecor.has(this.key(floor, col, row));
  }

  /** Whether the cell is solid to the wall height: a wall, or a floor cell a solid prop fills. */
  solid(floor: number, col: number, row: number): boolean {
    return this.terrain(floor, col, row) === 'wall' || this.decorBlocks(floor, col, row);
  }

  /**
   * Whether a friend can stand in the cell from this floor: floor or ramp, or the top of a wall of the floor
   * below when that top is level with this floor (walls are solid all the way up).
   */
  standable(floor: number, col: number, row: number): boolean {
    if (this.walkable(floor, col, row)) return true;
    if (floor === 0 || this.terrain(floor, col, row) !== 'void') return false;
    const below = floor - 1;
    const top = (this.heights[below] ?? 0) + this.wallHeight;
    return this.terrain(below, col, row) === 'wall' && Math.abs(top - (this.heights[floor] ?? 0)) < 0.05;
  }

  /** The ramp run a ramp cell belongs to. */
  rampAt(floor: number, col: number, row: number): RampRun | undefined {
    return this.rampIndex.get(this.key(floor, col, row));
  }

  key(floor: number, col: number, row: number): number {
    return (floor * this.rows + row) * this.cols + col;
  }

  /** World position of a cell's centre, at its floor's walking height. */
  center(floor: number, col: number, row: number): Vec3Like {
    return {
      x: (col + 0.5) * this.cellSize,
      y: this.heights[floor] ?? 0,
      z: (row + 0.5) * this.cellSize,
    };
  }

  /** The column and row under a world position (may be outside the grid). */
  cellOf(x: number, z: number): { col: number; row: number } {
    return { col: Math.floor(x / this.cellSize), row: Math.floor(z / this.cellSize) };
  }

  /** The floor whose walking height is the highest at or below y (+ a tolerance for ramps and jumps). */
  floorOfHeight(y: number): number {
    let best = 0;
    for (let f = 0; f < this.floorCount; f++) if ((this.heights[f] ?? 0) <= y + 0.5) best = f;
    return best;
  }

  /** The lowest walking height of the level; the void starts below it. */
  lowestHeight(): number {
    return Math.min(...this.heights);
  }

  /** Height of the walkable surface at a world position in a cell, or null when nothing is there. */
  surfaceHeight(floor: number, x: number, z: number): number | null {
    const { col, row } = this.cellOf(x, z);
    const t = this.terrain(floor, col, row);
    if (t === 'floor') return this.heights[floor] ?? 0;
    const run = this.rampAt(floor, col, row);
    if (!run) return null;
    const first = run.cells[0]!;
    const [dx, dz] = DIR_STEP[run.dir];
    const cs = this.cellSize;
    // Distance travelled along the run from its low edge.
    const startX = dx > 0 ? first.col * cs : (first.col + 1) * cs;
    const startZ = dz > 0 ? first.row * cs : (first.row + 1) * cs;
    const along = dx !== 0 ? (x - startX) * dx : (z - startZ) * dz;
    const length = run.cells.length * cs;
    const t01 = Math.min(1, Math.max(0, along / length));
    return run.fromHeight + (run.toHeight - run.fromHeight) * t01;
  }

  private findRamps(): RampRun[] {
    const runs: RampRun[] = [];
    for (let floor = 0; floor < this.floorCount; floor++) {
      const codes = this.terrainByFloor[floor]!;
      for (let row = 0; row < this.rows; row++) {
        for (let col = 0; col < this.cols; col++) {
          if (codes[row * this.cols + col]! < FIRST_RAMP) continue;
          const dir = rampDir(this.terrain(floor, col, row));
          if (!dir || this.rampIndex.has(this.key(floor, col, row))) continue;
          const [dx, dz] = DIR_STEP[dir];
          // Only start at the low end of a run.
          if (rampDir(this.terrain(floor, col - dx, row - dz)) === dir) continue;
          const cells: { col: number; row: number }[] = [];
          let c = col;
          let r = row;
          while (rampDir(this.terrain(floor, c, r)) === dir) {
            cells.push({ col: c, row: r });
            c += dx;
            r += dz;
          }
          const fromHeight = this.heights[floor] ?? 0;
          const toHeight = this.heights[floor + 1] ?? fromHeight + this.wallHeight;
          const run: RampRun = {
            floor,
            dir,
            cells,
            fromHeight,
            toHeight,
            below: { floor, col: col - dx, row: row - dz },
            above: { floor: Math.min(floor + 1, this.floorCount - 1), col: c, row: r },
          };
          for (const cell of cells) this.rampIndex.set(this.key(floor, cell.col, cell.row), run);
          runs.push(run);
        }
      }
    }
    return runs;
  }
}

/**
 * The tilted box a ramp run is made of, for the physics and the view alike (what you see is what you stand on):
 * its centre, half sizes before tilting, and the tilt about the x axis (runs north/south) or z axis (east/west).
 */
export interface RampSlab {
  centre: Vec3Like;
  half: Vec3Like;
  axis: 'x' | 'z';
  angle: number;
}

export function rampSlab(run: RampRun, cellSize: number, thickness: number): RampSlab {
  const first = run.cells[0]!;
  const last = run.cells[run.cells.length - 1]!;
  const minCol = Math.min(first.col, last.col);
  const minRow = Math.min(first.row, last.row);
  const spanCols = Math.abs(last.col - first.col) + 1;
  const spanRows = Math.abs(last.row - first.row) + 1;
  const length = run.cells.length * cellSize;
  const rise = run.toHeight - run.fromHeight;
  const slope = Math.hypot(length, rise);
  const tilt = Math.atan2(rise, length);
  const alongX = run.dir === 'east' || run.dir === 'west';
  const sign = run.dir === 'east' || run.dir === 'south' ? 1 : -1;
  // Tilt so the surface rises in the run's direction: about +z for east/west, about +x for north/south.
  const axis = alongX ? 'z' : 'x';
  const angle = alongX ? sign * tilt : -sign * tilt;
  // The surface normal after the tilt; the centre sits half the thickness below the sloped top.
  const nx = alongX ? -Math.sin(angle) : 0;
  const ny = Math.cos(angle);
  const nz = alongX ? 0 : Math.sin(angle);
  const t = thickness / 2;
  return {
    centre: {
      x: (minCol + spanCols / 2) * cellSize - nx * t,
      y: (run.fromHeight + run.toHeight) / 2 - ny * t,
      z: (minRow + spanRows / 2) * cellSize - nz * t,
    },
    half: alongX
      ? { x: slope / 2, y: t, z: (spanRows * cellSize) / 2 }
      : { x: (spanCols * cellSize) / 2, y: t, z: slope / 2 },
    axis,
    angle,
  };
}

export interface Rect {
  col: number;
  row: number;
  cols: number;
  rows: number;
}

/**
 * Covers every cell for which `take` is true with few rectangles (greedy: grow right, then down).
 * Merging walls this way turns hundreds of wall cells into tens of boxes.
 */
export function mergeCells(cols: number, rows: number, take: (col: number, row: number) => boolean): Rect[] {
  const cells = new Uint8Array(cols * rows);
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < cols; col++) if (take(col, row)) cells[row * cols + col] = 1;
  return mergeCellMask(cols, rows, cells);
}

/** mergeCells over one byte a cell (row-major, non-zero to take); the bytes are cleared as they are covered. */
export function mergeCellMask(cols: number, rows: number, cells: Uint8Array): Rect[] {
  const rects: Rect[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const at = row * cols + col;
      if (!cells[at]) continue;
      let w = 1;
      while (col + w < cols && cells[at + w]) w++;
      let h = 1;
      grow: while (row + h < rows) {
        const start = at + h * cols;
        for (let i = 0; i < w; i++) if (!cells[start + i]) break grow;
        h++;
      }
      for (let r = 0; r < h; r++) cells.fill(0, at + r * cols, at + r * cols + w);
      rects.push({ col, row, cols: w, rows: h });
    }
  }
  return rects;
}
