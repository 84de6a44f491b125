// What happened during a tick, for the HUD, sound, subtitles and tests. The engine never waits for anyone to read them.
import type { FriendName, HintAction } from '../core/schema';
import type { BossPhase } from './boss';
import type { DiagnoseFinding } from './skills/types';
import type { SkillName } from '../core/skills';

export type GameEvent =
  | { type: 'respawn'; friend: FriendName; cause: 'void' | 'lucidity' }
  | { type: 'checkpoint'; id: string }
  | { type: 'switch'; from: FriendName; to: FriendName }
  /** The player chose a friend who is not in this level (yet). */
  | { type: 'switch-refused'; friend: FriendName }
  /** A friend who waited in the level was found by the party: from now on they can be played. */
  | { type: 'friend-found'; friend: FriendName }
  | { type: 'complete'; ticks: number }
  | { type: 'exit-locked'; missing: string[] }
  | { type: 'message'; text: string }
  | { type: 'skill'; friend: FriendName; skill: SkillName; target?: string }
  | { type: 'skill-failed'; friend: FriendName; skill: SkillName; reason: string }
  | { type: 'diagnose'; found: DiagnoseFinding[] }
  | { type: 'fragment'; id: string; title?: string; text: string }
  | { type: 'dialogue'; id: string; lines: { speaker: string; text: string }[] }
  | { type: 'lucidity'; friend: FriendName; value: number }
  /** A tutorial prompt to show; the UI puts the key bound to `action` where the text says {key}. */
  | { type: 'hint'; id: string; action: HintAction; text: string }
  /** Put the hint away: `done` when its action was done (it will not come back), false when the friend walked off. */
  | { type: 'hint-done'; id: string; done: boolean }
  | { type: 'boss-phase'; id: string; phase: BossPhase }
  /** The boss threw a wave of doubt from (x, z): it throws back every friend it passes. */
  | { type: 'doubt-wave'; x: number; z: number }
  /** The boss whispers: sight blurs and left and right are swapped for `seconds`. */
  | { type: 'whisper'; seconds: number; line?: { speaker: string; text: string } }
  | { type: 'core-broken'; id: string; left: number }
  | { type: 'cycle-node'; id: string; done: number; of: number }
  | { type: 'cycle-broken'; id: string }
  /** The last level is done with its boss broken: the sunrise. */
  | { type: 'epilogue' }
  /** Assist: the party was moved on to a checkpoint, skipping a puzzle. */
  | { type: 'skipped'; checkpoint: string };

export type GameEventType = GameEvent['type'];

/** Where the parts of the engine say what happened. */
export interface EventSink {
  emit(event: GameEvent): void;
}

/** Nobody read events for this many: the oldest go, so a level played for hours by no reader does not grow. */
const MAX_PENDING = 1000;
/** Handed out when nothing happened, so a tick without events allocates nothing. */
const NONE: readonly GameEvent[] = Object.freeze([]);

/** The events of the ticks since the last drain. */
export class EventQueue implements EventSink {
  private pending: GameEvent[] = [];

  emit(event: GameEvent): void {
    this.pending.push(event);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
  }

  /** Takes the events so far; the caller may keep the array. */
  drain(): readonly GameEvent[] {
    if (this.pending.length === 0) return NONE;
    const e = this.pending;
    this.pending = [];
    return e;
  }

  get size(): number {
    return this.pending.length;
  }
}
