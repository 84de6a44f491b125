// A valid level file is read by the browser's own JSON parser; anything the full reader would say something about
// goes to the full reader. Whatever the text, both must give the designer the same level and the same problems.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/schema';
import { Report } from '../../src/levels/check/report';
import { readJson } from '../../src/levels/check/syntax';
import { LevelText } from '../../src/levels/positions';
import { stressLevel } from '../../src/levels/stress';

function read(text: string, quickly: boolean) {
  const report = new Report('levels/x.json', new LevelText('', undefined));
  const json = readJson(text, report, quickly);
  // Where a later rule would place a problem: the start of the entities, or the whole file.
  const placed = report.text.position(report.text.offsetOf(['entities', 0]));
  return { json, errors: report.errors, notices: report.notices, placed };
}

function expectSameReading(text: string): void {
  const quick = read(text, true);
  const full = read(text, false);
  expect(quick).toEqual(full);
  // toEqual skips a "__proto__" key's own property: compare what the keys are, too.
  expect(JSON.stringify(quick.json?.value)).toBe(JSON.stringify(full.json?.value));
}

const shipped = readdirSync('levels')
  .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
  .map((f) => `levels/${f}`);
const corpus = readdirSync('tests/levels/corpus').map((f) => `tests/levels/corpus/${f}`);

const SMALL = (entities: string) =>
  `{"formatVersion": 2, "id": "x", "title": "X", "grid": {"floors": [{"height": 0, "rows": ["..."]}]},
  "spawn": {"at": [0, 0]}, "friends": [{"friend": "mia", "at": [0, 0]}], "entities": ${entities}}`;

const TRICKY: Record<string, string> = {
  'a key written twice': SMALL('[{"id": "a", "id": "b", "type": "exit", "at": [1, 0]}]'),
  'a key written twice in the same object at the top': SMALL('[]').replace('"id": "x"', '"id": "x", "id": "y"'),
  'a __proto__ key': SMALL('[{"__proto__": {"polluted": true}, "id": "a", "type": "exit", "at": [1, 0]}]'),
  'strings holding quotes, colons and braces': SMALL(
    '[{"id": "a", "type": "fragment", "at": [1, 0], "text": "\\"x\\": {[,]} \\\\"}]',
  ),
  'escapes and characters from beyond the first plane': SMALL(
    '[{"id": "a", "type": "fragment", "at": [1, 0], "text": "\\u00e9 \\ud83d\\ude00 😀 \\n\\t"}]',
  ),
  'a lone surrogate': SMALL('[{"id": "a", "type": "fragment", "at": [1, 0], "text": "x \\ud800 y"}]'),
  'a number too large': SMALL('[{"id": "a", "type": "door", "at": [1, 1e999]}]'),
  'numbers in every JSON form': SMALL('[{"id": "a", "type": "door", "at": [1.0e0, -0], "open": false}]'),
  'a list longer than any level has': SMALL(`[${Array.from({ length: LIMITS.entities + 1 }, () => '1').join(',')}]`),
  'nesting at the limit': SMALL('['.repeat(LIMITS.nesting - 3) + ']'.repeat(LIMITS.nesting - 3)),
  'nesting past the limit': SMALL('['.repeat(LIMITS.nesting) + ']'.repeat(LIMITS.nesting)),
  'a trailing comma': SMALL('[{"id": "a", "type": "exit", "at": [1, 0],}]'),
  'a comment': SMALL('[] // none'),
  'a form feed between tokens': SMALL('[]').replace('"id"', '\f"id"'),
  'a non-breaking space between tokens': SMALL('[]').replace('"id"', '\u00a0"id"'),
  'a leading zero': SMALL('[{"id": "a", "type": "exit", "at": [01, 0]}]'),
  'an unclosed string': SMALL('[{"id": "a'),
  'a byte order mark': '\ufeff' + SMALL('[]'),
  'not an object': '[1, 2, 3]',
  'a bare string': '"level"',
  'carriage returns for line ends': SMALL('[]').replace(/\n/g, '\r\n'),
};

describe('the quick reader and the full reader', () => {
  it.each([...shipped, ...corpus])('read %s alike', (file) => {
    expectSameReading(readFileSync(file, 'utf8'));
  });

  it('read the stress level at the format’s caps alike', () => {
    expectSameReading(JSON.stringify(stressLevel(1), null, 1));
  });

  it.each(Object.keys(TRICKY))('read a file with %s alike', (name) => {
    expectSameReading(TRICKY[name]!);
  });

  it('still refuse a key written twice, placed where the second one is written', () => {
    const text = SMALL('[{"id": "a", "id": "b", "type": "exit", "at": [1, 0]}]');
    const { errors } = read(text, true);
    expect(errors.map((e) => [e.message, e.line, e.column])).toEqual([
      ['"id" is written twice in this object', 2, text.split('\n')[1]!.indexOf('"id": "b"') + 1],
    ]);
  });
});
