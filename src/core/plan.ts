// A plan is the solver's proof that a level can be beaten, as steps a player would take.
// The bot (`npm run level -- play`) turns each step into inputs and plays it in the engine's physics.
import type { CellRef } from './grid';
import type { SkillName } from './skills';
import type { FriendName } from './schema';

export type PlanStep =
  /** Take control of another friend (the others stay where they are, holding plates). */
  | { kind: 'switch'; friend: FriendName }
  /**
   * Walk cell to cell. Consecutive cells are 4-neighbours on one floor, or the two ends of a ramp step
   * (a ramp cell and the cell above or below it). Void cells on the path are bridged or revealed platforms.
   */
  | { kind: 'walk'; friend: FriendName; path: CellRef[]; waits?: WalkWait[] }
  /** A running jump in a straight line across void cells (at most TRAVERSE.jumpGapCells) to the same height. */
  | { kind: 'jump'; friend: FriendName; from: CellRef; to: CellRef }
  /** Leo's overclock dash in a straight line: across void (at most SKILLS.overclock.maxGapCells) or through a cracked wall. */
  | { kind: 'dash'; friend: FriendName; from: CellRef; to: CellRef }
  /** Use a skill from a cell: aimed at `target` (bridge anchor, code node) or, for diagnose, around the friend. */
  | { kind: 'skill'; friend: FriendName; skill: SkillName; target: string | null; from: CellRef }
  /**
   * Ride a moving platform: from ground cell `from` step onto it at its cell `on`, stay on while it carries the
   * friend to its cell `off`, and step off onto ground cell `to` (each of `from` and `to` beside the cell of the slab).
   */
  | { kind: 'ride'; friend: FriendName; platform: string; from: CellRef; on: CellRef; off: CellRef; to: CellRef }
  /** Read a memory fragment with E. */
  | { kind: 'read'; friend: FriendName; fragment: string; from: CellRef }
  /** Step onto the exit. */
  | { kind: 'exit'; friend: FriendName; at: CellRef };

/**
 * A stop on a walk past a patrolling doubt hazard: at path index `at` (a cell out of every hazard's reach) the friend
 * stands still until the hazard's patrol clock (seconds into its loop) comes round to `clock`, then walks on.
 */
export interface WalkWait {
  at: number;
  hazard: string;
  clock: number;
}

export interface Plan {
  level: string;
  steps: PlanStep[];
}

export function describeCell(c: CellRef): string {
  return `${c.floor > 0 ? `floor ${c.floor} ` : ''}[${c.col}, ${c.row}]`;
}

/** One line a step, for the checker's output. */
export function describeStep(step: PlanStep): string {
  switch (step.kind) {
    case 'switch':
      return `switch to ${step.friend}`;
    case 'walk':
      return `${step.friend} walks ${describeCell(step.path[0]!)} → ${describeCell(step.path[step.path.length - 1]!)} (${step.path.length - 1} cells)`;
    case 'jump':
      return `${step.friend} jumps ${describeCell(step.from)} → ${describeCell(step.to)}`;
    case 'dash':
      return `${step.friend} dashes ${describeCell(step.from)} → ${describeCell(step.to)}`;
    case 'skill':
      return `${step.friend} uses ${step.skill}${step.target ? ` on ${step.target}` : ''} from ${describeCell(step.from)}`;
    case 'ride':
      return `${step.friend} rides ${step.platform} ${describeCell(step.from)} → ${describeCell(step.to)}`;
    case 'read':
      return `${step.friend} reads ${step.fragment} from ${describeCell(step.from)}`;
    case 'exit':
      return `${step.friend} reaches the exit at ${describeCell(step.at)}`;
  }
}
