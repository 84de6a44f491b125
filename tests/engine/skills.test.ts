// The four skills as a player uses them: aimed, pressed, cooling down, and only by the friend in control.
import { describe, expect, it } from 'vitest';
import { SKILLS, TICK } from '../../src/core/tuning';
import { engineFor, hold, loadLevelFile, makeLevel } from '../helpers';

const fixture = (name: string) => loadLevelFile(`tests/fixtures/levels/${name}.json`);

/** Presses the skill for one tick, then lets go; returns the events. */
function pressSkill(e: ReturnType<typeof engineFor>, over = {}) {
  hold(e, 1, { skill: true, ...over });
  hold(e, 1);
  return e.drainEvents();
}

describe('switching friends', () => {
  it('keeps each friend where it was and its cooldown ticking', () => {
    const e = engineFor(fixture('all-four'));
    hold(e, 1, { switchTo: 'leo' });
    hold(e, 30, { moveY: 1 }); // Leo walks east
    const leoX = e.friends[0]!.position.x;
    pressSkill(e); // Leo dashes: cooldown starts
    hold(e, 1, { switchTo: 'noah' }); // Noah
    const noah = e.friends[2]!;
    const noahAt = e.cellOf(noah);
    hold(e, 30);
    expect(e.friends[0]!.position.x).toBeGreaterThan(leoX);
    const left = e.skillStatus(e.friends[0]!).cooldownLeft;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(SKILLS.overclock.cooldown - 30 * TICK + 1e-9);
    hold(e, 1, { switchTo: 'leo' });
    expect(e.cellOf(noah)).toEqual(noahAt);
    expect(e.active.name).toBe('leo');
  });

  it("never uses an idle friend's skill: the press goes to the friend in control", () => {
    const e = engineFor(fixture('all-four'));
    hold(e, 1, { switchTo: 'ava' }); // Ava, not Noah: no diagnosis
    const events = pressSkill(e);
    expect(events.some((ev) => ev.type === 'diagnose')).toBe(false);
    expect(e.entities.revealed('fw')).toBe(false);
    expect(e.skillStatus(e.friends[2]!).cooldownLeft).toBe(0);
  });
});

describe('Mia — Bridge', () => {
  it('builds a solid bridge to the paired anchor at the crosshair', () => {
    const e = engineFor(fixture('bridge'));
    hold(e, 5);
    e.active.pitch = -0.45; // looking down at the anchor 2 m ahead
    const events = pressSkill(e);
    expect(events).toContainEqual({ type: 'skill', friend: 'mia', skill: 'bridge', target: 'a1' });
    expect(e.entities.bridges).toHaveLength(1);
    expect(e.entities.bridges[0]).toMatchObject({ from: 'a1', to: 'a2' });
    expect(e.prompt()).toMatchObject({ action: 'skill', verb: 'build bridge', targetId: 'a1' });
  });

  it('fails with a reason when nothing is at the crosshair', () => {
    const e = engineFor(fixture('bridge'));
    e.active.pitch = 0.8; // looking at the sky
    const events = pressSkill(e);
    expect(events.find((ev) => ev.type === 'skill-failed')).toMatchObject({
      reason: expect.stringContaining('no bridge anchor'),
    });
  });

  it('removes the oldest bridge nobody stands on when one more is built, and refuses when all are in use', () => {
    // Three gaps one above the other, anchors on both sides of each.
    const level = makeLevel(
      ['#######', '#.....#', '#.   .#', '#.....#', '#.   .#', '#.....#', '#.   .#', '#.....#', '#######'],
      {
        friends: [
          { friend: 'mia', at: [1, 3], facing: 'east' },
          { friend: 'noah', at: [1, 7], facing: 'east' },
        ],
        entities: [
          { id: 'a', type: 'bridge-anchor', at: [1, 2], pair: 'a2' },
          { id: 'a2', type: 'bridge-anchor', at: [5, 2], pair: 'a' },
          { id: 'b', type: 'bridge-anchor', at: [1, 4], pair: 'b2' },
          { id: 'b2', type: 'bridge-anchor', at: [5, 4], pair: 'b' },
          { id: 'c', type: 'bridge-anchor', at: [1, 6], pair: 'c2' },
          { id: 'c2', type: 'bridge-anchor', at: [5, 6], pair: 'c' },
        ],
      },
    );
    const e = engineFor(level);
    const [mia, noah] = e.friends as [typeof e.active, typeof e.active];
    const build = (id: string) => {
      hold(e, Math.ceil(SKILLS.bridge.cooldown / TICK) + 1);
      const a = e.entities.byId.get(id)!;
      const target = e.grid.center(a.floor, a.at[0], a.at[1]);
      const dx = target.x - mia.position.x;
      const dz = target.z - mia.position.z;
      mia.yaw = Math.atan2(-dx, -dz);
      mia.pitch = Math.atan2(0.5 - (mia.position.y + 1.15), Math.hypot(dx, dz));
      return pressSkill(e);
    };
    build('a');
    build('b');
    expect(e.entities.bridges.map((b) => b.from)).toEqual(['a', 'b']);
    build('c');
    expect(e.entities.bridges.map((b) => b.from)).toEqual(['b', 'c']);
    expect(e.skillStatus(mia).charges).toEqual({ used: 2, max: 2 });
    // Noah stands on b: the next bridge removes c, the oldest free one.
    noah.teleport(e.grid.center(0, 3, 4));
    mia.teleport(e.grid.center(0, 1, 5));
    hold(e, 5);
    expect(build('a').some((ev) => ev.type === 'skill')).toBe(true);
    expect(e.entities.bridges.map((b) => b.from)).toEqual(['b', 'a']);
    // Noah on a, Mia on b: both in use, so c cannot be built.
    noah.teleport(e.grid.center(0, 3, 2));
    mia.teleport(e.grid.center(0, 3, 4));
    hold(e, 5);
    const failed = build('c2').find((ev) => ev.type === 'skill-failed');
    expect(failed).toMatchObject({ reason: expect.stringContaining('in use') });
    expect(e.entities.bridges.map((b) => b.from)).toEqual(['b', 'a']);
    expect(e.cellOf(noah)).toEqual({ floor: 0, col: 3, row: 2 });
  });
});

describe('Noah — Diagnose', () => {
  it('reveals hidden things in its radius and says what and how far', () => {
    const e = engineFor(fixture('diagnose'));
    hold(e, 2, { switchTo: 'noah' });
    hold(e, 5);
    const events = pressSkill(e);
    const d = events.find((ev) => ev.type === 'diagnose');
    expect(d).toBeDefined();
    if (d?.type !== 'diagnose') return;
    // Noah at [1,1]: the platforms are 6, 8 and 10 m away; 10 is beyond the 9 m pulse, the false wall too.
    expect(d.found.map((f) => [f.id, f.distance])).toEqual([
      ['hp1', 6],
      ['hp2', 8],
    ]);
    expect(e.entities.pulse).not.toBeNull();
    const views = e.entities.views();
    expect(views.find((v) => v.id === 'hp1')).toMatchObject({ solid: true, visible: true });
    expect(views.find((v) => v.id === 'hp3')).toMatchObject({ solid: false, visible: false });
    expect(views.find((v) => v.id === 'fw')).toMatchObject({ solid: true, active: false });
    expect(e.entities.views()).toBe(views);
    // Again at once: cooling down.
    const again = pressSkill(e);
    expect(again.find((ev) => ev.type === 'skill-failed')).toMatchObject({ skill: 'diagnose' });
  });
});

describe('Ava — Reprogram', () => {
  it('opens the door its node controls, and closes it again', () => {
    const e = engineFor(fixture('reprogram'));
    hold(e, 2);
    expect(e.entities.doorOpen('door')).toBe(false);
    e.active.pitch = -0.12;
    expect(e.prompt()).toMatchObject({ verb: 'reprogram node', targetId: 'node' });
    pressSkill(e);
    expect(e.entities.doorOpen('door')).toBe(true);
    hold(e, Math.ceil(SKILLS.reprogram.cooldown / TICK));
    pressSkill(e);
    expect(e.entities.doorOpen('door')).toBe(false);
  });

  it('freezes a hazard for the node’s freeze time', () => {
    const level = makeLevel(['#######', '#.....#', '#.....#', '#######'], {
      friends: [{ friend: 'ava', at: [1, 1], facing: 'east' }],
      entities: [
        { id: 'node', type: 'code-node', at: [3, 1], controls: ['doubt'], freezeSeconds: 2 },
        { id: 'doubt', type: 'doubt-hazard', at: [2, 2], loop: [[5, 2]], period: 4 },
      ],
    });
    const e = engineFor(level);
    e.active.pitch = -0.12;
    pressSkill(e);
    const at = e.entities.views().find((v) => v.id === 'doubt')!;
    const x = at.x;
    hold(e, 60);
    expect(e.entities.views().find((v) => v.id === 'doubt')).toMatchObject({ x, active: true });
    hold(e, 70);
    expect(e.entities.views().find((v) => v.id === 'doubt')!.x).not.toBe(x);
  });
});

describe('Leo — Overclock', () => {
  it('dashes along his facing and breaks a cracked wall', () => {
    const e = engineFor(fixture('overclock'));
    e.active.teleport(e.grid.center(0, 5, 1), -Math.PI / 2);
    hold(e, 5);
    const events = pressSkill(e);
    hold(e, 30);
    const all = [...events, ...e.drainEvents()];
    expect(all).toContainEqual({ type: 'skill', friend: 'leo', skill: 'overclock', target: 'crack' });
    expect(e.entities.broken('crack')).toBe(true);
    // Smashing through spends the dash: he stands where the wall was.
    expect(e.cellOf(e.active).col).toBe(6);
  });

  it('stops in the cell of the wall he smashes, not in the void behind it', () => {
    const e = engineFor(
      makeLevel(['#########', '#..#    #', '#########'], {
        friends: [{ friend: 'leo', at: [1, 1], facing: 'east' }],
        entities: [{ id: 'crack', type: 'cracked-wall', at: [3, 1] }],
        grid: { legend: {}, floors: [{ height: 0, rows: ['#########', '#....   #', '#########'] }] },
      }),
    );
    e.active.teleport(e.grid.center(0, 2, 1), -Math.PI / 2);
    hold(e, 5);
    pressSkill(e);
    hold(e, 60);
    expect(e.entities.broken('crack')).toBe(true);
    expect(e.drainEvents().filter((ev) => ev.type === 'respawn')).toEqual([]);
    expect(e.cellOf(e.active)).toEqual({ floor: 0, col: 3, row: 1 });
  });

  it('jumps high right after a dash', () => {
    const e = engineFor(
      makeLevel(['##########', '#........#', '##########'], {
        friends: [{ friend: 'leo', at: [1, 1], facing: 'east' }],
      }),
    );
    hold(e, 5);
    const y0 = e.active.position.y;
    pressSkill(e);
    hold(e, Math.ceil(SKILLS.overclock.dashSeconds / TICK));
    hold(e, 1, { jump: true });
    let top = y0;
    for (let i = 0; i < 40; i++) {
      hold(e, 1);
      top = Math.max(top, e.active.position.y);
    }
    expect(top - y0).toBeGreaterThan(1.5);
  });
});
