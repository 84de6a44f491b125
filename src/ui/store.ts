// What the menus and the HUD need to know, as a zustand store: the running engine, the phase of play, the level's
// name and problems, and the settings. Per-frame data (positions, lucidity, cooldowns) is read from the engine,
// never copied here.
import { create } from 'zustand';
import type { Engine } from '../engine/engine';
import { TICK } from '../core/tuning';
import { CAMERA } from '../core/tuning';
import type { LevelProblem } from '../levels/errors';
import { gameEvents } from './events';
import { browserStorage, loadSettings, saveSettings, type Settings, type SettingsStorage } from './settings';

export type Phase = 'loading' | 'start' | 'playing' | 'paused' | 'complete' | 'error';

export interface LevelProblems {
  /** The file the problems are in. */
  file: string;
  problems: LevelProblem[];
  /** Whether a level is running behind the panel (it can be dismissed) or nothing could be played. */
  running: boolean;
}

export interface GameState {
  engine: Engine | null;
  phase: Phase;
  levelName: string;
  /** Problems of the last level file that failed to load, shown in the error panel; null when none. */
  problems: LevelProblems | null;
  /** Seconds of game time the level took, once complete. */
  completedSeconds: number | null;
  /** A message for the 'error' phase when something other than a level file went wrong. */
  error: string | null;
  settings: Settings;
  /** Why the saved settings were not used, if they were unreadable. */
  settingsProblem: string | null;

  /** A level was built: the start screen shows, or play goes on when `keepPhase` (a live reload). */
  setEngine(engine: Engine, levelName: string, keepPhase?: boolean): void;
  start(): void;
  pause(): void;
  resume(): void;
  complete(seconds: number): void;
  showProblems(file: string, problems: LevelProblem[]): void;
  dismissProblems(): void;
  fail(message: string): void;
  changeSettings(change: Partial<Settings>): void;
}

/** The engine's camera glide in seconds for a settings value. */
export function glideSeconds(settings: Settings): number {
  return settings.switchGlide ? CAMERA.switchGlide : 0;
}

export function createGameStore(storage: SettingsStorage | null) {
  const loaded = loadSettings(storage);
  return create<GameState>()((set, get) => ({
    engine: null,
    phase: 'loading',
    levelName: '',
    problems: null,
    completedSeconds: null,
    error: null,
    settings: loaded.settings,
    settingsProblem: loaded.problem ?? null,

    setEngine(engine, levelName, keepPhase = false) {
      engine.camera.glideSeconds = glideSeconds(get().settings);
      const phase = get().phase;
      const carryOn = keepPhase && (phase === 'playing' || phase === 'paused' || phase === 'start');
      set({
        engine,
        levelName,
        phase: carryOn ? phase : engine.status === 'complete' ? 'complete' : 'start',
        problems: null,
        completedSeconds: null,
        error: null,
      });
    },
    start() {
      const { phase, engine } = get();
      if (engine && (phase === 'start' || phase === 'paused')) set({ phase: 'playing' });
    },
    pause() {
      if (get().phase === 'playing') set({ phase: 'paused' });
    },
    resume() {
      if (get().phase === 'paused') set({ phase: 'playing' });
    },
    complete(seconds) {
      if (get().phase !== 'complete') set({ phase: 'complete', completedSeconds: seconds });
    },
    showProblems(file, problems) {
      const running = get().engine !== null;
      set({ problems: { file, problems, running }, ...(running ? {} : { phase: 'error' as const }) });
    },
    dismissProblems() {
      if (get().problems?.running) set({ problems: null });
    },
    fail(message) {
      set({ phase: 'error', error: message });
    },
    changeSettings(change) {
      const settings = { ...get().settings, ...change };
      saveSettings(storage, settings);
      const engine = get().engine;
      if (engine) engine.camera.glideSeconds = glideSeconds(settings);
      set({ settings, settingsProblem: null });
    },
  }));
}

export type GameStore = ReturnType<typeof createGameStore>;

export const useGame: GameStore = createGameStore(browserStorage());

// Reaching the exit ends the level for the menus too; the hub is the one place the engine's events are read.
gameEvents.on((event) => {
  if (event.type === 'complete') useGame.getState().complete(event.ticks * TICK);
});
