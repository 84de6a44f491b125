import { describe, expect, it } from 'vitest';
import { engineFor, hold, makeLevel } from '../helpers';

const corridor = makeLevel(['#######', '#.....#', '#######'], {
  friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
});

describe('a friend walking', () => {
  it('walks forward in the direction it faces', () => {
    const e = engineFor(corridor);
    const x0 = e.active.position.x;
    hold(e, 30, { moveY: 1 });
    expect(e.active.position.x).toBeGreaterThan(x0 + 1.2);
    expect(Math.abs(e.active.position.z - 3)).toBeLessThan(0.05);
  });

  it('is stopped by a wall at the end of the corridor', () => {
    const e = engineFor(corridor);
    hold(e, 240, { moveY: 1, run: true });
    // The wall starts at x = 12; the body's radius keeps its centre 0.35 m away.
    expect(e.active.position.x).toBeLessThan(12 - 0.3);
    expect(e.active.position.x).toBeGreaterThan(12 - 0.5);
    expect(e.cellOf(e.active)).toEqual({ floor: 0, col: 5, row: 1 });
  });

  it('jumps and lands back on the floor', () => {
    const e = engineFor(corridor);
    hold(e, 10);
    const ground = e.active.position.y;
    hold(e, 1, { jump: true });
    hold(e, 15, { jump: true });
    expect(e.active.position.y).toBeGreaterThan(ground + 0.5);
    hold(e, 60);
    expect(e.active.position.y).toBeCloseTo(ground, 1);
    expect(e.active.ground).not.toBeNull();
  });

  it('falls into the void and wakes at the start', () => {
    const level = makeLevel(['#####', '#.. #', '#####'], { friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }] });
    const e = engineFor(level);
    let ticks = 0;
    while (!e.drainEvents().some((ev) => ev.type === 'respawn') && ticks < 600) {
      hold(e, 1, { moveY: 1 });
      ticks++;
    }
    // Walking 3 m to the edge and falling 8 m takes about two seconds.
    expect(ticks).toBeGreaterThan(60);
    expect(ticks).toBeLessThan(200);
    expect(e.cellOf(e.active)).toEqual({ floor: 0, col: 1, row: 1 });
    expect(e.active.lucidity).toBe(100);
  });

  it('climbs a ramp to the upper floor', () => {
    // A corridor whose last three cells rise south to a landing on the floor above.
    const e = engineFor(
      makeLevel([], {
        grid: {
          wallHeight: 3,
          floors: [
            { height: 0, rows: ['#####', '#...#', '###v#', '###v#', '###v#', '#####', '#####'] },
            { height: 3, rows: ['     ', '     ', '     ', '     ', '     ', '###.#', '#...#', '#####'] },
          ],
        },
      }),
    );
    // Mia at the foot of the ramp facing south (up the ramp).
    e.active.teleport(e.grid.center(0, 3, 1), Math.PI);
    hold(e, 150, { moveY: 1 });
    expect(e.cellOf(e.active)).toEqual({ floor: 1, col: 3, row: 6 });
    expect(e.active.ground).not.toBeNull();
  });
});
