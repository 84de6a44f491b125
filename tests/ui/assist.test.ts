// Assist mode: Show the way starts at the friend and leads to their next deed, planned from where everyone stands;
// Skip this puzzle moves the party to the next checkpoint of the route and marks the chapter assisted; no lucidity
// loss reaches the engine from the setting. Each is off by default.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/core/schema';
import { idleInput } from '../../src/engine/tick-input';
import { planFrom } from '../../src/levels/solver';
import type { LevelTexts } from '../../src/ui/bundled-levels';
import { CampaignFlow } from '../../src/ui/campaign-flow';
import { EventHub } from '../../src/ui/events';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';
import { createGameStore } from '../../src/ui/store';
import { skipOf, wayOf } from '../../src/ui/way';
import { memoryStorage } from './memory-storage';

// A corridor with a door Ava opens from a node, a checkpoint past it and the exit beyond.
const text = JSON.stringify({
  formatVersion: FORMAT_VERSION,
  id: 'assist',
  title: 'Assist room',
  grid: {
    cellSize: 2,
    floors: [{ height: 0, rows: ['###########', '#.........#', '#.#########', '#.#########', '###########'] }],
  },
  spawn: { at: [1, 1] },
  friends: [{ friend: 'ava', at: [1, 1], facing: 'east' }],
  entities: [
    { id: 'node', type: 'code-node', at: [3, 1], controls: ['door'] },
    { id: 'door', type: 'door', at: [5, 1] },
    { id: 'cp', type: 'checkpoint', at: [7, 1] },
    { id: 'hazard', type: 'doubt-hazard', at: [1, 3], radius: 0.6, drain: 100 },
    { id: 'exit', type: 'exit', at: [9, 1] },
  ],
});

async function playing() {
  const store = createGameStore(null);
  const hub = new EventHub();
  const storage = memoryStorage();
  const flow = new CampaignFlow(
    store,
    storage,
    new Map([['levels/01-assist.json', async () => text]]) as LevelTexts,
    hub,
  );
  flow.listen();
  await flow.open();
  flow.newGame();
  return { store, hub, flow, storage, engine: store.getState().engine! };
}

describe('assist mode', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      assistShowWay: false,
      assistNoLucidityLoss: false,
      assistSkipPuzzle: false,
    });
  });

  it('Show the way: the route starts in the cell the friend stands in now and ends at their next deed', async () => {
    const { engine } = await playing();
    for (let t = 0; t < 40; t++) engine.step({ ...idleInput(), moveY: 1 });
    const here = engine.cellOf(engine.active);
    const result = planFrom(engine.level, engine.liveState());
    if (!result.beatable) throw new Error(`the assist room is not beatable: ${result.reasons.join('; ')}`);
    const way = wayOf(result.plan, engine.active.name)!;
    expect(way.friend).toBe('ava');
    expect(way.cells[0]).toEqual(here);
    expect(here.col).toBeGreaterThan(1);
    expect(way.goal).toBe('use reprogram');
  });

  it('Skip this puzzle: the party stands on the next checkpoint, the door is open, the chapter is marked assisted', async () => {
    const { store, hub, engine, storage } = await playing();
    const result = planFrom(engine.level, engine.liveState());
    if (!result.beatable) throw new Error(`the assist room is not beatable: ${result.reasons.join('; ')}`);
    const skip = skipOf(result.plan, engine.level, engine.entities.checkpointId)!;
    expect(skip.checkpoint).toBe('cp');
    expect(engine.skipPuzzle(skip.checkpoint, skip.deeds)).toBe(true);
    hub.pump(engine);
    expect(engine.cellOf(engine.active)).toMatchObject({ col: 7, row: 1 });
    expect(engine.entities.doorOpen('door')).toBe(true);
    expect(store.getState().runAssisted).toBe(true);
    const saved = JSON.parse(storage.data.get('dreamcycle.progress')!).data;
    expect(saved.chapters.assist.assisted).toBe(true);
    expect(saved.resume.checkpoint).toBe('cp');
    // The chapter is still in the list, marked.
    expect(store.getState().campaign!.chapters.map((c) => c.id)).toEqual(['assist']);
  });

  it('no lucidity loss: turned on in the settings, the running level and the next one spare the friends', async () => {
    const { store, engine } = await playing();
    // Into the alcove where doubt waits (facing east, right is south).
    for (let t = 0; t < 90 && engine.active.lucidity === 100; t++) engine.step({ ...idleInput(), moveX: 1 });
    expect(engine.active.lucidity).toBeLessThan(100);
    store.getState().changeSettings({ assistNoLucidityLoss: true });
    expect(engine.noLucidityLoss).toBe(true);
    const before = engine.active.lucidity;
    for (let t = 0; t < 30; t++) engine.step(idleInput());
    expect(engine.active.lucidity).toBe(before);
  });
});
