// Each skill's level is beaten with the skill and not without it; the bot plays the plans in the physics.
import { describe, expect, it } from 'vitest';
import { playLevel } from '../../src/engine/bot/play';
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
    plan.steps[1] = { kind: 'jump', friend: 'leo', from: { floor: 0, col: 2, row: 1 }, to: { floor: 0, col: 5, row: 1 } };
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
        { kind: 'walk' as const, friend: 'mia' as const, path: [{ floor: 0, col: 2, row: 1 }, { floor: 0, col: 1, row: 1 }] },
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
    expect(r.reason).toMatch(/^step \d+ \(/);
  });

  it('plays at least 100 times faster than real time', () => {
    const l = level('all-four');
    playLevel(l, plans['all-four']!); // warm-up
    const r = playLevel(l, plans['all-four']!);
    expect(r.reached).toBe(true);
    console.log(`bot speed-up on all-four: ${((r.gameSeconds * 1000) / r.realMs).toFixed(0)}× (${r.gameSeconds.toFixed(1)} s in ${r.realMs.toFixed(0)} ms)`);
    expect((r.gameSeconds * 1000) / r.realMs).toBeGreaterThan(100);
  });
});
