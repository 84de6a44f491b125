// Small levels with one ramp run, and the ways a player walks onto it, for the ramp tests of the engine and the
// solver: a room on floor 0, a raised block whose top is floor 1, and a ramp climbing onto the block.
import { DIR_STEP, DIR_YAW } from '../src/core/grid';
import type { Direction, Level } from '../src/core/schema';
import { Engine } from '../src/engine/engine';
import { wrapAngle } from '../src/engine/friend';
import { idleInput, type TickInput } from '../src/engine/tick-input';
import { makeLevel } from './helpers';

export interface RampCourse {
  cellSize: number;
  /** Ramp cells in the run. */
  length: number;
  /** Storey height: floor 1's height above floor 0 (the block's walls are as tall). */
  height: number;
  /** The way the ramp climbs. */
  dir: Direction;
}

/** The slope of the run, in degrees from level. */
export function slopeDegrees(c: RampCourse): number {
  return (Math.atan2(c.height, c.length * c.cellSize) * 180) / Math.PI;
}

export function describeCourse(c: RampCourse): string {
  return `${slopeDegrees(c).toFixed(1)}° (${c.length} × ${c.cellSize} m up ${c.height} m, ${c.dir})`;
}

/** Columns of the room before the ramp's foot; the foot is the last of them. */
const OPEN = 4;
/** Width of the raised block, in cells. */
const BLOCK = 3;
const ROWS = 5;
/** The ramp's row in the course laid out climbing east; the rows beside it are floor. */
const RAMP_ROW = 2;

interface Place {
  col: number;
  row: number;
}

/** The course climbing east, turned to climb `dir`: where a cell of the east layout lands. */
function turned(c: RampCourse, p: Place): Place {
  const cols = 1 + OPEN + c.length + BLOCK + 1;
  switch (c.dir) {
    case 'east':
      return p;
    case 'south':
      return { col: ROWS - 1 - p.row, row: p.col };
    case 'north':
      return { col: p.row, row: cols - 1 - p.col };
    case 'west':
      return { col: cols - 1 - p.col, row: ROWS - 1 - p.row };
  }
}

const RAMP_CHAR: Readonly<Record<Direction, string>> = { north: '^', east: '>', south: 'v', west: '<' };

/** The cells a test walks between: the foot (on floor 0), the cell beside the foot, and the top (on floor 1). */
export function places(c: RampCourse): { foot: Place; side: Place; top: Place } {
  return {
    foot: turned(c, { col: OPEN, row: RAMP_ROW }),
    side: turned(c, { col: OPEN, row: RAMP_ROW - 1 }),
    top: turned(c, { col: OPEN + c.length + 1, row: RAMP_ROW }),
  };
}

/**
 * The courses the ramp tests walk: slopes from 11° to 76° (on both sides of MOVE.slopeLimit, and within a degree of
 * it), ramps of 1–3 cells, cells of 1–8 m, storeys of the height that makes the slope (1–20 m, as wallHeight
 * allows: the block's walls are a storey tall), climbing each of the four ways in turn.
 */
export function rampCourses(): RampCourse[] {
  const dirs: Direction[] = ['east', 'south', 'west', 'north'];
  const out: RampCourse[] = [];
  let turn = 0;
  for (const degrees of [11, 20, 30, 37, 45, 49, 51, 56, 63, 70, 76])
    for (const cellSize of [1, 2, 3, 4, 8])
      for (const length of [1, 2, 3]) {
        const height = Math.round(Math.tan((degrees * Math.PI) / 180) * length * cellSize * 1000) / 1000;
        if (height < 1 || height > 20) continue;
        out.push({ cellSize, length, height, dir: dirs[turn++ % dirs.length]! });
      }
  return out;
}

export function rampLevel(c: RampCourse, withExit = false): Level {
  const cols = 1 + OPEN + c.length + BLOCK + 1;
  const eastRow = (mid: string) => '#' + '.'.repeat(OPEN) + mid + '#'.repeat(BLOCK) + '#';
  const lower = [
    '#'.repeat(cols),
    eastRow('.'.repeat(c.length)),
    eastRow('>'.repeat(c.length)),
    eastRow('.'.repeat(c.length)),
    '#'.repeat(cols),
  ];
  const upperAt = (col: number, row: number): string => {
    if (row >= 1 && row <= ROWS - 2 && col > OPEN + c.length && col < cols - 1) return '.';
    return lower[row]![col] === '#' ? '#' : ' ';
  };
  const lay = (at: (col: number, row: number) => string): string[] => {
    const size = turned(c, { col: cols - 1, row: ROWS - 1 });
    const origin = turned(c, { col: 0, row: 0 });
    const width = Math.max(size.col, origin.col) + 1;
    const depth = Math.max(size.row, origin.row) + 1;
    const out = Array.from({ length: depth }, () => Array<string>(width).fill('#'));
    for (let row = 0; row < ROWS; row++)
      for (let col = 0; col < cols; col++) {
        const p = turned(c, { col, row });
        const ch = at(col, row);
        out[p.row]![p.col] = ch === '>' ? RAMP_CHAR[c.dir] : ch;
      }
    return out.map((r) => r.join(''));
  };
  const start = turned(c, { col: 1, row: RAMP_ROW });
  const { top } = places(c);
  return makeLevel([], {
    grid: {
      cellSize: c.cellSize,
      wallHeight: c.height,
      floors: [
        { height: 0, rows: lay((col, row) => lower[row]![col]!) },
        { height: c.height, rows: lay(upperAt) },
      ],
    },
    spawn: { at: [start.col, start.row] },
    friends: [{ friend: 'mia', at: [start.col, start.row], facing: c.dir }],
    entities: withExit ? [{ id: 'exit', type: 'exit', floor: 1, at: [top.col, top.row] }] : [],
  });
}

/** How a friend walks onto the ramp, the way the keyboard and mouse do it. */
export type Approach =
  /** Standing still at the foot cell's centre facing up the ramp, then walking (or running) straight on. */
  | 'straight'
  /** Standing still with its front against the slope at the foot, then walking straight on. */
  | 'touching'
  /** Standing still at the foot cell's centre facing along the foot, turning with the mouse up the ramp, walking. */
  | 'turn-in-place'
  /** Walking from the cell beside the foot to the foot's centre, stopping there, turning up the ramp, walking on. */
  | 'stop-and-turn'
  /** Walking from the cell beside the foot and sweeping the mouse up the ramp on the way (no stop). */
  | 'turn-while-walking';

export const APPROACHES: readonly Approach[] = [
  'straight',
  'touching',
  'turn-in-place',
  'stop-and-turn',
  'turn-while-walking',
];

function step(e: Engine, over: Partial<TickInput>): void {
  e.step({ ...idleInput(), ...over });
}

/** Turns by `angle` (radians, left positive) over `ticks` ticks, like a mouse swept while the keys are held. */
function turn(e: Engine, angle: number, ticks: number, keys: Partial<TickInput>): void {
  for (let t = 0; t < ticks; t++) step(e, { ...keys, lookYaw: angle / ticks });
}

/** Yaw that looks from one point to another (yaw 0 looks north, towards -z). */
function yawTo(from: { x: number; z: number }, to: { x: number; z: number }): number {
  return Math.atan2(-(to.x - from.x), -(to.z - from.z));
}

/** A new engine on the course with the friend placed for the approach, the keys to hold from then on. */
export function approachRamp(c: RampCourse, approach: Approach, run: boolean): Engine {
  const e = new Engine(rampLevel(c));
  const f = e.active;
  const { foot: footCell, side: sideCell } = places(c);
  const foot = e.grid.center(0, footCell.col, footCell.row);
  const side = e.grid.center(0, sideCell.col, sideCell.row);
  const [dx, dz] = DIR_STEP[c.dir];
  const up = DIR_YAW[c.dir];
  const keys = { moveY: 1, run };
  const distance = (p: { x: number; z: number }) => Math.hypot(f.position.x - p.x, f.position.z - p.z);
  switch (approach) {
    case 'straight':
      f.teleport(foot, up);
      break;
    case 'touching': {
      // The low edge of the slope is half a cell ahead of the foot's centre; the body's front is its radius ahead.
      const back = c.cellSize / 2 - 0.36;
      f.teleport({ x: foot.x + dx * back, y: 0, z: foot.z + dz * back }, up);
      break;
    }
    case 'turn-in-place':
      f.teleport(foot, yawTo(foot, side));
      for (let t = 0; t < 20; t++) step(e, {});
      turn(e, wrapAngle(up - f.yaw), 15, {});
      break;
    case 'stop-and-turn': {
      f.teleport(side, yawTo(side, foot));
      // Walk to the foot's centre the way the bot does: slowing near it, stopping within 0.1 m.
      for (let t = 0; t < 600 && distance(foot) > 0.1; t++) {
        const d = distance(foot);
        step(e, { moveY: Math.min(1, Math.max(0.2, d / 1)), lookYaw: wrapAngle(yawTo(f.position, foot) - f.yaw) });
      }
      for (let t = 0; t < 20; t++) step(e, {});
      turn(e, wrapAngle(up - f.yaw), 15, {});
      break;
    }
    case 'turn-while-walking': {
      f.teleport(side, yawTo(side, foot));
      // A quarter turn swept over a fifth of a second, begun about a turning radius before the foot's centre.
      const ticks = 12;
      const radius = Math.min(c.cellSize / 2, ((run ? 5.5 : 4) * ticks) / 60 / (Math.PI / 2));
      for (let t = 0; t < 600 && distance(foot) > radius; t++) step(e, keys);
      turn(e, wrapAngle(up - f.yaw), ticks, keys);
      break;
    }
  }
  return e;
}

/** Seconds a walk over the ramp and a cell either side takes, with time to spare. */
function walkSeconds(c: RampCourse): number {
  return 3 + (Math.hypot(c.length * c.cellSize, c.height) + 2 * c.cellSize) / 4;
}

/** Plays the approach, then holds forward: true when the friend stands on the top cell of floor 1 in time. */
export function climbs(c: RampCourse, approach: Approach, run: boolean, seconds = walkSeconds(c)): boolean {
  const e = approachRamp(c, approach, run);
  const { top } = places(c);
  const keys = { moveY: 1, run };
  for (let t = 0; t < Math.round(seconds * 60); t++) {
    step(e, keys);
    const at = e.cellOf(e.active);
    if (at.floor === 1 && at.col === top.col && at.row === top.row && e.active.ground !== null) return true;
  }
  return false;
}

/**
 * Stands the friend on the top cell facing down the ramp and holds forward: the cell it stands on, grounded, after
 * `seconds` (null when it is not on the ground then), and whether it fell into the void on the way.
 */
export function descends(
  c: RampCourse,
  run: boolean,
  seconds = walkSeconds(c),
): { floor: number; col: number; row: number } | null {
  const e = new Engine(rampLevel(c));
  const f = e.active;
  const { top, foot } = places(c);
  const from = e.grid.center(1, top.col, top.row);
  const to = e.grid.center(0, foot.col, foot.row);
  f.teleport(from, yawTo(from, to));
  for (let t = 0; t < Math.round(seconds * 60); t++) {
    const ahead = e.cellOf(f);
    // Stop holding forward once over the foot, so the friend stays in the room.
    const over = ahead.floor === 0 && ahead.col === foot.col && ahead.row === foot.row;
    step(e, over ? {} : { moveY: 1, run });
  }
  if (e.drainEvents().some((ev) => ev.type === 'respawn')) return null;
  return f.ground ? e.cellOf(f) : null;
}
