// The self-doubt boss, phase by phase, as the four friends play it in the physics: each test reads like a short
// session in tests/fixtures/levels/boss.json (a pit in the middle of an arena, the boss over it, two cores on
// Mia's bridges, three cycle nodes along the south wall, the exit in the north-east corner).
import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine';
import type { GameEvent } from '../../src/engine/events';
import type { FriendName } from '../../src/core/schema';
import { BODY, SKILLS, TICK } from '../../src/core/tuning';
import { aimPoint } from '../../src/engine/skills/aim';
import { engineFor, hold, loadLevelFile } from '../helpers';

const level = () => loadLevelFile('tests/fixtures/levels/boss.json');

/** Takes control of a friend and stands them still in the centre of a cell. */
function standAt(e: Engine, name: FriendName, col: number, row: number): void {
  hold(e, 1, { switchTo: name });
  e.active.teleport(e.grid.center(0, col, row));
  hold(e, 5);
}

/** Turns the active friend's eyes to a point. */
function lookAt(e: Engine, x: number, y: number, z: number): void {
  const f = e.active;
  const dx = x - f.position.x;
  const dz = z - f.position.z;
  f.yaw = Math.atan2(-dx, -dz);
  f.pitch = Math.atan2(y - (f.position.y + BODY.eyeOffset), Math.hypot(dx, dz));
}

/** Presses the skill for a tick, lets go, and waits out its cooldown; returns what happened. */
function useSkill(e: Engine): GameEvent[] {
  hold(e, 1, { skill: true });
  hold(e, 1);
  const events = [...e.drainEvents()];
  const longest = Math.max(...Object.values(SKILLS).map((s) => (typeof s === 'object' ? s.cooldown : 0)));
  hold(e, Math.ceil(longest / TICK) + 1);
  return [...events, ...e.drainEvents()];
}

function aimAtEntity(e: Engine, id: string): void {
  const target = e.level.entities.find((x) => x.id === id)!;
  if (target.type !== 'bridge-anchor' && target.type !== 'code-node' && target.type !== 'cycle-node')
    throw new Error(`${id} is not aimed at`);
  const p = aimPoint(e, target as Parameters<typeof aimPoint>[1]);
  lookAt(e, p.x, p.y, p.z);
}

/** Noah walks to the pit's west rim and diagnoses: the shroud lifts. */
function liftShroud(e: Engine): GameEvent[] {
  standAt(e, 'noah', 2, 5);
  return useSkill(e);
}

/** Mia bridges out from an anchor; Leo walks onto the bridge next to the core and dashes into it. */
function breakCore(e: Engine, anchor: string, from: [number, number], leoAt: [number, number], dir: 1 | -1) {
  standAt(e, 'mia', from[0], from[1]);
  aimAtEntity(e, anchor);
  const built = useSkill(e);
  expect(built).toContainEqual({ type: 'skill', friend: 'mia', skill: 'bridge', target: anchor });
  standAt(e, 'leo', leoAt[0], leoAt[1]);
  e.active.yaw = dir > 0 ? -Math.PI / 2 : Math.PI / 2; // east or west along the bridge
  e.active.pitch = 0;
  return [...built, ...useSkill(e)];
}

function breakBothCores(e: Engine): GameEvent[] {
  return [...breakCore(e, 'a-west', [2, 4], [4, 4], 1), ...breakCore(e, 'b-east', [10, 6], [8, 6], -1)];
}

function reprogram(e: Engine, node: string, at: [number, number]): GameEvent[] {
  standAt(e, 'ava', at[0], at[1]);
  aimAtEntity(e, node);
  return useSkill(e);
}

describe('the self-doubt boss', () => {
  it('is shrouded at first: cores out of sight, dashes and reprogramming do nothing, the exit stays shut', () => {
    const e = engineFor(level());
    expect(e.boss!.phase).toBe('shrouded');
    expect(e.entities.views().find((v) => v.id === 'core-west')!.visible).toBe(false);

    // Leo, on a bridge Mia built, dashes straight into where the western core hides.
    const dashed = breakCore(e, 'a-west', [2, 4], [4, 4], 1);
    expect(dashed).toContainEqual(
      expect.objectContaining({ type: 'skill-failed', friend: 'leo', reason: expect.stringMatching(/shrouded/) }),
    );
    expect(dashed.some((ev) => ev.type === 'core-broken')).toBe(false);

    const refused = reprogram(e, 'node-1', [2, 8]);
    expect(refused).toContainEqual(
      expect.objectContaining({
        type: 'skill-failed',
        friend: 'ava',
        reason: expect.stringMatching(/Noah must diagnose/),
      }),
    );

    standAt(e, 'mia', 11, 1);
    expect(e.drainEvents()).toContainEqual({ type: 'exit-locked', missing: ['boss'] });
    expect(e.status).toBe('playing');
  });

  it("lifts the shroud when Noah's diagnosis reaches it, not from across the arena", () => {
    const e = engineFor(level());
    standAt(e, 'noah', 1, 9); // 11 m from the boss: the 9 m pulse falls short
    useSkill(e);
    expect(e.boss!.phase).toBe('shrouded');

    const events = liftShroud(e);
    expect(events).toContainEqual({ type: 'boss-phase', id: 'boss', phase: 'cores' });
    const found = events.find((ev) => ev.type === 'diagnose');
    expect(found && found.type === 'diagnose' && found.found.map((f) => f.id)).toEqual(
      expect.arrayContaining(['boss', 'core-west', 'core-east']),
    );
    expect(e.entities.views().find((v) => v.id === 'core-west')!.visible).toBe(true);
  });

  it('shows its cores over the void: Mia bridges out to each, Leo dashes into it, and the loop begins', () => {
    const e = engineFor(level());
    liftShroud(e);

    const west = breakCore(e, 'a-west', [2, 4], [4, 4], 1);
    expect(west).toContainEqual({ type: 'core-broken', id: 'core-west', left: 1 });
    // The dash is spent in the core's cell: Leo stands on the bridge, not out past its end.
    expect(e.cellOf(e.active)).toEqual({ floor: 0, col: 5, row: 4 });
    expect(e.boss!.phase).toBe('cores');

    // Ava cannot touch the cycle while a core holds it.
    expect(reprogram(e, 'node-1', [2, 8])).toContainEqual(
      expect.objectContaining({ type: 'skill-failed', reason: expect.stringMatching(/1 core holds it/) }),
    );

    const east = breakCore(e, 'b-east', [10, 6], [8, 6], -1);
    expect(east).toContainEqual({ type: 'core-broken', id: 'core-east', left: 0 });
    expect(east).toContainEqual({ type: 'boss-phase', id: 'boss', phase: 'loop' });
  });

  it('throws doubt waves in the loop that knock the friends back, away from it', () => {
    const e = engineFor(level());
    liftShroud(e);
    breakBothCores(e);
    e.drainEvents();
    standAt(e, 'noah', 6, 2); // on the pit's north rim, 6 m from the boss
    const before = e.active.position.z;
    let wave = false;
    for (let t = 0; t < 10 / TICK && !wave; t++) {
      hold(e, 1);
      wave = e.drainEvents().some((ev) => ev.type === 'doubt-wave');
    }
    expect(wave).toBe(true);
    hold(e, 60);
    // Thrown north, away from the boss: the rim is safe, the wave only unsettles.
    expect(before - e.active.position.z).toBeGreaterThan(0.5);
  });

  it('whispers in the loop: sight blurs and left and right swap for a few seconds, then come back', () => {
    const e = engineFor(level());
    liftShroud(e);
    breakBothCores(e);
    e.drainEvents();
    standAt(e, 'mia', 6, 9);
    e.active.yaw = 0; // facing north, so "right" is east (+x)
    let whisper: GameEvent | undefined;
    for (let t = 0; t < 20 / TICK && !whisper; t++) {
      hold(e, 1);
      whisper = e.drainEvents().find((ev) => ev.type === 'whisper');
    }
    // The level's first whispered line comes with it, for the subtitles.
    expect(whisper).toEqual({
      type: 'whisper',
      seconds: 3,
      line: { speaker: "Leo's doubt", text: 'Not good enough.' },
    });
    expect(e.boss!.blurred).toBe(true);
    const x0 = e.active.position.x;
    hold(e, 30, { moveX: 1 }); // the player steps right…
    expect(e.active.position.x).toBeLessThan(x0 - 0.5); // …and Mia steps left
    hold(e, Math.ceil(3 / TICK));
    expect(e.boss!.blurred).toBe(false);
    const x1 = e.active.position.x;
    hold(e, 30, { moveX: 1 });
    expect(e.active.position.x).toBeGreaterThan(x1 + 0.5);
  });

  it('breaks when Ava rewrites the cycle nodes in order; the exit opens and the epilogue follows', () => {
    const e = engineFor(level());
    liftShroud(e);
    breakBothCores(e);
    expect(reprogram(e, 'node-2', [6, 8])).toContainEqual(
      expect.objectContaining({ type: 'skill-failed', reason: 'the cycle resists: rewrite "node-1" first' }),
    );
    expect(reprogram(e, 'node-1', [2, 8])).toContainEqual({ type: 'cycle-node', id: 'node-1', done: 1, of: 3 });
    reprogram(e, 'node-2', [6, 8]);
    const last = reprogram(e, 'node-3', [10, 8]);
    expect(last).toContainEqual({ type: 'cycle-broken', id: 'boss' });
    expect(last).toContainEqual({ type: 'boss-phase', id: 'boss', phase: 'broken' });
    expect(e.boss!.broken).toBe(true);

    hold(e, 1, { switchTo: 'ava' });
    e.active.teleport(e.grid.center(0, 11, 1));
    hold(e, 5);
    const done = e.drainEvents();
    expect(e.status).toBe('complete');
    const types = done.map((ev) => ev.type);
    expect(types).toContain('complete');
    expect(types.indexOf('epilogue')).toBeGreaterThan(types.indexOf('complete'));
  });

  it('plays the same twice: its state is part of the engine snapshot', () => {
    const run = () => {
      const e = engineFor(level());
      liftShroud(e);
      breakBothCores(e);
      hold(e, 600);
      return e.snapshot();
    };
    const a = run();
    expect(a.entities.boss).toMatchObject({ phase: 'loop', cores: ['core-west', 'core-east'], nodes: [] });
    expect(run()).toEqual(a);
  });
});
