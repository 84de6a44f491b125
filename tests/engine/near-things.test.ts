// A tick looks only at the things filed near the friends' cells (dialogue triggers, hazards, platforms): on a level
// of a thousand entities each still reacts on the very tick a friend comes within its reach.
import { describe, expect, it } from 'vitest';
import { levelSchema } from '../../src/core/schema';
import { LUCIDITY } from '../../src/core/tuning';
import { WAKE_DISTANCE } from '../../src/engine/friend';
import { stressLevel } from '../../src/levels/stress';
import { engineFor, hold, makeLevel } from '../helpers';

const stress = levelSchema.parse(stressLevel(1));

describe('things near the friends, on the stress level', () => {
  it('every dialogue trigger speaks on the tick a friend is put in its cell', () => {
    const e = engineFor(stress);
    const dialogues = stress.entities.filter((d) => d.type === 'dialogue');
    expect(dialogues.length).toBeGreaterThan(50);
    for (const d of dialogues) {
      const friend = e.friends[d.id.length % e.friends.length]!;
      friend.teleport(e.grid.center(d.floor, d.at[0], d.at[1]));
      e.drainEvents();
      hold(e, 1);
      const said = e.drainEvents().filter((ev) => ev.type === 'dialogue');
      expect(said.map((ev) => ev.type === 'dialogue' && ev.id)).toContain(d.id);
      // Away again, so the next one is a new arrival.
      friend.teleport(e.grid.center(stress.spawn.floor, stress.spawn.at[0], stress.spawn.at[1]));
      hold(e, 1);
    }
  });

  it('every doubt hazard drains a friend put where it stands, on that tick', () => {
    const e = engineFor(stress);
    const hazards = e.entities.hazards;
    expect(hazards.length).toBeGreaterThan(50);
    for (const h of hazards) {
      const friend = e.friends[h.entity.floor % e.friends.length]!;
      friend.lucidity = LUCIDITY.max;
      friend.teleport({ x: h.x, y: h.y, z: h.z });
      hold(e, 1);
      expect(friend.lucidity).toBeLessThan(LUCIDITY.max);
    }
  });
});

describe('a platform passing a resting friend', () => {
  it('wakes the friend once it comes within reach, not before', () => {
    const level = makeLevel(['############', '#..........#', '#..........#', '############'], {
      friends: [
        { friend: 'mia', at: [1, 2] },
        { friend: 'noah', at: [10, 2] },
      ],
      entities: [{ id: 'lift', type: 'moving-platform', at: [1, 1], to: [10, 1], period: 12, active: true }],
    });
    const e = engineFor(level);
    const noah = e.friends[1]!;
    const lift = e.entities.platforms[0]!.body.position;
    const reach = e.grid.cellSize + WAKE_DISTANCE;
    let rested = false;
    let woke = false;
    for (let t = 0; t < 400 && !woke; t++) {
      hold(e, 1);
      const gap = Math.hypot(lift.x - noah.position.x, lift.z - noah.position.z);
      if (noah.resting) {
        rested = true;
        expect(gap).toBeGreaterThan(reach - 0.5);
      } else if (rested) {
        woke = true;
        expect(gap).toBeLessThan(reach + 0.5);
      }
    }
    expect(rested && woke).toBe(true);
  });

  it('switched off by its node it stands still where it is; switched on again it moves on from there', () => {
    const level = makeLevel(['############', '#..........#', '#..........#', '############'], {
      entities: [
        { id: 'lift', type: 'moving-platform', at: [2, 1], to: [9, 1], period: 8 },
        { id: 'node', type: 'code-node', at: [1, 2], controls: ['lift'] },
      ],
    });
    const e = engineFor(level);
    const lift = e.entities.platforms[0]!;
    const x0 = lift.body.position.x;
    hold(e, 30);
    expect(lift.body.position.x).toBe(x0);
    e.entities.reprogram('node');
    hold(e, 60);
    const x1 = lift.body.position.x;
    expect(x1).toBeGreaterThan(x0 + 1);
    e.entities.reprogram('node');
    hold(e, 1);
    const stopped = lift.body.position.x;
    for (let t = 0; t < 60; t++) {
      hold(e, 1);
      expect([lift.body.position.x, lift.previousX, lift.body.velocity.x]).toEqual([stopped, stopped, 0]);
    }
    const x2 = lift.body.position.x;
    expect(Math.abs(x2 - x1)).toBeLessThan(0.2);
    e.entities.reprogram('node');
    hold(e, 30);
    expect(lift.body.position.x).toBeGreaterThan(x2 + 0.5);
  });
});
