// What the menus and the HUD need to know, as a zustand store: the running engine, the phase of play, the level's
// name and problems, the campaign and its progress, the settings and the VR hook. Per-frame data (positions,
// lucidity, cooldowns) is read from the engine, never copied here.
import { create } from 'zustand';
import type { Engine, EngineOptions } from '../engine/engine';
import { TICK } from '../core/tuning';
import { CAMERA } from '../core/tuning';
import type { LevelProblem } from '../levels/errors';
import type { Campaign, Chapter } from './campaign';
import { gameEvents } from './events';
import { emptyProgress, type Progress, type ResumePoint } from './progress';
import type { Way } from './way';
import { browserStorage, loadSettings, saveSettings, type Settings, type SettingsStorage } from './settings';

/**
 * loading → title (campaign) or start (a loose level file) → playing ⇄ paused → complete (the level card) →
 * playing the next chapter … → epilogue → title. 'error' when nothing can be played.
 */
export type Phase = 'loading' | 'title' | 'start' | 'playing' | 'paused' | 'complete' | 'epilogue' | 'error';

/** The campaign (chapters, progress saved) or a loose level file (`?level=`, dropped, picked): nothing saved. */
export type Mode = 'campaign' | 'loose';

export interface LevelProblems {
  /** The file the problems are in. */
  file: string;
  problems: LevelProblem[];
  /** Whether a level is running behind the panel (it can be dismissed) or nothing could be played. */
  running: boolean;
  /** The file plays, but its proof found no way to the exit (rather than a file the game could not read). */
  unproven?: boolean;
}

/** What the card at the end of a level says. */
export interface LevelCard {
  title: string;
  seconds: number;
  /** Fragments read in this run, of the level's total. */
  found: number;
  total: number;
  /** An assist moved the party on in this chapter. */
  assisted: boolean;
  /** The chapter that comes next; null after the last (the epilogue follows) or for a loose level. */
  next: { number: number; title: string } | null;
}

/** Immersive VR, as the xr part of the game reports it; the title screen and the pause menu offer it. */
export interface XrState {
  supported: boolean;
  /** Why VR cannot be entered, shown when it is not supported ("checking…" until known). */
  reason: string;
  enter: (() => void) | null;
  presenting: boolean;
}

export interface GameState {
  engine: Engine | null;
  phase: Phase;
  mode: Mode;
  levelName: string;
  /** Problems of the last level file that failed to load, shown in the error panel; null when none. */
  problems: LevelProblems | null;
  /** Seconds of game time the level took, once complete. */
  completedSeconds: number | null;
  /** The end-of-level card, once complete. */
  card: LevelCard | null;
  /** A message for the 'error' phase when something other than a level file went wrong. */
  error: string | null;
  settings: Settings;
  /** Why the saved settings were not used, if they were unreadable. */
  settingsProblem: string | null;

  /** The campaign's chapters, once read; null before. */
  campaign: Campaign | null;
  /** The chapter being played (campaign mode). */
  chapter: Chapter | null;
  progress: Progress;
  /** Something the player should know about their saved progress (kept aside, cannot be saved). */
  progressNotice: string | null;
  /** Seconds played in this run before the engine was built (a run continued from a checkpoint). */
  runSeconds: number;
  /** Where "Restart from checkpoint" goes in this run: the last checkpoint, or the level's start when null. */
  lastCheckpoint: ResumePoint | null;
  /** Whether an assist moved the party on in this run. */
  runAssisted: boolean;

  xr: XrState;
  /** Show the way: the route's first stretch from where the friends stand, planned afresh; null when off or none. */
  way: Way | null;
  /** Why Show the way has no route (the solver's reason), when it has none. */
  wayProblem: string | null;

  /** A level was built: the start screen shows, or play goes on when `keepPhase` (a live reload). */
  setEngine(engine: Engine, levelName: string, keepPhase?: boolean): void;
  /** The title screen over `engine`'s level (drawn, not played). */
  showTitle(engine: Engine | null): void;
  /** Plays a campaign chapter now (the click that asked for it also asks for the pointer). */
  playChapter(engine: Engine, chapter: Chapter, runSeconds: number, from: ResumePoint | null): void;
  start(): void;
  pause(): void;
  resume(): void;
  complete(seconds: number): void;
  showCard(card: LevelCard): void;
  /** The epilogue over the sunrise scene's engine (drawn, not played). */
  showEpilogue(engine: Engine | null): void;
  showProblems(file: string, problems: LevelProblem[], unproven?: boolean): void;
  dismissProblems(): void;
  fail(message: string): void;
  changeSettings(change: Partial<Settings>): void;
  setCampaign(campaign: Campaign): void;
  setProgress(progress: Progress, notice?: string | null): void;
  setLastCheckpoint(point: ResumePoint | null): void;
  setRunAssisted(): void;
  setXr(change: Partial<XrState>): void;
  setWay(way: Way | null, problem?: string | null): void;
}

/** The engine's camera glide in seconds for a settings value. */
export function glideSeconds(settings: Settings): number {
  return settings.switchGlide && !settings.reducedMotion ? CAMERA.switchGlide : 0;
}

/** The options a level's engine is built with from the player's settings. */
export function engineOptions(settings: Settings): EngineOptions {
  return { switchGlide: glideSeconds(settings), noLucidityLoss: settings.assistNoLucidityLoss };
}

export const XR_CHECKING: XrState = { supported: false, reason: 'checking…', enter: null, presenting: false };

export function createGameStore(storage: SettingsStorage | null) {
  const loaded = loadSettings(storage);
  return create<GameState>()((set, get) => ({
    engine: null,
    phase: 'loading',
    mode: 'loose',
    levelName: '',
    problems: null,
    completedSeconds: null,
    card: null,
    error: null,
    settings: loaded.settings,
    settingsProblem: loaded.problem ?? null,
    campaign: null,
    chapter: null,
    progress: emptyProgress(),
    progressNotice: null,
    runSeconds: 0,
    lastCheckpoint: null,
    runAssisted: false,
    xr: XR_CHECKING,
    way: null,
    wayProblem: null,

    setEngine(engine, levelName, keepPhase = false) {
      engine.camera.glideSeconds = glideSeconds(get().settings);
      const phase = get().phase;
      const carryOn = keepPhase && (phase === 'playing' || phase === 'paused' || phase === 'start');
      set({
        engine,
        levelName,
        // A reload of a campaign chapter keeps the campaign; any other new level is a loose file.
        ...(carryOn ? {} : { mode: 'loose' as const, chapter: null, runSeconds: 0, lastCheckpoint: null }),
        phase: carryOn ? phase : engine.status === 'complete' ? 'complete' : 'start',
        problems: null,
        completedSeconds: null,
        card: null,
        error: null,
        ...(carryOn ? {} : { runAssisted: false }),
      });
    },
    showTitle(engine) {
      if (engine) engine.camera.glideSeconds = glideSeconds(get().settings);
      set({
        engine: engine ?? get().engine,
        phase: 'title',
        mode: 'campaign',
        chapter: null,
        card: null,
        completedSeconds: null,
        problems: null,
        error: null,
      });
    },
    playChapter(engine, chapter, runSeconds, from) {
      engine.camera.glideSeconds = glideSeconds(get().settings);
      set({
        engine,
        levelName: chapter.path,
        mode: 'campaign',
        chapter,
        phase: 'playing',
        runSeconds,
        lastCheckpoint: from,
        runAssisted: false,
        problems: null,
        completedSeconds: null,
        card: null,
        error: null,
      });
    },
    start() {
      const { phase, engine } = get();
      if (engine && (phase === 'start' || phase === 'paused')) set({ phase: 'playing' });
    },
    pause() {
      if (get().phase !== 'playing') return;
      // The engine never sees the pause key: a hint teaching it is done now.
      get().engine?.hints.done('pause');
      set({ phase: 'paused' });
    },
    resume() {
      if (get().phase === 'paused') set({ phase: 'playing' });
    },
    complete(seconds) {
      if (get().phase !== 'complete') set({ phase: 'complete', completedSeconds: get().runSeconds + seconds });
    },
    showCard(card) {
      set({ card });
    },
    showEpilogue(engine) {
      set({ engine: engine ?? get().engine, phase: 'epilogue', card: null, problems: null });
    },
    showProblems(file, problems, unproven = false) {
      const running = get().engine !== null;
      set({
        problems: { file, problems, running, ...(unproven ? { unproven } : {}) },
        ...(running ? {} : { phase: 'error' as const }),
      });
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
      if (engine) {
        engine.camera.glideSeconds = glideSeconds(settings);
        engine.noLucidityLoss = settings.assistNoLucidityLoss;
      }
      set({ settings, settingsProblem: null });
    },
    setCampaign(campaign) {
      set({ campaign });
    },
    setProgress(progress, notice) {
      set(notice === undefined ? { progress } : { progress, progressNotice: notice });
    },
    setLastCheckpoint(point) {
      set({ lastCheckpoint: point });
    },
    setRunAssisted() {
      set({ runAssisted: true });
    },
    setWay(way, problem = null) {
      set({ way, wayProblem: way ? null : problem });
    },
    setXr(change) {
      set({ xr: { ...get().xr, ...change } });
    },
  }));
}

export type GameStore = ReturnType<typeof createGameStore>;

export const useGame: GameStore = createGameStore(browserStorage());

// Reaching the exit ends the level for the menus too; the hub is the one place the engine's events are read.
gameEvents.on((event) => {
  if (event.type === 'complete') useGame.getState().complete(event.ticks * TICK);
});
