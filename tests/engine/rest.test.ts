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

  it('two friends standing side by side go back to rest when the friend who woke them walks on', () => {
    // Cells of 1.2 m: Mia and Noah stand one cell apart, within waking distance of each other, beside the way Ava
    // walks along the hall.
    const cells = makeLevel(['##############', '#............#', '#............#', '##############'], {
      grid: {
        cellSize: 1.2,
        floors: [{ height: 0, rows: ['##############', '#............#', '#............#', '##############'] }],
      },
      friends: [
        { friend: 'ava', at: [1, 1], facing: 'east' },
        { friend: 'mia', at: [5, 2], facing: 'north' },
        { friend: 'noah', at: [6, 2], facing: 'north' },
      ],
    });
    const e = engineFor(cells);
    hold(e, 60);
    const [, mia, noah] = e.friends;
    expect([mia!.resting, noah!.resting]).toEqual([true, true]);
    // Ava walks past them to the far end of the hall: they wake as she passes.
    let woke = false;
    for (let t = 0; t < 240 && e.active.position.x < 11 * 1.2; t++) {
      hold(e, 1, { moveY: 1 });
      if (!mia!.resting && !noah!.resting) woke = true;
    }
    expect(woke).toBe(true);
    expect(e.active.position.x - noah!.position.x).toBeGreaterThan(3);
    // Standing still with nobody moving near them, they rest again at once, and stay exactly where they are.
    hold(e, 30);
    expect([mia!.resting, noah!.resting]).toEqual([true, true]);
    const still = [mia!.position.x, mia!.position.z, noah!.position.x, noah!.position.z];
    hold(e, 300);
    expect([mia!.position.x, mia!.position.z, noah!.position.x, noah!.position.z]).toEqual(still);
  });

  it('a friend left standing on a ramp rests there, exactly where it stood, and walks on when asked', () => {
    // A ramp of two 2 m cells climbing east onto a block 3 m high (37°).
    const ramp = makeLevel([], {
      grid: {
        floors: [
          { height: 0, rows: ['##########', '#...>>####', '#...>>####', '##########'] },
          { height: 3, rows: ['##########', '#     ...#', '#     ...#', '##########'] },
        ],
      },
      spawn: { at: [2, 1], facing: 'east' },
      friends: [{ friend: 'mia', at: [2, 1], facing: 'east' }],
    });
    const e = engineFor(ramp);
    const mia = e.active;
    // Up the ramp to its middle, then let go of the stick.
    for (let t = 0; t < 240 && mia.position.x < 10; t++) hold(e, 1, { moveY: 1 });
    expect(mia.position.y).toBeGreaterThan(1);
    hold(e, 60);
    expect(mia.resting).toBe(true);
    const still = [mia.position.x, mia.position.y, mia.position.z];
    hold(e, 600);
    expect([mia.position.x, mia.position.y, mia.position.z]).toEqual(still);
    hold(e, 60, { moveY: 1 });
    expect(mia.resting).toBe(false);
    expect(mia.position.y).toBeGreaterThan(still[1]! + 0.5);
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
