// Each skill's level is beaten with the skill and not without it; the bot plays the plans in the physics.
import { describe, expect, it } from 'vitest';
import { Bot } from '../../src/bot/bot';
import { playLevel } from '../../src/bot/play';
import { Engine } from '../../src/engine/engine';
import { solveLevel } from '../../src/levels/solver';
import { loadLevelFile } from '../helpers';
import { plans, without } from '../fixtures/levels/plans';

const level = (name: string) => loadLevelFile(`tests/fixtures/levels/${name}.json`);

describe('the bot plays the fixture levels', () => {
  for (const name of ['bridge', 'diagnose', 'reprogram', 'overclock', 'plate', 'all-four']) {
    it(`reaches the exit of ${name}`, () => {
      const r = playLevel(level(name), plans[name]!, { maxGameSeconds: 60 });
      expect(r.reason).toBeUndefined();
      expect(r.reached).toBe(true);
    });
  }

  for (const skill of ['bridge', 'diagnose', 'reprogram'] as const) {
    it(`does not reach the exit of ${skill} without ${skill}`, () => {
      const plan = without(plans[skill]!, (s) => s.kind === 'skill');
      const r = playLevel(level(skill), plan, { maxGameSeconds: 30 });
      expect(r.reached).toBe(false);
      expect(r.failedStep).toBeDefined();
      expect(r.reason).toMatch(/stuck|fell/);
    });
  }

  it('does not cross the overclock chasm with a running jump instead of a dash', () => {
    const plan = structuredClone(plans.overclock!);
    plan.steps[1] = {
      kind: 'jump',
      friend: 'leo',
      from: { floor: 0, col: 2, row: 1 },
      to: { floor: 0, col: 5, row: 1 },
    };
    const r = playLevel(level('overclock'), plan, { maxGameSeconds: 30 });
    expect(r.reached).toBe(false);
    expect(r.failedStep).toBe(1);
    expect(r.reason).toMatch(/leo fell into the void; last stood at \[2, 1\]/);
  });

  it('does not pass the plate door when the only friend on the plate walks on', () => {
    const plan = plans.plate!;
    // Mia steps on the plate herself, then heads for the door: it shuts behind her foot.
    const alone = {
      ...plan,
      steps: [
        {
          kind: 'walk' as const,
          friend: 'mia' as const,
          path: [
            { floor: 0, col: 2, row: 1 },
            { floor: 0, col: 1, row: 1 },
          ],
        },
        ...plan.steps.slice(3),
      ],
    };
    const r = playLevel(level('plate'), alone, { maxGameSeconds: 30 });
    expect(r.reached).toBe(false);
    expect(r.reason).toMatch(/stuck at \[3, 1\]/);
  });

  it('says which step failed and where when the plan is wrong', () => {
    const plan = without(plans['all-four']!, (s) => s.kind === 'skill' && s.skill === 'diagnose');
    const r = playLevel(level('all-four'), plan, { maxGameSeconds: 60 });
    expect(r.reached).toBe(false);
    expect(plan.steps[r.failedStep!]!.kind).toBe('walk');
    expect(r.reason).toMatch(/^stuck at \[\d+, \d+\] on the way to \[\d+, \d+\]$/);
  });

  it("stands on the cell centre to scan, so a platform at the edge of Noah's reach is revealed", () => {
    const l = level('scan-edge');
    const solved = solveLevel(l);
    if (!solved.beatable) throw new Error(solved.reasons.join('\n'));
    // The solver scans from a cell whose centre is within the radius (less its slack); the bot stands there.
    const scan = solved.plan.steps.find((s) => s.kind === 'skill' && s.skill === 'diagnose');
    expect(scan).toMatchObject({ kind: 'skill', skill: 'diagnose', from: { row: 1 } });
    const r = playLevel(l, solved.plan, { maxGameSeconds: 30 });
    expect(r.reason).toBeUndefined();
    expect(r.reached).toBe(true);
  });

  it('places a dash over one void cell so it ends on a ledge one cell wide, not past it', () => {
    const r = playLevel(level('dash-ledge'), plans['dash-ledge']!, { maxGameSeconds: 30 });
    expect(r.reason).toBeUndefined();
    expect(r.reached).toBe(true);
  });

  it('jumps the torn floor', () => {
    const r = playLevel(level('jump'), plans.jump!, { maxGameSeconds: 30 });
    expect(r.reason).toBeUndefined();
    expect(r.reached).toBe(true);
  });

  it('walks back from the checkpoint and jumps again after a doubt wave knocks Mia into the gap', () => {
    const engine = new Engine(level('jump'), { switchGlide: 0 });
    const bot = new Bot(engine, plans.jump!);
    let knocked = false;
    let woke = 0;
    while (engine.status !== 'complete' && !bot.failure && engine.time < 30) {
      engine.step(bot.next());
      const events = engine.drainEvents();
      woke += events.filter((e) => e.type === 'respawn').length;
      bot.notice(events);
      const mia = engine.active;
      // Over the gap the first time: stop her dead so she drops.
      if (!knocked && engine.cellOf(mia).col === 5 && mia.ground === null) {
        mia.body.velocity.set(0, -5, 0);
        knocked = true;
      }
    }
    expect(knocked).toBe(true);
    expect(woke).toBe(1);
    expect(bot.failure).toBeNull();
    expect(engine.status).toBe('complete');
  });

  it('gives up on a jump that fails twice and says where the friend last stood', () => {
    const engine = new Engine(level('jump'), { switchGlide: 0 });
    const bot = new Bot(engine, plans.jump!);
    while (engine.status !== 'complete' && !bot.failure && engine.time < 30) {
      engine.step(bot.next());
      bot.notice(engine.drainEvents());
      const mia = engine.active;
      if (engine.cellOf(mia).col === 5 && mia.ground === null) mia.body.velocity.set(0, -5, 0);
    }
    expect(bot.failure?.step).toBe(1);
    expect(bot.failure?.reason).toBe('mia fell into the void; last stood at [4, 1]');
  });

  it('steers back to the line of cell centres after a shove sideways', () => {
    const engine = new Engine(level('bridge'), { switchGlide: 0 });
    const bot = new Bot(engine, plans.bridge!);
    let shoved = false;
    let widest = 0;
    while (engine.status !== 'complete' && !bot.failure && engine.time < 30) {
      engine.step(bot.next());
      bot.notice(engine.drainEvents());
      const mia = engine.active;
      const off = Math.abs(mia.position.z - engine.grid.center(0, 1, 1).z);
      if (shoved) widest = Math.max(widest, off);
      // On the bridge, a shove towards the void.
      if (!shoved && engine.cellOf(mia).col === 3) {
        mia.body.velocity.z += 3;
        shoved = true;
      }
    }
    expect(shoved).toBe(true);
    expect(bot.failure).toBeNull();
    expect(engine.status).toBe('complete');
    expect(widest).toBeLessThan(0.6);
  });
});
