// A JSON mistake where a property's ":" or value belongs is placed at that property, not at the whole level: the
// designer reads "title", "formatVersion" beside the line and column, as for every other problem.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLevelText } from '../../src/levels/validate';

const bedroom = readFileSync(resolve(__dirname, '../../levels/01-bedroom.json'), 'utf8');

function first(text: string) {
  const { errors } = validateLevelText(text, 'my-level.json');
  return errors[0]!;
}

describe('a JSON mistake after a property name names the property', () => {
  it('a missing ":"', () => {
    const at = bedroom.indexOf('"title"');
    const text = `${bedroom.slice(0, at)}"title" "oops",${bedroom.slice(at + '"title":'.length)}`;
    expect(first(text)).toMatchObject({ path: 'title', message: 'expected ":" after the property name' });
    expect(first(text).line).toBe(bedroom.slice(0, at).split('\n').length);
  });

  it('a value JSON does not know', () => {
    const text = bedroom.replace(/"formatVersion": \d+/, '"formatVersion": two');
    expect(first(text)).toMatchObject({ path: 'formatVersion', message: 'unexpected "two"' });
  });

  it('a stray character typed right after a value is placed at that character, not at the value', () => {
    const text = bedroom.replace(/"formatVersion": (\d+)/, '"formatVersion": $1@');
    const line = text.split('\n').find((l) => l.includes('"formatVersion"'))!;
    expect(first(text)).toMatchObject({ message: 'unexpected "@"', column: line.indexOf('@') + 1 });
  });

  it('a missing value inside a nested object', () => {
    const text = bedroom.replace(/"spawn": \{\s*"at": \[[^\]]*\]/, '"spawn": { "at": ');
    expect(first(text)).toMatchObject({ path: 'spawn.at' });
  });

  it('a comma where a value belongs says what stands before it, not "a second comma"', () => {
    const noValue = bedroom.replace(/"spawn": \{\s*"at": \[[^\]]*\]/, '"spawn": { "at": ');
    expect(first(noValue)).toMatchObject({
      message: 'expected a value after ":", found ","',
      hint: 'write the value here',
    });
    const opening = bedroom.replace('"friends": [', '"friends": [,');
    expect(first(opening)).toMatchObject({ path: 'friends', message: 'expected a value after "[", found ","' });
    const doubled = bedroom.replace(/("spawn": \{\s*"at": \[\s*\d+,)/, '$1,');
    expect(first(doubled)).toMatchObject({
      message: 'expected a value, found a second ","',
      hint: 'remove one of the two commas',
    });
  });

  it("a file cut short is still the level's problem, not the last property's", () => {
    const { errors } = validateLevelText(bedroom.slice(0, bedroom.indexOf('"friends"')), 'my-level.json');
    expect(errors.at(-1)).toMatchObject({ path: '(level)', message: 'expected a property name' });
  });
});
