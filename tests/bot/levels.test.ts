// Every shipped level is proven beatable twice: the solver finds a route, and the bot walks it in the physics.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playLevel } from '../../src/bot/play';
import { describeStep } from '../../src/core/plan';
import { solveLevel } from '../../src/levels/solver';
import { loadLevelFile } from '../helpers';

const files = readdirSync('levels')
  .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
  .sort();

describe('the bot beats every level in levels/', () => {
  it('finds level files', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s', (file) => {
    const level = loadLevelFile(`levels/${file}`);
    const solved = solveLevel(level);
    if (!solved.beatable) throw new Error(`the solver finds no route:\n${solved.reasons.join('\n')}`);
    const result = playLevel(level, solved.plan, { maxGameSeconds: 600 });
    // When the bot fails where the solver says beatable, say where: the step and the bot's reason.
    const where =
      result.failedStep !== undefined
        ? `step ${result.failedStep + 1} (${describeStep(solved.plan.steps[result.failedStep]!)}): ${result.reason}`
        : '';
    expect(where).toBe('');
    expect(result.reached).toBe(true);
  });
});
