// No pass-through: random play at top speed with frames up to 250 ms never ends inside a wall, and thin things —
// floor slabs from above and below, doors, bridges, cracked walls, on several floors — hold at Leo's dash speed
// and the fastest fall.
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import type { Friend } from '../../src/engine/friend';
import { idleInput, type InputSource, type TickInput } from '../../src/engine/tick-input';
import { BODY, LEVEL_GEOMETRY, MOVE } from '../../src/core/tuning';
import { engineFor, hold, makeLevel } from '../helpers';
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

  it('dashing, jumping and running on three floors never puts a friend inside a wall, slab, door or cracked wall', () => {
    const random = seeded(7);
    const engine = engineFor(tower);
    const grid = engine.grid;
    expect(engine.entities.spans.build('bridge-west')).toBeNull();
    const places: { floor: number; col: number; row: number }[] = [];
    for (let floor = 0; floor < grid.floorCount; floor++)
      for (let row = 0; row < grid.rows; row++)
        for (let col = 0; col < grid.cols; col++)
          if (grid.terrain(floor, col, row) === 'floor' && !solidAt(engine, floor, col, row))
            places.push({ floor, col, row });
    let inside = '';
    let dashes = 0;
    let held: TickInput = idleInput();
    const source: InputSource = {
      next() {
        for (const friend of engine.friends) inside ||= insideSolid(engine, friend);
        const i = held;
        held = { ...held, skill: false, jump: random() < 0.1, lookYaw: 0, switchTo: null };
        return i;
      },
    };
    for (let trial = 0; trial < 400; trial++) {
      const leo = engine.active;
      const at = places[Math.floor(random() * places.length)]!;
      leo.teleport(
        grid.center(at.floor, at.col, at.row),
        Math.floor(random() * 4) * (Math.PI / 2) + (random() - 0.5) * 0.3,
      );
      for (let frame = 0; frame < 10; frame++) {
        const dash = random() < 0.4;
        if (dash) dashes++;
        held = { ...idleInput(), moveY: 1, run: true, skill: dash, jump: random() < 0.3 };
        engine.frame(random() * 0.25, source);
      }
    }
    expect(inside).toBe('');
    expect(dashes).toBeGreaterThan(1000);
    // Leo's dashes broke the cracked wall on the way: the test met it.
    expect(engine.entities.broken('cracked-1')).toBe(true);
  });

  it('a fall at top speed onto a floor slab or a light bridge lands on it, on every floor', () => {
    const engine = engineFor(tower);
    expect(engine.entities.spans.build('bridge-west')).toBeNull();
    const grid = engine.grid;
    const mia = engine.friends[1]!;
    engine.switchTo(1);
    // Cells with nothing above them up to the start of the fall.
    const targets = [
      { floor: 1, col: 8, row: 2, what: 'slab of floor 1' },
      { floor: 1, col: 2, row: 6, what: 'slab of floor 1' },
      { floor: 1, col: 7, row: 3, what: 'light bridge' },
      { floor: 2, col: 2, row: 2, what: 'slab of floor 2' },
      { floor: 2, col: 5, row: 3, what: 'slab of floor 2' },
    ];
    const missed: string[] = [];
    for (const t of targets)
      for (let k = 0; k < 12; k++) {
        const c = grid.center(t.floor, t.col, t.row);
        // Across the cell, and starting at heights a fraction of a tick's fall apart.
        const offset = ((k % 4) - 1.5) * 0.2;
        mia.teleport({ x: c.x + offset, y: c.y + 2.2 + k * 0.037, z: c.z - offset });
        mia.body.velocity.set(0, -MOVE.maxFallSpeed, 0);
        hold(engine, 90);
        const cell = engine.cellOf(mia);
        if (cell.floor !== t.floor || !mia.ground) missed.push(`${t.what} (${k}): ended on floor ${cell.floor}`);
      }
    expect(missed).toEqual([]);
  });

  it("Leo's high jump under a floor slab hits its underside and never comes up through it", () => {
    const engine = engineFor(tower);
    const random = seeded(3);
    const leo = engine.active;
    const underside = (engine.grid.heights[1] ?? 0) - LEVEL_GEOMETRY.slabThickness;
    let highest = -Infinity;
    let through = '';
    for (let trial = 0; trial < 40; trial++) {
      leo.teleport(engine.grid.center(0, 2 + Math.floor(random() * 3), 1 + Math.floor(random() * 3)), random() * 6);
      hold(engine, 10);
      hold(engine, 1, { skill: true, moveY: 1 });
      hold(engine, 20 + Math.floor(random() * 4), { moveY: 1 });
      hold(engine, 1, { jump: true, moveY: 1 });
      for (let t = 0; t < 90; t++) {
        hold(engine, 1, { moveY: 1 });
        const { col, row } = engine.cellOf(leo);
        // Under the slab of floor 1 (not under its void or a wall's own box), the head must stay below it.
        if (engine.grid.terrain(1, col, row) === 'floor') highest = Math.max(highest, leo.position.y + BODY.headOffset);
        through ||= insideSolid(engine, leo);
        if (engine.cellOf(leo).floor !== 0)
          through ||= `trial ${trial}: Leo came up on floor ${engine.cellOf(leo).floor}`;
      }
    }
    expect(through).toBe('');
    // The jumps reached the slab: the head sphere touched its underside.
    expect(highest).toBeGreaterThan(underside - BODY.radius - 0.05);
    expect(highest).toBeLessThan(underside);
  });
});

/**
 * Three floors of a tower: floor 0 a hall; floor 1 a slab over its west part, a void crossed by a light bridge,
 * a wall with a cracked wall and a door in it; floor 2 a smaller slab above.
 */
const tower = makeLevel([], {
  grid: {
    cellSize: 2,
    wallHeight: 3,
    floors: [
      {
        height: 0,
        rows: [
          '############',
          '#..........#',
          '#..........#',
          '#..........#',
          '#..........#',
          '#..........#',
          '#..........#',
          '#..........#',
          '############',
        ],
      },
      {
        height: 3,
        rows: [
          '############',
          '#.....#....#',
          '#.....#....#',
          '#...    ...#',
          '#.....#....#',
          '#..........#',
          '#.....#....#',
          '#..........#',
          '############',
        ],
      },
      {
        height: 6,
        rows: [
          '#######     ',
          '#.....#     ',
          '#.....#     ',
          '#.....#     ',
          '#######     ',
          '            ',
          '            ',
          '            ',
          '            ',
        ],
      },
    ],
  },
  spawn: { at: [2, 2] },
  friends: [
    { friend: 'leo', at: [2, 2], facing: 'east' },
    { friend: 'mia', at: [9, 6], facing: 'west' },
  ],
  entities: [
    { id: 'bridge-west', type: 'bridge-anchor', floor: 1, at: [3, 3], pair: 'bridge-east' },
    { id: 'bridge-east', type: 'bridge-anchor', floor: 1, at: [8, 3], pair: 'bridge-west' },
    { id: 'cracked-1', type: 'cracked-wall', floor: 1, at: [6, 5] },
    { id: 'door-1', type: 'door', floor: 1, at: [6, 7] },
  ],
});

/** Whether a cell holds something solid of the given floor now: a wall, a closed door, an unbroken cracked wall. */
function solidAt(engine: Engine, floor: number, col: number, row: number): boolean {
  const terrain = engine.grid.terrain(floor, col, row);
  if (terrain === 'wall') return true;
  for (const e of engine.level.entities) {
    if (e.floor !== floor || e.at[0] !== col || e.at[1] !== row) continue;
    if (e.type === 'door' && !engine.entities.doorOpen(e.id)) return true;
    if (e.type === 'cracked-wall' && !engine.entities.broken(e.id)) return true;
  }
  return false;
}

/** Where a friend's body is inside something solid (either sphere's centre), or '' when it is not. */
function insideSolid(engine: Engine, friend: Friend): string {
  const grid = engine.grid;
  const p = friend.position;
  const slab = LEVEL_GEOMETRY.slabThickness;
  for (const y of [p.y, p.y + BODY.headOffset]) {
    const col = Math.floor(p.x / grid.cellSize);
    const row = Math.floor(p.z / grid.cellSize);
    for (let floor = 0; floor < grid.floorCount; floor++) {
      const h = grid.heights[floor] ?? 0;
      const terrain = grid.terrain(floor, col, row);
      // A few centimetres into a surface is how contacts rest; a centre deeper than that went through.
      const inWall = solidAt(engine, floor, col, row) && y > h - slab + 0.05 && y < h + grid.wallHeight - 0.05;
      const inSlab = terrain === 'floor' && y > h - slab + 0.05 && y < h - 0.05;
      if (inWall || inSlab)
        return `${friend.name} inside ${inWall ? 'a wall' : 'a floor slab'} of floor ${floor} at [${col}, ${row}] (y ${y.toFixed(2)}) at tick ${engine.tick}`;
    }
  }
  return '';
}
