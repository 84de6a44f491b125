// Every run in the page is recorded from its first tick, and a recorded run plays back through the page's input on a
// fresh engine of its level, ending exactly where it ended.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/core/schema';
import { idleInput, type TickInput } from '../../src/engine/tick-input';
import { loadLevel } from '../../src/ui/level-source';
import { currentReplay, recordRuns, ReplayOverride } from '../../src/ui/replays';
import { createGameStore } from '../../src/ui/store';

const text = JSON.stringify({
  formatVersion: FORMAT_VERSION,
  id: 'replays',
  title: 'Replays',
  grid: { cellSize: 2, floors: [{ height: 0, rows: ['#######', '#.....#', '#######'] }] },
  spawn: { at: [1, 1] },
  friends: [{ friend: 'noah', at: [1, 1], facing: 'east' }],
  entities: [{ id: 'exit', type: 'exit', at: [5, 1] }],
});

/** The player's hands in a test: walks forward, turning a little. */
const hands = {
  next: (): TickInput => ({ ...idleInput(), moveY: 1, lookYaw: 0.002 }),
  pendingLook: () => ({ yaw: 0, pitch: 0 }),
};

describe('replays in the page', () => {
  it('records the run of the engine being played and plays it back to the same end', () => {
    const store = createGameStore(null);
    const stop = recordRuns(store);
    const engine = loadLevel(text, 'replays.json', store)!;
    for (let t = 0; t < 200 && engine.status === 'playing'; t++) engine.step(hands.next());
    const replay = currentReplay()!;
    stop();
    expect(replay.ticks).toBeGreaterThan(10);
    expect(replay.final.status).toBe('complete');

    // Played back through the page's input in place of the player's hands, on a fresh engine.
    const input = new ReplayOverride({ next: idleInput, pendingLook: () => ({ yaw: 0, pitch: 0 }) });
    const again = loadLevel(text, 'other-name.json', store)!;
    input.play(replay);
    expect(input.playing).toBe(true);
    for (let t = 0; t < replay.ticks; t++) again.step(input.next());
    expect(again.status).toBe('complete');
    expect(again.tick).toBe(engine.tick);
    expect(again.active.position.x).toBeCloseTo(engine.active.position.x, 6);
    // Afterwards the player's hands are back.
    expect(input.playing).toBe(false);
    expect(input.next()).toEqual(idleInput());
  });
});
