// No wall pass-through: random play at top speed with frames up to 250 ms never ends inside a wall.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { idleInput, type InputSource, type TickInput } from '../../src/engine/tick-input';
import { makeLevel } from '../helpers';
import { seeded } from '../random';

// Corridors one cell wide, pillars, dead ends and a closed room: every wall shape a friend can run into.
const maze = makeLevel(
  [
    '############',
    '#....#.....#',
    '#.##.#.###.#',
    '#.#..#...#.#',
    '#.#.####.#.#',
    '#...#..#...#',
    '###.#.##.#.#',
    '#.....#..#.#',
    '#.#.#...##.#',
    '#..........#',
    '############',
  ],
  {
    friends: [
      { friend: 'leo', at: [1, 1] },
      { friend: 'mia', at: [10, 9] },
    ],
  },
);

describe('walls', () => {
  it('1,000 random trials with frame times up to 250 ms at top speed never leave the walkable cells', () => {
    const random = seeded(20421126);
    const engine = new Engine(maze);
    const walkable: { col: number; row: number }[] = [];
    for (let row = 0; row < engine.grid.rows; row++)
      for (let col = 0; col < engine.grid.cols; col++)
        if (engine.grid.walkable(0, col, row)) walkable.push({ col, row });

    let held: TickInput = idleInput();
    let escapes = 0;
    let firstEscape = '';
    let ticks = 0;
    let travelled = 0;
    const source: InputSource = {
      next() {
        // Checked before every tick: where the last tick left each friend.
        for (const friend of engine.friends) {
          const { col, row } = engine.cellOf(friend);
          if (!engine.grid.walkable(0, col, row)) {
            escapes++;
            firstEscape ||= `${friend.name} in [${col}, ${row}] at tick ${engine.tick}`;
          }
        }
        ticks++;
        const i = held;
        held = { ...held, lookYaw: 0, lookPitch: 0, switchTo: null, cycle: 0 };
        return i;
      },
    };

    for (let trial = 0; trial < 1000; trial++) {
      const friend = engine.active;
      const start = walkable[Math.floor(random() * walkable.length)]!;
      friend.teleport(engine.grid.center(0, start.col, start.row), random() * Math.PI * 2 - Math.PI);
      const before = { x: friend.position.x, z: friend.position.z };
      // About two seconds of play: new intent every few frames.
      for (let frame = 0; frame < 12; frame++) {
        const angle = random() * Math.PI * 2;
        held = {
          ...idleInput(),
          moveX: Math.sin(angle),
          moveY: Math.cos(angle),
          run: true,
          jump: random() < 0.3,
          skill: random() < 0.2,
          lookYaw: (random() - 0.5) * 2,
          switchTo: random() < 0.05 ? (random() < 0.5 ? 'leo' : 'mia') : null,
        };
        engine.frame(random() * 0.25, source);
      }
      travelled += Math.hypot(friend.position.x - before.x, friend.position.z - before.z);
    }
    expect(firstEscape).toBe('');
    expect(escapes).toBe(0);
    // The trials really ran into walls at speed: many ticks, metres travelled.
    expect(ticks).toBeGreaterThan(50_000);
    expect(travelled / 1000).toBeGreaterThan(1.5);
  });
});
