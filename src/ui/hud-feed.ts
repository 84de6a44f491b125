// What the HUD shows from the engine's events: subtitles (memory fragments, dialogue), the diagnose readout and
// short toasts (respawn, checkpoint, a skill that did not work). Plain TypeScript with times passed in, so the
// HUD only draws it.
import type { GameEvent } from '../engine/events';
import type { DiagnoseFinding } from '../engine/skills/types';
import type { FriendName, HintAction } from '../core/schema';

/** How long HUD messages stay, in seconds. */
export const HUD_TIMING = {
  /** How often the HUD reads the engine. */
  refreshSeconds: 0.1,
  toastSeconds: 3,
  maxToasts: 4,
  /** A subtitle stays this long plus a little per character, so long fragments can be read. */
  subtitleBaseSeconds: 2.5,
  subtitleSecondsPerChar: 0.055,
  subtitleMaxSeconds: 14,
  diagnoseSeconds: 6,
  maxSubtitlesQueued: 24,
} as const;

export const FRIEND_TITLE: Readonly<Record<FriendName, string>> = { mia: 'Mia', noah: 'Noah', ava: 'Ava', leo: 'Leo' };

/** A speaker as subtitles write it: a friend the way the HUD writes them ("mia" → "Mia"), anyone else as written. */
export function speakerTitle(speaker: string): string {
  const friend = speaker.trim().toLowerCase();
  return friend in FRIEND_TITLE ? FRIEND_TITLE[friend as FriendName] : speaker;
}

export interface Subtitle {
  /** "Memory fragment", a speaker's name, or a fragment's own title. */
  speaker: string;
  text: string;
  kind: 'fragment' | 'dialogue';
}

/** A tutorial prompt on screen; `{key}` in its text becomes the key bound to its action. */
export interface HintShown {
  id: string;
  action: HintAction;
  text: string;
}

export interface Toast {
  text: string;
  until: number;
}

export interface DiagnoseReadout {
  found: DiagnoseFinding[];
  until: number;
}

const BOSS_PHASE_NOTE = {
  cores: 'The shroud lifts: its cores float over the void',
  loop: 'The cores are broken: the cycle lies open to Ava',
  broken: 'The cycle is broken: the way out is open',
} as const;

const ENTITY_WORDS: Record<string, string> = {
  'false-wall': 'hidden passage',
  'hidden-platform': 'hidden platform',
  fragment: 'memory fragment',
  'boss-arena': 'weak point',
  boss: 'the doubt, unshrouded',
  'boss-core': 'core of the doubt',
};

/** "hidden passage 4.2 m" */
export function describeFinding(f: DiagnoseFinding): string {
  const word = ENTITY_WORDS[f.type] ?? f.type.replace(/-/g, ' ');
  return `${word} ${f.distance.toFixed(1)} m`;
}

export function subtitleSeconds(text: string): number {
  return Math.min(
    HUD_TIMING.subtitleMaxSeconds,
    HUD_TIMING.subtitleBaseSeconds + text.length * HUD_TIMING.subtitleSecondsPerChar,
  );
}

export class HudFeed {
  private readonly queue: Subtitle[] = [];
  private current: { subtitle: Subtitle; until: number } | null = null;
  private toasts: Toast[] = [];
  private diagnose: DiagnoseReadout | null = null;
  private shownHint: HintShown | null = null;

  /** Takes one engine event at time `now` (seconds). */
  take(event: GameEvent, now: number): void {
    switch (event.type) {
      case 'fragment':
        this.say({ speaker: event.title ?? 'Memory fragment', text: event.text, kind: 'fragment' }, now);
        break;
      case 'dialogue':
        for (const line of event.lines)
          this.say({ speaker: speakerTitle(line.speaker), text: line.text, kind: 'dialogue' }, now);
        break;
      case 'diagnose':
        this.diagnose = {
          found: [...event.found].sort((a, b) => a.distance - b.distance),
          until: now + HUD_TIMING.diagnoseSeconds,
        };
        break;
      case 'respawn':
        this.toast(
          `${FRIEND_TITLE[event.friend]} ${event.cause === 'void' ? 'fell into the void' : 'lost all lucidity'} and woke at the checkpoint`,
          now,
        );
        break;
      case 'checkpoint':
        this.toast('Checkpoint reached', now);
        break;
      case 'exit-locked':
        this.toast(`The exit is still closed: ${event.missing.join(', ')}`, now);
        break;
      case 'hint':
        this.shownHint = { id: event.id, action: event.action, text: event.text };
        break;
      case 'hint-done':
        if (this.shownHint?.id === event.id) this.shownHint = null;
        break;
      case 'switch-refused':
        this.toast(`${FRIEND_TITLE[event.friend]} is not here yet`, now);
        break;
      case 'friend-found':
        this.toast(`${FRIEND_TITLE[event.friend]} joins the party`, now);
        break;
      case 'skill-failed':
        this.toast(event.reason, now);
        break;
      case 'message':
        this.toast(event.text, now);
        break;
      // The self-doubt boss: what it whispers as subtitles, its phases and the party's progress as notes.
      case 'whisper':
        if (event.line)
          this.say({ speaker: speakerTitle(event.line.speaker), text: event.line.text, kind: 'dialogue' }, now);
        break;
      case 'boss-phase':
        if (event.phase !== 'shrouded') this.toast(BOSS_PHASE_NOTE[event.phase], now);
        break;
      case 'core-broken':
        if (event.left > 0) this.toast(`A core shatters: ${event.left} left`, now);
        break;
      case 'cycle-node':
        this.toast(`Cycle node rewritten: ${event.done} of ${event.of}`, now);
        break;
      default:
        break;
    }
  }

  /** The subtitle on screen at `now`; the next queued one follows when it has been shown long enough. */
  subtitle(now: number): Subtitle | null {
    if (this.current && now >= this.current.until) this.current = null;
    if (!this.current) {
      const next = this.queue.shift();
      if (next) this.current = { subtitle: next, until: now + subtitleSeconds(next.text) };
    }
    return this.current?.subtitle ?? null;
  }

  /** Skips the subtitle on screen (the player read it). */
  skipSubtitle(): void {
    this.current = null;
  }

  activeToasts(now: number): readonly Toast[] {
    if (this.toasts.some((t) => t.until <= now)) this.toasts = this.toasts.filter((t) => t.until > now);
    return this.toasts;
  }

  /** The tutorial hint showing now, or null. */
  hint(): HintShown | null {
    return this.shownHint;
  }

  readout(now: number): DiagnoseReadout | null {
    if (this.diagnose && now >= this.diagnose.until) this.diagnose = null;
    return this.diagnose;
  }

  private say(subtitle: Subtitle, _now: number): void {
    this.queue.push(subtitle);
    if (this.queue.length > HUD_TIMING.maxSubtitlesQueued) this.queue.shift();
  }

  private toast(text: string, now: number): void {
    this.toasts = [...this.toasts, { text, until: now + HUD_TIMING.toastSeconds }].slice(-HUD_TIMING.maxToasts);
  }
}
