// Idle friends sleep in the physics, and wake for anything that concerns them.
import { describe, expect, it } from 'vitest';
import { engineFor, hold, makeLevel } from '../helpers';

const hall = makeLevel(['##########', '#........#', '#........#', '##########'], {
  friends: [
    { friend: 'mia', at: [1, 1], facing: 'east' },
    { friend: 'noah', at: [4, 1], facing: 'west' },
    { friend: 'leo', at: [7, 2], facing: 'west' },
  ],
});

describe('resting friends', () => {
  it('friends nobody moves come to rest where they stand, and stay there', () => {
    const e = engineFor(hall);
    hold(e, 60);
    expect(e.friends.map((f) => f.resting)).toEqual([true, true, true]);
    const before = e.friends.map((f) => [f.position.x, f.position.y, f.position.z]);
    hold(e, 600);
    expect(e.friends.map((f) => [f.position.x, f.position.y, f.position.z])).toEqual(before);
  });

  it('the friend the player moves wakes at once and walks', () => {
    const e = engineFor(hall);
    hold(e, 60);
    const x0 = e.active.position.x;
    hold(e, 30, { moveY: 1 });
    expect(e.active.resting).toBe(false);
    expect(e.active.position.x).toBeGreaterThan(x0 + 1);
  });

  it('a friend walking into a resting one wakes it and is stopped by it, not passing through', () => {
    const e = engineFor(hall);
    hold(e, 60);
    const noah = e.friends[1]!;
    expect(noah.resting).toBe(true);
    // Mia walks east along row 1 straight into Noah.
    hold(e, 90, { moveY: 1 });
    expect(noah.resting).toBe(false);
    expect(e.active.position.x).toBeLessThan(noah.position.x);
  });

  it('a Leo who was resting can still dash', () => {
    const e = engineFor(hall);
    hold(e, 60, { switchTo: 'leo' });
    hold(e, 60);
    const leo = e.active;
    expect(leo.name).toBe('leo');
    expect(leo.resting).toBe(true);
    const x0 = leo.position.x;
    hold(e, 1, { skill: true });
    hold(e, 30);
    expect(leo.position.x).toBeLessThan(x0 - 2);
  });
});
