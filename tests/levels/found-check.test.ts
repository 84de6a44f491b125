// The checker on friends the party finds: never the first friend (the player must start with someone), fine after.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelText, formatProblem } from '../../src/levels/check';

const valid = readFileSync('tests/levels/corpus/valid.json', 'utf8');

describe('"found" in the friends of a level', () => {
  it('is an error on the first friend, at the line, column and path where it is written', () => {
    const text = valid.replace('{ "friend": "mia", "at": [1, 1] }', '{ "friend": "mia", "at": [1, 1], "found": true }');
    const result = checkLevelText(text, 'levels/x.json');
    const problem = result.errors.find((p) => p.path === 'friends[0].found');
    expect(problem).toBeDefined();
    const before = text.slice(0, text.indexOf('"found": true') + '"found": '.length).split('\n');
    expect(formatProblem(problem!)).toBe(
      `levels/x.json:${before.length}:${before[before.length - 1]!.length + 1} friends[0].found: ` +
        'mia is played first, so the party cannot find them: the player must start with someone — remove "found" ' +
        'here, or list a friend who is in the party from the start first',
    );
  });

  it('is fine on a friend after the first', () => {
    const text = valid.replace('{ "friend": "ava", "at": [2, 1] }', '{ "friend": "ava", "at": [2, 1], "found": true }');
    const result = checkLevelText(text, 'levels/x.json');
    expect(result.errors).toEqual([]);
  });
});
