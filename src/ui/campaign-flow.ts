// The campaign from the title screen to the sunrise: New game, Continue, a chapter picked, the card at the end of a
// level and the next chapter, the epilogue, Quit to title, Restart from checkpoint. Progress is saved after every
// checkpoint, fragment and level, only in campaign mode (a loose level file never touches it).
//
// For App.tsx: `campaignFlow.listen()` once (in an effect) and `campaignFlow.open()` when the page plays the
// campaign (no `?level=`). Menus call the other methods inside the click that asked, so the pointer can be locked.
import { Engine } from '../engine/engine';
import type { GameEvent } from '../engine/events';
import type { Level } from '../core/schema';
import { TICK } from '../core/tuning';
import { bundledLevels, type LevelTexts } from './bundled-levels';
import { loadCampaign, type Chapter } from './campaign';
import { epilogueScene } from './epilogue';
import { gameEvents, type EventHub } from './events';
import {
  beginChapter,
  findFragment,
  finishChapter,
  markAssisted,
  PROGRESS_RECORD,
  reachCheckpoint,
  type Progress,
  type ResumePoint,
} from './progress';
import { playRecorded } from './replays';
import { applyResumePoint, takeResumePoint } from './resume';
import type { Replay } from '../engine/replay';
import { browserStorage, StoredRecord, type KeyValueStorage } from './storage';
import { engineOptions, useGame, type GameStore, type LevelCard } from './store';

export class CampaignFlow {
  private readonly book: StoredRecord<Progress>;
  private opened: Promise<void> | null = null;
  /** A save failed this visit: said once, not after every checkpoint. */
  private toldSaveProblem = false;

  constructor(
    private readonly store: GameStore = useGame,
    storage: KeyValueStorage | null = browserStorage(),
    private readonly texts: LevelTexts = bundledLevels,
    private readonly hub: EventHub = gameEvents,
  ) {
    this.book = new StoredRecord(storage, PROGRESS_RECORD, 'Your saved progress');
  }

  /** Reads the progress and the chapters once, then shows the title screen over a chapter's level. */
  open(): Promise<void> {
    this.opened ??= this.load();
    return this.opened.then(() => this.toTitle());
  }

  private async load(): Promise<void> {
    const loaded = this.book.load();
    this.store.getState().setProgress(loaded.value, loaded.problem);
    const campaign = await loadCampaign(this.texts);
    this.store.getState().setCampaign(campaign);
    const first = campaign.broken[0];
    if (campaign.chapters.length === 0) {
      if (first) this.store.getState().showProblems(first.file, first.problems);
      else this.store.getState().fail('No chapter to play: the game was built without any level file in levels/.');
    }
  }

  /** Listens to the engine's events for progress; returns the function that stops listening. */
  listen(): () => void {
    return this.hub.on((event) => this.take(event));
  }

  private get chapters(): Chapter[] {
    return this.store.getState().campaign?.chapters ?? [];
  }

  private build(level: Level): Engine {
    return new Engine(level, engineOptions(this.store.getState().settings));
  }

  /** The chapter Continue would go to (or the first), for the title scene. */
  private sceneChapter(): Chapter | undefined {
    const resume = this.store.getState().progress.resume;
    return this.chapters.find((c) => c.id === resume?.chapter) ?? this.chapters[0];
  }

  /** The title screen over the level Continue would play. */
  toTitle(): void {
    if (this.chapters.length === 0) return;
    const chapter = this.sceneChapter();
    this.store.getState().showTitle(chapter ? this.build(chapter.level) : null);
  }

  /** Whether Continue has somewhere to go. */
  canContinue(): boolean {
    const resume = this.store.getState().progress.resume;
    return resume !== null && this.chapters.some((c) => c.id === resume.chapter);
  }

  /** The first chapter from its start; chapters already finished stay finished. */
  newGame(): void {
    const first = this.chapters[0];
    if (first) this.playChapter(first);
  }

  /** The last checkpoint reached, with every friend where they stood. */
  continueGame(): void {
    const resume = this.store.getState().progress.resume;
    const chapter = this.chapters.find((c) => c.id === resume?.chapter);
    if (!resume || !chapter) return this.newGame();
    this.playFrom(chapter, resume);
  }

  /** A chapter from its start. */
  playChapter(chapter: Chapter): void {
    this.save(beginChapter(this.store.getState().progress, chapter.id, chapter.firstFriend));
    this.playFrom(chapter, null);
  }

  private playFrom(chapter: Chapter, point: ResumePoint | null): void {
    const engine = this.build(chapter.level);
    if (point) applyResumePoint(engine, point);
    this.store.getState().playChapter(engine, chapter, point?.seconds ?? 0, point);
  }

  /** "Restart from checkpoint": the run's last checkpoint as it was reached, or the level's start. */
  restartFromCheckpoint(): void {
    const state = this.store.getState();
    const engine = state.engine;
    if (!engine) return;
    const point = state.lastCheckpoint;
    if (state.mode === 'campaign' && state.chapter) return this.playFrom(state.chapter, point);
    const fresh = this.build(engine.level);
    if (point) applyResumePoint(fresh, point);
    state.setEngine(fresh, state.levelName);
    this.store.setState({ lastCheckpoint: point, runSeconds: point?.seconds ?? 0, phase: 'playing' });
  }

  /** Plays a recorded run of the level being played from its start, through the page's input (tests, demos). */
  playRecorded(replay: Replay): void {
    const { engine } = this.store.getState();
    if (!engine) throw new Error('no level is being played: start one before playing a replay on it');
    playRecorded(replay, engine.level, () => this.restartLevel());
  }

  /** After the level card: the next chapter, or the epilogue after the last. */
  goOn(): void {
    const { chapter } = this.store.getState();
    const next = chapter ? this.chapters[chapter.number] : undefined;
    if (next) this.playFrom(next, null);
    else this.showEpilogue();
  }

  /** The epilogue over the sunrise (after the last chapter, or from the chapter list once finished). */
  showEpilogue(): void {
    let scene: Engine | null = null;
    try {
      scene = this.build(epilogueScene());
    } catch (e) {
      // The words matter more than the scene: the epilogue still shows over the last level.
      console.error('Dreamcycle: the sunrise scene could not be built', e);
    }
    this.store.getState().showEpilogue(scene);
  }

  /** The same level again from its start, playing at once ("Play again" on a loose level's card). */
  restartLevel(): void {
    const state = this.store.getState();
    if (!state.engine) return;
    if (state.mode === 'campaign' && state.chapter) return this.playFrom(state.chapter, null);
    state.setEngine(this.build(state.engine.level), state.levelName);
    this.store.setState({ phase: 'playing' });
  }

  /** An assist moved the party on in this chapter: the chapter is marked, never hidden. */
  markAssisted(): void {
    const { chapter, mode } = this.store.getState();
    this.store.getState().setRunAssisted();
    if (mode === 'campaign' && chapter) this.save(markAssisted(this.store.getState().progress, chapter.id));
  }

  /** One engine event: checkpoints, fragments and the exit move the progress on. */
  take(event: GameEvent): void {
    const state = this.store.getState();
    const engine = state.engine;
    if (!engine || (state.phase !== 'playing' && state.phase !== 'complete' && state.phase !== 'paused')) return;
    const chapter = state.mode === 'campaign' ? state.chapter : null;
    switch (event.type) {
      case 'checkpoint': {
        const point = takeResumePoint(engine, chapter?.id ?? state.levelName, state.runSeconds);
        state.setLastCheckpoint(point);
        if (chapter) this.save(reachCheckpoint(state.progress, point));
        break;
      }
      case 'skipped':
        this.markAssisted();
        break;
      case 'fragment':
        if (chapter) this.save(findFragment(state.progress, chapter.id, event.id));
        break;
      case 'complete': {
        // The store hears the exit on the game's own hub too; saying it here keeps a flow on another hub whole.
        state.complete(event.ticks * TICK);
        const seconds = state.runSeconds + event.ticks * TICK;
        const fragments = engine.level.entities.filter((e) => e.type === 'fragment');
        const next = chapter ? (this.chapters[chapter.number] ?? null) : null;
        const card: LevelCard = {
          title: engine.level.title,
          seconds,
          found: fragments.filter((f) => engine.entities.read.has(f.id)).length,
          total: fragments.length,
          assisted: state.runAssisted,
          next: next && { number: next.number, title: next.title },
        };
        state.showCard(card);
        if (chapter)
          this.save(
            finishChapter(state.progress, chapter.id, seconds, next && { chapter: next.id, active: next.firstFriend }),
          );
        break;
      }
      default:
        break;
    }
  }

  private save(progress: Progress): void {
    const saved = this.book.save(progress);
    if (saved.ok || this.toldSaveProblem) return this.store.getState().setProgress(progress);
    this.toldSaveProblem = true;
    this.store
      .getState()
      .setProgress(
        progress,
        `Progress cannot be saved: ${saved.problem}. You can play on; it lasts until the page closes.`,
      );
  }
}

export const campaignFlow = new CampaignFlow();
