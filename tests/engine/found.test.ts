// Leo waits on his roof until the friends find him: a friend start with `"found": true` joins when the party reaches it.
import { describe, expect, it } from 'vitest';
import { engineFor, hold, makeLevel } from '../helpers';
import type { Engine } from '../../src/engine/engine';
import type { GameEvent } from '../../src/engine/events';
import { FOUND } from '../../src/core/tuning';
import { playReplay, startRecording } from '../../src/engine/replay';

/** A long roof: Mia starts at the west end, Leo waits at the east end, Noah stands beside Mia. */
function roof() {
  return makeLevel(['..........', '..........', '..........'], {
    friends: [
      { friend: 'mia', at: [1, 1], facing: 'east' },
      { friend: 'leo', at: [8, 1], facing: 'west', found: true },
      { friend: 'noah', at: [1, 2], facing: 'east' },
    ],
  });
}

function collect(e: Engine, into: GameEvent[]): void {
  into.push(...e.drainEvents());
}

describe('a friend the party finds', () => {
  it('refuses Leo until Mia walks up to him, then he joins and key 4 switches to him', () => {
    const e = engineFor(roof());
    const events: GameEvent[] = [];
    // Key 4 at the start: Leo is standing there, but not in the party yet.
    hold(e, 1, { switchTo: 'leo' });
    collect(e, events);
    expect(e.active.name).toBe('mia');
    expect(events).toContainEqual({ type: 'switch-refused', friend: 'leo' });
    // Tab passes over him, to Noah; Tab again comes back round to Mia.
    hold(e, 1, { cycle: 1 });
    expect(e.active.name).toBe('noah');
    hold(e, 1, { cycle: 1 });
    expect(e.active.name).toBe('mia');
    expect(e.snapshot().joined).toEqual([true, false, true]);

    // Mia walks east along the roof until Leo is found.
    events.length = 0;
    let ticks = 0;
    while (!events.some((ev) => ev.type === 'friend-found') && ticks < 600) {
      hold(e, 1, { moveY: 1 });
      collect(e, events);
      ticks++;
    }
    expect(events).toContainEqual({ type: 'friend-found', friend: 'leo' });
    const mia = e.friends[0]!.position;
    const leo = e.friends[1]!.position;
    // Found from within reach, not from across the roof.
    expect(Math.hypot(mia.x - leo.x, mia.z - leo.z)).toBeLessThanOrEqual(FOUND.reach);
    expect(Math.hypot(mia.x - leo.x, mia.z - leo.z)).toBeGreaterThan(FOUND.reach - 1);
    expect(events.filter((ev) => ev.type === 'friend-found')).toHaveLength(1);

    // Now key 4 takes Leo, and Tab goes from Mia to Leo.
    hold(e, 20);
    events.length = 0;
    hold(e, 1, { switchTo: 'leo' });
    collect(e, events);
    expect(e.active.name).toBe('leo');
    expect(events).toContainEqual({ type: 'switch', from: 'mia', to: 'leo' });
    hold(e, 1, { switchTo: 'mia' });
    hold(e, 1, { cycle: 1 });
    expect(e.active.name).toBe('leo');
    expect(e.snapshot().joined).toEqual([true, true, true]);
  });

  it('is never found by a friend who has not joined either', () => {
    const e = engineFor(
      makeLevel(['.....'], {
        friends: [
          { friend: 'mia', at: [0, 0], facing: 'east' },
          { friend: 'leo', at: [3, 0], found: true },
          { friend: 'ava', at: [4, 0], found: true },
        ],
      }),
    );
    // Leo and Ava stand side by side the whole time: neither finds the other.
    hold(e, 60);
    expect(e.drainEvents().filter((ev) => ev.type === 'friend-found')).toEqual([]);
    expect(e.snapshot().joined).toEqual([true, false, false]);
  });

  it('replays the same: a recorded run that finds Leo plays back to the same party', () => {
    const e = engineFor(roof());
    const recorder = startRecording(e);
    hold(e, 240, { moveY: 1 });
    hold(e, 1, { switchTo: 'leo' });
    hold(e, 30, { moveY: 1 });
    expect(e.active.name).toBe('leo');
    const replay = recorder.toJSON();
    expect(replay.final.joined).toEqual([true, true, true]);
    const played = playReplay(replay, roof());
    expect(played.difference).toBeNull();
    expect(played.engine.active.name).toBe('leo');
  });
});
