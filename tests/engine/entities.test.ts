// The level's entities as a player meets them: hazards, fragments, the exit, dialogue, platforms, and jumps.
import { describe, expect, it } from 'vitest';
import { playLevel } from '../../src/bot/play';
import { engineFor, hold, makeLevel } from '../helpers';

describe('doubt hazards', () => {
  it('drain lucidity and wake the friend at the checkpoint', () => {
    const level = makeLevel(['#######', '#.....#', '#######'], {
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [
        { id: 'cp', type: 'checkpoint', at: [2, 1] },
        { id: 'doubt', type: 'doubt-hazard', at: [4, 1], drain: 50 },
      ],
    });
    const e = engineFor(level);
    hold(e, 30, { moveY: 1 }); // over the checkpoint
    expect(e.drainEvents()).toContainEqual({ type: 'checkpoint', id: 'cp' });
    e.active.teleport(e.grid.center(0, 4, 1));
    hold(e, 60);
    expect(e.active.lucidity).toBeLessThan(55);
    expect(e.drainEvents().some((ev) => ev.type === 'lucidity')).toBe(true);
    hold(e, 70);
    expect(e.drainEvents()).toContainEqual({ type: 'respawn', friend: 'mia', cause: 'lucidity' });
    expect(e.cellOf(e.active)).toMatchObject({ col: 2, row: 1 });
    expect(e.active.lucidity).toBe(100);
  });
});

describe('fragments and the exit', () => {
  const level = makeLevel(['#######', '#.....#', '#######'], {
    friends: [{ friend: 'noah', at: [1, 1], facing: 'east' }],
    entities: [
      { id: 'memory', type: 'fragment', at: [2, 1], text: 'The first exam.', required: true },
      { id: 'exit', type: 'exit', at: [5, 1] },
      { id: 'hello', type: 'dialogue', at: [3, 1], lines: [{ speaker: 'noah', text: 'Leo?' }] },
    ],
  });

  it('keeps the exit locked until the required fragment is read, saying so once per arrival', () => {
    const e = engineFor(level);
    e.active.teleport(e.grid.center(0, 5, 1));
    hold(e, 30);
    const events = e.drainEvents();
    expect(events.filter((ev) => ev.type === 'exit-locked')).toEqual([{ type: 'exit-locked', missing: ['memory'] }]);
    expect(e.status).toBe('playing');
  });

  it('reads a fragment with E, and then the exit lets the friend through', () => {
    const e = engineFor(level);
    hold(e, 2);
    expect(e.prompt()).toMatchObject({ action: 'interact', verb: 'read fragment', targetId: 'memory' });
    hold(e, 1, { interact: true });
    expect(e.drainEvents()).toContainEqual({ type: 'fragment', id: 'memory', text: 'The first exam.' });
    hold(e, 150, { moveY: 1 });
    const events = e.drainEvents();
    expect(events.filter((ev) => ev.type === 'dialogue')).toHaveLength(1);
    expect(e.status).toBe('complete');
  });
});

describe('running jumps', () => {
  const gap = (voids: number) =>
    makeLevel(['############', `#..${' '.repeat(voids)}....#`.padEnd(12, '#'), '############'], {
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [{ id: 'exit', type: 'exit', at: [3 + voids, 1] }],
    });
  const jumpPlan = (voids: number) => ({
    level: 'test',
    steps: [
      {
        kind: 'jump' as const,
        friend: 'mia' as const,
        from: { floor: 0, col: 2, row: 1 },
        to: { floor: 0, col: 3 + voids, row: 1 },
      },
      { kind: 'exit' as const, friend: 'mia' as const, at: { floor: 0, col: 3 + voids, row: 1 } },
    ],
  });

  it('clear one void cell', () => {
    expect(playLevel(gap(1), jumpPlan(1), { maxGameSeconds: 20 }).reached).toBe(true);
  });

  it('never clear two, whenever the jump is pressed', () => {
    for (let lead = 0; lead < 30; lead++) {
      const e = engineFor(gap(2));
      e.active.teleport(e.grid.center(0, 1, 1), -Math.PI / 2);
      let jumped = false;
      let landed = false;
      for (let t = 0; t < 240 && e.status === 'playing'; t++) {
        // Run east and press jump `lead` ticks after the ground is gone (or at the edge).
        const overEdge = e.active.position.x > 6 - 0.35 + lead * 0.03;
        hold(e, 1, { moveY: 1, run: true, jump: overEdge && !jumped });
        if (overEdge) jumped = true;
        if (e.active.ground && e.active.position.y > 0 && e.cellOf(e.active).col >= 5) landed = true;
      }
      expect(landed, `pressed ${lead} steps late`).toBe(false);
      expect(e.status).toBe('playing');
    }
  });
});

describe('moving platforms', () => {
  it('carry a friend across the void without throwing it off', () => {
    const level = makeLevel(['########', '#.    .#', '########'], {
      friends: [{ friend: 'mia', at: [1, 1], facing: 'east' }],
      entities: [{ id: 'lift', type: 'moving-platform', at: [2, 1], to: [5, 1], period: 6, active: true }],
    });
    const e = engineFor(level);
    e.active.teleport(e.grid.center(0, 2, 1));
    hold(e, 180); // half a period: there
    expect(e.cellOf(e.active)).toMatchObject({ col: 5, row: 1 });
    expect(e.drainEvents().some((ev) => ev.type === 'respawn')).toBe(false);
  });
});

describe('a moving platform far from every friend', () => {
  const row = '#' + '.'.repeat(38) + '#';
  const walls = '#'.repeat(40);
  const level = (miaAt: [number, number]) =>
    makeLevel([walls, row, row, walls], {
      friends: [{ friend: 'mia', at: miaAt, facing: 'east' }],
      entities: [{ id: 'lift', type: 'moving-platform', at: [30, 1], to: [36, 1], period: 5, active: true }],
    });

  it('runs on by its clock, and is exactly where it would have been when a friend comes to it', () => {
    // Beside its trip all along, the slab moves in the physics every tick; from the far end, nobody is near it.
    const beside = engineFor(level([33, 2]));
    const far = engineFor(level([1, 1]));
    const drawn = (e: ReturnType<typeof engineFor>) => e.entities.views().find((v) => v.id === 'lift')!;
    let moved = 0;
    for (let t = 0; t < 437; t++) {
      const before = drawn(far).x;
      hold(beside, 1);
      hold(far, 1);
      // Drawn on its way tick after tick, where the slab a friend beside it meets is.
      expect(drawn(far).x).toBe(beside.entities.platforms[0]!.body.position.x);
      expect(drawn(far).prevX).toBe(before);
      if (drawn(far).x !== before) moved++;
    }
    expect(moved).toBeGreaterThan(400);
    // Mia runs the 60 m to it and on over it: from when she is near, the slab she can stand on is where it is drawn, and where
    // it is in the run where a friend stood beside it from the start.
    const mia = far.active;
    let near = 0;
    for (let t = 0; t < 900; t++) {
      hold(beside, 1);
      hold(far, 1, { moveY: 1, run: true });
      const slab = far.entities.platforms[0]!.body.position;
      // Within two metres of the slab's trip (cells 30 to 36).
      if (mia.position.x < 61 - 2) continue;
      near++;
      expect([slab.x, slab.z]).toEqual([drawn(far).x, drawn(far).z]);
      expect(slab.x).toBe(beside.entities.platforms[0]!.body.position.x);
    }
    expect(near).toBeGreaterThan(100);
  });
});

describe('moving things drawn between ticks', () => {
  it('a platform and a doubt wave keep where they were at the tick before, for the view to draw in between', () => {
    const level = makeLevel(['########', '#.    .#', '#......#', '########'], {
      friends: [{ friend: 'mia', at: [1, 2] }],
      entities: [
        { id: 'lift', type: 'moving-platform', at: [2, 1], to: [5, 1], period: 4, active: true },
        { id: 'doubt', type: 'doubt-hazard', at: [1, 2], loop: [[6, 2]], drain: 0, period: 3 },
      ],
    });
    const e = engineFor(level);
    const views = () => new Map(e.entities.views().map((v) => [v.id, { x: v.x, z: v.z, prevX: v.prevX }]));
    hold(e, 30);
    let before = views();
    let moved = 0;
    for (let t = 0; t < 120; t++) {
      hold(e, 1);
      const now = views();
      for (const id of ['lift', 'doubt']) {
        expect(now.get(id)!.prevX).toBe(before.get(id)!.x);
        if (now.get(id)!.x !== before.get(id)!.x) moved++;
      }
      before = now;
    }
    // Both really moved, tick after tick.
    expect(moved).toBeGreaterThan(200);
  });
});
