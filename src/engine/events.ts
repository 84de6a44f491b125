// What happened during a tick, for the HUD, sound, subtitles and tests. The engine never waits for anyone to read them.
import type { FriendName } from '../core/schema';
import type { DiagnoseFinding } from './skills/types';
import type { SkillName } from '../core/skills';

export type GameEvent =
  | { type: 'respawn'; friend: FriendName; cause: 'void' | 'lucidity' }
  | { type: 'checkpoint'; id: string }
  | { type: 'switch'; from: FriendName; to: FriendName }
  /** The player chose a friend who is not in this level (yet). */
  | { type: 'switch-refused'; friend: FriendName }
  | { type: 'complete'; ticks: number }
  | { type: 'exit-locked'; missing: string[] }
  | { type: 'message'; text: string }
  | { type: 'skill'; friend: FriendName; skill: SkillName; target?: string }
  | { type: 'skill-failed'; friend: FriendName; skill: SkillName; reason: string }
  | { type: 'diagnose'; found: DiagnoseFinding[] }
  | { type: 'fragment'; id: string; title?: string; text: string }
  | { type: 'dialogue'; id: string; lines: { speaker: string; text: string }[] }
  | { type: 'lucidity'; friend: FriendName; value: number };

export type GameEventType = GameEvent['type'];
