// The menus follow play: start screen, playing, paused, complete — driven by the store and the engine's events.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/core/schema';
import { gameEvents, EventHub } from '../../src/ui/events';
import { loadLevel } from '../../src/ui/level-source';
import { createGameStore, useGame } from '../../src/ui/store';
import type { GameEvent } from '../../src/engine/events';
import { idleInput } from '../../src/engine/tick-input';

const text = JSON.stringify({
  formatVersion: FORMAT_VERSION,
  id: 'phases',
  title: 'Phases',
  grid: { floors: [{ height: 0, rows: ['#####', '#...#', '#####'] }] },
  spawn: { at: [1, 1] },
  friends: [{ friend: 'ava', at: [1, 1] }],
  entities: [{ id: 'exit', type: 'exit', at: [3, 1] }],
});

describe('phases of play', () => {
  it('start → playing → paused → playing; nothing starts before a level is loaded', () => {
    const store = createGameStore(null);
    store.getState().start();
    expect(store.getState().phase).toBe('loading');
    loadLevel(text, 'phases.json', store);
    expect(store.getState().phase).toBe('start');
    store.getState().pause();
    expect(store.getState().phase).toBe('start');
    store.getState().start();
    expect(store.getState().phase).toBe('playing');
    store.getState().pause();
    store.getState().pause();
    expect(store.getState().phase).toBe('paused');
    store.getState().resume();
    expect(store.getState().phase).toBe('playing');
  });

  it('turning camera glide off reaches the running engine at once', () => {
    const store = createGameStore(null);
    const engine = loadLevel(text, 'phases.json', store)!;
    expect(engine.camera.glideSeconds).toBeGreaterThan(0);
    store.getState().changeSettings({ switchGlide: false });
    expect(engine.camera.glideSeconds).toBe(0);
  });

  it('reaching the exit completes the level with the time it took', () => {
    const engine = loadLevel(text, 'phases.json')!;
    useGame.getState().start();
    for (let t = 0; t < 90; t++) engine.step(idleInput());
    engine.complete();
    gameEvents.pump(engine);
    expect(useGame.getState().phase).toBe('complete');
    expect(useGame.getState().completedSeconds).toBeCloseTo(1.5, 5);
  });
});

describe('the event hub', () => {
  it('drains the engine once and hands every event to every listener in order', () => {
    const hub = new EventHub();
    const queue: GameEvent[] = [
      { type: 'checkpoint', id: 'cp-1' },
      { type: 'respawn', friend: 'mia', cause: 'void' },
    ];
    const engine = { drainEvents: () => queue.splice(0) };
    const a: string[] = [];
    const b: string[] = [];
    hub.on((e) => a.push(e.type));
    const stop = hub.onType('respawn', (e) => b.push(e.friend));
    expect(hub.pump(engine)).toBe(2);
    expect(hub.pump(engine)).toBe(0);
    expect(a).toEqual(['checkpoint', 'respawn']);
    expect(b).toEqual(['mia']);
    stop();
    queue.push({ type: 'respawn', friend: 'leo', cause: 'lucidity' });
    hub.pump(engine);
    expect(b).toEqual(['mia']);
  });

  it('a listener that throws does not keep the others from hearing', () => {
    const hub = new EventHub();
    const heard: string[] = [];
    const quiet = console.error;
    console.error = () => {};
    hub.on(() => {
      throw new Error('broken');
    });
    hub.on((e) => heard.push(e.type));
    hub.emit({ type: 'checkpoint', id: 'x' });
    console.error = quiet;
    expect(heard).toEqual(['checkpoint']);
  });
});
