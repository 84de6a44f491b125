// Replays in the page: every run is recorded from its first tick (so the pause menu can save it, and an error report
// can carry it), and a recorded run can be played back through the page's own input, in place of the player's
// hands, on a fresh engine of the same level.
//
// For App.tsx: `recordRuns()` once (in an effect); wrap the player's input in a `ReplayOverride` and hand it to
// `setReplayOverride` so `playRecorded` can drive it.
import type { Level } from '../core/schema';
import type { Engine } from '../engine/engine';
import { ReplayInput, replayRefusal, startRecording, type Replay, type ReplayRecorder } from '../engine/replay';
import type { TickInput } from '../engine/tick-input';
import type { LookSource } from '../view/Driver';
import { useGame, type GameStore } from './store';

const NO_LOOK = { yaw: 0, pitch: 0 };

/** The player's input, or a recorded run's while one plays. */
export class ReplayOverride implements LookSource {
  private replay: ReplayInput | null = null;

  constructor(private readonly player: LookSource) {}

  /** Plays a run's inputs from the next tick on; the player's input comes back when they are all played. */
  play(replay: Replay): void {
    this.replay = new ReplayInput(replay);
  }

  get playing(): boolean {
    return this.replay !== null && !this.replay.done;
  }

  next(): TickInput {
    if (this.replay) {
      if (!this.replay.done) return this.replay.next();
      this.replay = null;
    }
    return this.player.next();
  }

  pendingLook(): { yaw: number; pitch: number } {
    return this.replay ? NO_LOOK : this.player.pendingLook();
  }
}

let override: ReplayOverride | null = null;

/** The page's input that replays play through (App sets it once). */
export function setReplayOverride(input: ReplayOverride | null): void {
  override = input;
}

declare global {
  interface Window {
    /** Plays a recorded run of the level being played, from its start, through the page's input (browser tests). */
    __dreamcyclePlayReplay?: (replay: Replay) => void;
  }
}

/** Lets a browser test hand the page a recorded run; returns the function that takes it away. */
export function exposeReplayPlayer(play: (replay: Replay) => void): () => void {
  window.__dreamcyclePlayReplay = play;
  return () => {
    if (window.__dreamcyclePlayReplay === play) delete window.__dreamcyclePlayReplay;
  };
}

let recorder: ReplayRecorder | null = null;
let recorded: Engine | null = null;

function follow(engine: Engine | null, file: string): void {
  if (engine === recorded) return;
  recorder?.stop();
  recorder = null;
  recorded = engine;
  // An engine someone else already records (a test, a tool) keeps its recorder.
  if (engine && !engine.inputTap) recorder = startRecording(engine, file || undefined);
}

/** Records every engine the store plays from its first tick; returns the function that stops. */
export function recordRuns(store: GameStore = useGame): () => void {
  follow(store.getState().engine, store.getState().levelName);
  const stop = store.subscribe((s) => follow(s.engine, s.levelName));
  return () => {
    stop();
    follow(null, '');
  };
}

/** The run being played so far, as a replay; null before any. */
export function currentReplay(): Replay | null {
  return recorder && recorder.ticks > 0 ? recorder.toJSON() : null;
}

/** Offers the run so far as a file download ("Save replay" in the pause menu). Returns the file name, or null. */
export function saveReplay(): string | null {
  const replay = currentReplay();
  if (!replay) return null;
  const name = `dreamcycle-${replay.level.id}-${replay.ticks}.replay.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(replay)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data by the next turn of the event loop.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}

/**
 * Plays a recorded run through the page's input on a new engine of its level: `fresh()` builds it and puts it in the
 * store, and the run's first input is that engine's first tick. Throws a sentence a person can act on when the
 * run cannot be played here (another level, another engine version, nothing to play it through).
 */
export function playRecorded(replay: Replay, level: Level, fresh: () => void): void {
  if (!override) throw new Error('the game has no input to play a replay through yet: wait for the level to show');
  const refusal = replayRefusal(replay, level);
  if (refusal) throw new Error(refusal);
  fresh();
  override.play(replay);
}
