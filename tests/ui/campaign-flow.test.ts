// The campaign as a player goes through it, without a screen: New game, a checkpoint and a fragment saved,
// the level card, the next chapter, the epilogue after the last, Continue back at the checkpoint with the friends
// where they stood, and a loose level file that never touches the progress.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/core/schema';
import { idleInput } from '../../src/engine/tick-input';
import type { LevelTexts } from '../../src/ui/bundled-levels';
import { CampaignFlow } from '../../src/ui/campaign-flow';
import { EventHub } from '../../src/ui/events';
import { loadLevel } from '../../src/ui/level-source';
import { PROGRESS_KEY } from '../../src/ui/progress';
import { createGameStore, type GameStore } from '../../src/ui/store';
import { memoryStorage, type MemoryStorage } from './memory-storage';

function chapterText(id: string, title: string): string {
  return JSON.stringify({
    formatVersion: FORMAT_VERSION,
    id,
    title,
    grid: { cellSize: 2, floors: [{ height: 0, rows: ['#########', '#.......#', '#.......#', '#########'] }] },
    spawn: { at: [1, 1] },
    friends: [
      { friend: 'noah', at: [1, 1], facing: 'east' },
      { friend: 'mia', at: [1, 2], facing: 'east' },
    ],
    entities: [
      { id: `${id}-memory`, type: 'fragment', at: [2, 1], text: 'The night light hummed.' },
      { id: `${id}-cp`, type: 'checkpoint', at: [4, 1] },
      { id: 'exit', type: 'exit', at: [7, 1] },
    ],
  });
}

const texts: LevelTexts = new Map([
  ['levels/01-first.json', async () => chapterText('first', 'The first room')],
  ['levels/02-second.json', async () => chapterText('second', 'The second room')],
  ['levels/README-not-a-level.json', async () => '{}'],
]);

function setup(storage: MemoryStorage = memoryStorage()) {
  const store = createGameStore(null);
  const hub = new EventHub();
  const flow = new CampaignFlow(store, storage, texts, hub);
  flow.listen();
  return { store, hub, flow, storage };
}

/** Plays the running engine for `ticks` with an input, pumping its events like the view's loop does. */
function play(store: GameStore, hub: EventHub, ticks: number, input = idleInput()) {
  const engine = store.getState().engine!;
  for (let t = 0; t < ticks; t++) {
    engine.step(input);
    hub.pump(engine);
  }
}

const saved = (storage: MemoryStorage) => JSON.parse(storage.data.get(PROGRESS_KEY)!).data;

describe('the campaign flow', () => {
  it('opens on the title over the first chapter, with only numbered level files as chapters', async () => {
    const { store, flow } = setup();
    await flow.open();
    const s = store.getState();
    expect(s.phase).toBe('title');
    expect(s.mode).toBe('campaign');
    expect(s.campaign!.chapters.map((c) => c.title)).toEqual(['The first room', 'The second room']);
    expect(s.engine!.level.id).toBe('first');
    expect(flow.canContinue()).toBe(false);
  });

  it('New game plays chapter 1; a fragment and a checkpoint are saved; the exit shows the card and goes on', async () => {
    const { store, hub, flow, storage } = setup();
    await flow.open();
    flow.newGame();
    expect(store.getState()).toMatchObject({ phase: 'playing', mode: 'campaign' });
    expect(store.getState().chapter!.id).toBe('first');
    expect(saved(storage).resume).toMatchObject({ chapter: 'first', checkpoint: null });

    play(store, hub, 10, { ...idleInput(), interact: true });
    play(store, hub, 2);
    expect(saved(storage).chapters.first.fragments).toEqual(['first-memory']);

    play(store, hub, 240, { ...idleInput(), moveY: 1 });
    expect(store.getState().phase).toBe('complete');
    const progress = saved(storage);
    expect(progress.chapters.first.completed).toBe(true);
    expect(progress.chapters.first.bestSeconds).toBeGreaterThan(0);
    expect(progress.resume).toMatchObject({ chapter: 'second', checkpoint: null });
    expect(store.getState().card).toMatchObject({
      title: 'The first room',
      found: 1,
      total: 1,
      next: { number: 2, title: 'The second room' },
    });

    flow.goOn();
    expect(store.getState()).toMatchObject({ phase: 'playing', mode: 'campaign' });
    expect(store.getState().engine!.level.id).toBe('second');

    play(store, hub, 240, { ...idleInput(), moveY: 1 });
    expect(store.getState().card!.next).toBeNull();
    flow.goOn();
    expect(store.getState().phase).toBe('epilogue');
    expect(saved(storage)).toMatchObject({ finished: true, resume: null });
  });

  it('Continue comes back to the last checkpoint with each friend where they stood and the fragments read', async () => {
    const first = setup();
    await first.flow.open();
    first.flow.newGame();
    play(first.store, first.hub, 10, { ...idleInput(), interact: true });
    // Walk until the checkpoint is taken, not to the exit.
    const engine = first.store.getState().engine!;
    for (let t = 0; t < 200 && !engine.entities.checkpointId; t++) {
      engine.step({ ...idleInput(), moveY: 1 });
      first.hub.pump(engine);
    }
    const noah = { x: engine.friends[0]!.position.x, z: engine.friends[0]!.position.z };
    expect(saved(first.storage).resume).toMatchObject({ checkpoint: 'first-cp', read: ['first-memory'] });

    // The next visit: the same storage.
    const next = setup(first.storage);
    await next.flow.open();
    expect(next.flow.canContinue()).toBe(true);
    next.flow.continueGame();
    const resumed = next.store.getState().engine!;
    expect(next.store.getState().phase).toBe('playing');
    expect(resumed.entities.checkpointId).toBe('first-cp');
    expect(resumed.entities.read.has('first-memory')).toBe(true);
    expect(resumed.friends[0]!.position.x).toBeCloseTo(noah.x, 1);
    expect(resumed.friends[0]!.position.z).toBeCloseTo(noah.z, 1);
    expect(next.store.getState().runSeconds).toBeGreaterThan(0);
  });

  it('Restart from checkpoint puts the party back where the checkpoint was reached', async () => {
    const { store, hub, flow } = setup();
    await flow.open();
    flow.newGame();
    const engine = store.getState().engine!;
    for (let t = 0; t < 200 && !engine.entities.checkpointId; t++) {
      engine.step({ ...idleInput(), moveY: 1 });
      hub.pump(engine);
    }
    const at = engine.friends[0]!.position.x;
    play(store, hub, 30, { ...idleInput(), moveY: 1 });
    expect(store.getState().engine!.friends[0]!.position.x).toBeGreaterThan(at + 1);
    flow.restartFromCheckpoint();
    expect(store.getState().engine).not.toBe(engine);
    expect(store.getState().engine!.friends[0]!.position.x).toBeCloseTo(at, 1);
    expect(store.getState().phase).toBe('playing');
  });

  it('a damaged save is kept aside, the player is told, and the title still opens', async () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"game":"dreamcycle","kind":"progress","vers' });
    const { store, flow } = setup(storage);
    await flow.open();
    expect(store.getState().phase).toBe('title');
    expect(store.getState().progressNotice).toContain(`${PROGRESS_KEY}.kept-aside`);
    expect(storage.data.get(`${PROGRESS_KEY}.kept-aside`)).toBe('{"game":"dreamcycle","kind":"progress","vers');
  });

  it('a loose level file plays without touching the progress', async () => {
    const { store, hub, flow, storage } = setup();
    await flow.open();
    loadLevel(chapterText('loose', 'A loose file'), 'dropped.json', store);
    expect(store.getState()).toMatchObject({ mode: 'loose', phase: 'start' });
    store.getState().start();
    play(store, hub, 10, { ...idleInput(), interact: true });
    play(store, hub, 240, { ...idleInput(), moveY: 1 });
    expect(store.getState().phase).toBe('complete');
    expect(storage.data.has(PROGRESS_KEY)).toBe(false);
    expect(store.getState().card).toMatchObject({ title: 'A loose file', next: null });
  });
});
