// The level as it stands during play, in the words the solver plans with: where each friend is and what the party
// has changed. The engine writes it (engine.liveState()); the solver plans from it (planFrom) for Show the way and
// for skipping a puzzle, so the route starts where the player stands, not at the level's start.
import type { CellRef } from './grid';
import type { FriendName } from './schema';

export interface LiveState {
  /** Each friend in the level, the cell they stand in and (when known) the lucidity doubt hazards have left them. */
  friends: { friend: FriendName; cell: CellRef; lucidity?: number }[];
  /** The friend the player controls. */
  active: FriendName;
  /** Friends standing in the level whom the party has not found yet (none when left out). */
  waiting?: FriendName[];
  /** Doors and moving platforms a code node left the other way round from how the level starts them. */
  toggled: string[];
  /** False walls, hidden platforms and hidden fragments Noah has revealed. */
  revealed: string[];
  /** Cracked walls Leo has smashed. */
  broken: string[];
  /** Mia's bridges standing, oldest first, each as its two anchors' ids. */
  bridges: [string, string][];
  /** Fragments read. */
  read: string[];
  /** The checkpoint last reached, or null. */
  checkpoint: string | null;
  /** Every checkpoint reached so far (skipping a puzzle goes on to one not among them). */
  checkpoints?: string[];
  /** The boss, when the level has one: shroud lifted, cores broken, cycle nodes rewritten. */
  boss?: { lifted: boolean; cores: string[]; nodes: string[] };
}
