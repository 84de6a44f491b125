// Every shipped level is valid and proven beatable the way a designer's level is: the solver finds a route and the
// bot plays it to the exit in the engine's physics.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/levels/check';
import { proveLevelText } from '../../src/bot/prove';
import { levelFiles } from '../../tools/level/check';

const files = levelFiles();

describe('every level in levels/ is beatable', () => {
  it('finds level files', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s: the solver finds a route and the bot reaches the exit', (file) => {
    const result = proveLevelText(readFileSync(file, 'utf8'), file);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.plan?.steps.at(-1)?.kind).toBe('exit');
    expect(result.proof?.by).toBe('bot');
  });
});
