// What happened during a tick, for the HUD, sound, subtitles and tests. The engine never waits for anyone to read them.
import type { FriendName } from '../levels/schema';

export type GameEvent =
  | { type: 'respawn'; friend: FriendName; cause: 'void' | 'lucidity' }
  | { type: 'checkpoint'; id: string }
  | { type: 'switch'; from: FriendName; to: FriendName }
  | { type: 'complete'; ticks: number }
  | { type: 'exit-locked'; missing: string[] }
  | { type: 'message'; text: string };

export type GameEventType = GameEvent['type'];
