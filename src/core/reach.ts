// How far things reach in metres, worked out once from the tuning for the solver and the bot alike: where a running
// jump or Leo's dash leaves the ground, where it comes down and how far it slides on, for a level's cell size.
import { BODY, BOT, GRAVITY, MOVE, PROOF, SKILLS, TICK } from './tuning';

/** Seconds a running jump stays in the air before it is back at the height it left from. */
export const JUMP_AIR_SECONDS = (2 * MOVE.jumpSpeed) / GRAVITY;

/** Metres a friend slides on after letting go of the run at full speed. */
const SLIDE = (MOVE.runSpeed * MOVE.runSpeed) / (2 * MOVE.groundAccel);

/** Ticks a dash lasts (one more when the seconds do not divide evenly), and the metres it carries Leo. */
const DASH_TICKS = Math.round(SKILLS.overclock.dashSeconds / TICK);
export const DASH_METRES = SKILLS.overclock.dashSpeed * DASH_TICKS * TICK;
const DASH_MIN = DASH_METRES;
const DASH_MAX = SKILLS.overclock.dashSpeed * (DASH_TICKS + 1) * TICK;

/**
 * Where the bot stands still to start a dash over `gapCells` void cells, in metres along the line from the
 * take-off cell's centre (negative is back in the cell behind): so that the dash ends `BOT.dashShort` short of
 * the landing cell's centre when it can, never starting past `BOT.dashLead` before the edge.
 */
export function dashStart(cellSize: number, gapCells: number): number {
  const ideal = (gapCells + 1) * cellSize - BOT.dashShort - DASH_METRES;
  return Math.min(cellSize / 2 - BOT.dashLead, Math.max(-cellSize, ideal));
}

/** Where a leap leaves the ground and comes down, in metres along its line from the take-off cell's centre. */
export interface LeapReach {
  /** The nearest the body's centre can be when it first has ground under it again. */
  lands: number;
  /** The farthest the body's edge can get before it stands still. */
  rests: number;
}

/**
 * A running jump (the bot backs up into the cell behind and runs) or Leo's dash over `gapCells` void cells: where
 * it comes down and how far it may slide, or null when it cannot carry the body past the far edge of the gap.
 */
export function leapReach(kind: 'jump' | 'dash', cellSize: number, gapCells: number): LeapReach | null {
  const farEdge = (gapCells + 0.5) * cellSize;
  // The bot keeps running until it passes the landing cell's centre, then lets go and slides to a stop.
  const landingCentre = (gapCells + 1) * cellSize;
  let lands: number;
  let furthest: number;
  if (kind === 'jump') {
    // The jump is pressed BOT.jumpLead before the edge, at most a tick late, at full running speed.
    const takeOff = cellSize / 2 - BOT.jumpLead;
    const carry = MOVE.runSpeed * JUMP_AIR_SECONDS;
    lands = takeOff + carry;
    furthest = takeOff + MOVE.runSpeed * TICK + carry;
  } else {
    const start = dashStart(cellSize, gapCells);
    lands = start - BOT.skillStopRadius + DASH_MIN;
    furthest = start + BOT.skillStopRadius + DASH_MAX;
  }
  const rests = Math.max(furthest, landingCentre) + MOVE.runSpeed * TICK + SLIDE + BODY.radius;
  // The body's radius catches the far edge: its centre may come down short of it by the radius, less the margin.
  if (lands + BODY.radius < farEdge + PROOF.landMargin) return null;
  return { lands, rests };
}

/** The most void cells a jump or a dash clears in a level with this cell size (0 when not even one). */
export function maxGapCells(kind: 'jump' | 'dash', cellSize: number): number {
  let n = 0;
  while (n < 64 && leapReach(kind, cellSize, n + 1)) n++;
  return n;
}
