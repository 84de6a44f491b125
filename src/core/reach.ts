// How far things reach in metres, worked out once from the tuning for the solver and the bot alike. A running jump,
// a standing jump and Leo's dash are played here tick by tick the way the engine integrates them (src/engine/friend.ts),
// from where the bot starts them (src/bot/bot.ts), and land when the body catches the far edge of the gap.
import type { Grid } from './grid';
import { BODY, BOT, GRAVITY, MOVE, PROOF, SKILLS, TICK } from './tuning';

/**
 * How a leap starts. 'run': a jump backs up into the cell behind the take-off and runs from its centre; a dash may
 * start back there. 'stand': nothing to back onto (a wall, void, a ramp or a door behind), so the jump runs from the
 * take-off cell's centre where the bot stood still, and the dash starts inside the take-off cell.
 */
export type LeapStart = 'run' | 'stand';

/** Metres a friend slides on after letting go of the run at full speed. */
const SLIDE = (MOVE.runSpeed * MOVE.runSpeed) / (2 * MOVE.groundAccel);

/**
 * Ticks a dash carries Leo at dash speed: the engine counts its seconds down a tick at a time, and the tick that
 * leaves none moves him at running speed already.
 */
const DASH_TICKS = (() => {
  let seconds: number = SKILLS.overclock.dashSeconds - TICK;
  let ticks = 1;
  while (seconds > 0) {
    seconds -= TICK;
    ticks++;
  }
  return ticks - 1;
})();
/** Metres the dash itself carries Leo (the tick it ends moves him at running speed). */
export const DASH_METRES = SKILLS.overclock.dashSpeed * DASH_TICKS * TICK;

/** Whether the cell behind a take-off (`dc`, `dr` the way of the leap) is plain ground the bot backs onto for a run. */
export function runsUp(grid: Grid, floor: number, col: number, row: number, dc: number, dr: number): boolean {
  const c = col - dc;
  const r = row - dr;
  return grid.inside(c, r) && grid.walkable(floor, c, r) && grid.rampAt(floor, c, r) === undefined;
}

/**
 * Where the bot stands still to start a dash over `gapCells` void cells, in metres along the line from the take-off
 * cell's centre (negative is back towards the cell behind): so that the dash ends `BOT.dashShort` short of the landing
 * cell's centre when it can, never nearer the edge than `BOT.dashLead`, and inside the take-off cell when it cannot
 * back into the cell behind.
 */
export function dashStart(cellSize: number, gapCells: number, start: LeapStart = 'run'): number {
  const half = cellSize / 2;
  const ideal = (gapCells + 1) * cellSize - BOT.dashShort - DASH_METRES;
  const back = start === 'run' ? -cellSize : -(half - BOT.dashLead);
  return Math.min(half - BOT.dashLead, Math.max(back, ideal));
}

/** Where a leap comes down, in metres along its line from the take-off cell's centre. */
export interface LeapReach {
  /** The farthest the body's edge can get before it stands still (the cells it may slide into). */
  rests: number;
}

/** The body's centre after each tick of a leap: metres along the line, and height above where it stood. */
interface Path {
  x: number[];
  y: number[];
}

/** `v` moved towards `to` by at most `step`, as the engine's controller does. */
function toward(v: number, to: number, step: number): number {
  return Math.abs(to - v) <= step ? to : v + Math.sign(to - v) * step;
}

/** Ticks in the air after the take-off, until the body is well below where it left. */
function fall(path: Path, x: number, y: number, vx: number, vy: number): Path {
  while (y > -2 * BODY.radius && path.x.length < 600) {
    // The bot holds forward at a run until past the landing; the air gives a little grip.
    vx = toward(vx, MOVE.runSpeed, MOVE.airAccel * TICK);
    vy = Math.max(vy - GRAVITY * TICK, -MOVE.maxFallSpeed);
    x += vx * TICK;
    y += vy * TICK;
    path.x.push(x);
    path.y.push(y);
  }
  return path;
}

/**
 * A jump: the bot's run to the press and the flight. The worst start: as near the edge as its stop allows, still
 * moving back from the walk there; the press on the first tick at BOT.jumpLead before the edge (a later tick is nearer).
 */
function jumpPath(cellSize: number, start: LeapStart): Path {
  const press = cellSize / 2 - BOT.jumpLead;
  let x = start === 'run' ? -cellSize + BOT.stopRadius : BOT.skillStopRadius;
  let v = start === 'run' ? -MOVE.walkSpeed * BOT.slowestShare : -BOT.stillSpeed;
  while (x < press) {
    v = toward(v, MOVE.runSpeed, MOVE.groundAccel * TICK);
    x += v * TICK;
  }
  // The press tick: the stick's pull on the ground, then the lift, and gravity already acts.
  v = toward(v, MOVE.runSpeed, MOVE.groundAccel * TICK);
  const vy = MOVE.jumpSpeed - GRAVITY * TICK;
  const path: Path = { x: [press + v * TICK], y: [vy * TICK] };
  return fall(path, path.x[0]!, path.y[0]!, v, vy);
}

/** A dash from standing still `from` metres along the line: DASH_TICKS at dash speed level, a tick at running speed, then the fall. */
function dashPath(from: number): Path {
  const path: Path = { x: [], y: [] };
  let x = from;
  for (let i = 0; i < DASH_TICKS; i++) {
    x += SKILLS.overclock.dashSpeed * TICK;
    path.x.push(x);
    path.y.push(0);
  }
  x += MOVE.runSpeed * TICK;
  path.x.push(x);
  path.y.push(0);
  return fall(path, x, 0, MOVE.runSpeed, 0);
}

/**
 * Whether a body on this path catches ground whose edge is at `edge` metres along the line, at the height it left
 * from: it does once its centre is past the edge while above it, or when it first touches the edge's corner with its
 * centre at least PROOF.catchRise of its radius above it (the contact pushes it up onto the ledge, not back).
 */
function catches(path: Path, edge: number): boolean {
  for (let i = 0; i < path.x.length; i++) {
    const h = BODY.radius + path.y[i]!;
    if (h <= 0) return false;
    const short = edge - path.x[i]!;
    if (short <= 0) return true;
    if (short * short + h * h < BODY.radius * BODY.radius) return h >= PROOF.catchRise * BODY.radius;
  }
  return false;
}

/** Where the path first comes back down to the height it left from (its last point when it never does). */
function comesDown(path: Path): number {
  for (let i = 1; i < path.x.length; i++) if (path.y[i]! <= 0 && path.y[i - 1]! > path.y[i]!) return path.x[i]!;
  return path.x[path.x.length - 1]!;
}

const paths = new Map<string, Path>();
function pathOf(kind: 'jump' | 'dash', cellSize: number, gapCells: number, start: LeapStart): Path {
  const key = `${kind} ${cellSize} ${kind === 'dash' ? gapCells : 0} ${start}`;
  let p = paths.get(key);
  if (!p) {
    // The dash starts where the bot stops, up to its stop radius short.
    p =
      kind === 'jump'
        ? jumpPath(cellSize, start)
        : dashPath(dashStart(cellSize, gapCells, start) - BOT.skillStopRadius);
    paths.set(key, p);
  }
  return p;
}

const reaches = new Map<string, LeapReach | null>();

/**
 * A jump or Leo's dash over `gapCells` void cells from a run-up or a standing start: how far it may slide on, or null
 * when it does not carry the body PROOF.landMargin past what it takes to catch the far edge of the gap.
 */
export function leapReach(
  kind: 'jump' | 'dash',
  cellSize: number,
  gapCells: number,
  start: LeapStart = 'run',
): LeapReach | null {
  const key = `${kind} ${cellSize} ${gapCells} ${start}`;
  const known = reaches.get(key);
  if (known !== undefined) return known;
  const reach = workOutReach(kind, cellSize, gapCells, start);
  reaches.set(key, reach);
  return reach;
}

function workOutReach(kind: 'jump' | 'dash', cellSize: number, gapCells: number, start: LeapStart): LeapReach | null {
  const farEdge = (gapCells + 0.5) * cellSize;
  if (!catches(pathOf(kind, cellSize, gapCells, start), farEdge + PROOF.landMargin)) return null;
  // The farthest it comes down: from a full run (a standing start at this cell size may run as fast), a tick late.
  const late = MOVE.runSpeed * TICK;
  const furthest =
    kind === 'jump'
      ? comesDown(pathOf('jump', cellSize, 0, 'run')) + late
      : dashStart(cellSize, gapCells, start) + BOT.skillStopRadius + DASH_METRES + 2 * late;
  // The bot keeps running until it passes the landing cell's centre, then lets go and slides to a stop.
  const landingCentre = (gapCells + 1) * cellSize;
  return { rests: Math.max(furthest, landingCentre) + late + SLIDE + BODY.radius };
}

/** The most void cells a jump or a dash clears in a level with this cell size (0 when not even one). */
export function maxGapCells(kind: 'jump' | 'dash', cellSize: number, start: LeapStart = 'run'): number {
  let n = 0;
  while (n < 64 && leapReach(kind, cellSize, n + 1, start)) n++;
  return n;
}

/**
 * The widest gap in metres, to the centimetre, that a jump or a dash counts as cleared at this cell size (for the
 * designer's reasons): from an edge BOT.jumpLead or BOT.dashLead ahead of where it is pressed.
 */
export function leapMetres(kind: 'jump' | 'dash', cellSize: number, start: LeapStart = 'run'): number {
  const half = cellSize / 2;
  const path = kind === 'jump' ? jumpPath(cellSize, start) : dashPath(half - BOT.dashLead - BOT.skillStopRadius);
  let cm = 0;
  while (cm < 2000 && catches(path, half + (cm + 1) / 100 + PROOF.landMargin)) cm++;
  return cm / 100;
}
