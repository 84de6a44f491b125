// Malformed files in the spirit of JSONTestSuite: whatever arrives as a level file, the checker answers with a clear
// error at the line and column of the fault, and never throws.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/core/schema';
import { decodeLevelBytes } from '../../src/levels/bytes';
import { checkLevelText, type CheckResult } from '../../src/levels/check';

const FILE = 'levels/broken.json';

/** A small valid level, one property a line, so every fault has a known line. */
const VALID = `{
  "formatVersion": 2,
  "id": "corridor",
  "title": "A corridor",
  "grid": {
    "cellSize": 2,
    "floors": [{ "height": 0, "rows": ["#####", "#...#", "#####"] }]
  },
  "spawn": { "at": [1, 1], "facing": "east" },
  "friends": [{ "friend": "mia", "at": [1, 1], "facing": "east" }],
  "entities": [{ "id": "exit", "type": "exit", "at": [3, 1] }]
}
`;

/** Line and column (from 1) of the first occurrence of `needle` in the valid level, plus `shift` characters. */
function at(text: string, needle: string, shift = 0): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in the text`);
  const before = text.slice(0, offset + shift);
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

function check(input: string | Uint8Array): CheckResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decodeLevelBytes(bytes, FILE);
  if ('problem' in decoded) return { file: FILE, level: null, errors: [decoded.problem], warnings: [], notices: [] };
  return checkLevelText(decoded.text, FILE);
}

interface Case {
  name: string;
  input: () => string | Uint8Array;
  where: (text: string) => { line: number; column: number };
  says: RegExp;
}

const replace = (a: string, b: string) => () => VALID.replace(a, b);
const cases: Case[] = [
  {
    name: 'cut short in the middle of the grid',
    input: () => VALID.slice(0, VALID.indexOf('"floors"')),
    where: () => at(VALID, '"floors"'),
    says: /ends too early|expected/,
  },
  {
    name: 'a bad escape in a string',
    input: replace('"A corridor"', '"A \\q corridor"'),
    where: (t) => at(t, '\\q'),
    says: /escape/,
  },
  {
    name: 'a lone surrogate written as an escape',
    input: replace('"A corridor"', '"A \\ud800 corridor"'),
    where: (t) => at(t, '\\ud800'),
    says: /lone surrogate/,
  },
  {
    name: 'a low surrogate alone',
    input: replace('"A corridor"', '"A \\uDC00"'),
    where: (t) => at(t, '\\uDC00'),
    says: /lone surrogate/,
  },
  {
    name: 'a number like 1e999',
    input: replace('"cellSize": 2', '"cellSize": 1e999'),
    where: (t) => at(t, '1e999'),
    says: /too large a number/,
  },
  {
    name: 'a negative number like -1e400',
    input: replace('"height": 0', '"height": -1e400'),
    where: (t) => at(t, '-1e400'),
    says: /too large a number/,
  },
  {
    name: 'a duplicate key',
    input: replace('"title": "A corridor",', '"title": "A corridor",\n  "title": "Another",'),
    where: (t) => at(t, '"title": "Another"'),
    says: /written twice/,
  },
  {
    name: 'nesting 10,000 deep',
    input: () => '['.repeat(10_000) + ']'.repeat(10_000),
    where: () => ({ line: 1, column: LIMITS.nesting + 1 }),
    says: /nested more than/,
  },
  {
    name: 'megabytes of whitespace',
    input: () => VALID + ' '.repeat(3_000_000),
    where: () => ({ line: 1, column: 1 }),
    says: /bytes/,
  },
  {
    name: 'binary data',
    input: () => new Uint8Array([0x7b, 0x0a, 0x20, 0x22, 0x61, 0x00, 0x01, 0xff, 0x10]),
    where: () => ({ line: 2, column: 4 }),
    says: /binary/,
  },
  {
    name: 'a UTF-16 file with its byte order mark',
    input: () => new Uint8Array([0xff, 0xfe, ...Buffer.from(VALID, 'utf16le')]),
    where: () => ({ line: 1, column: 1 }),
    says: /UTF-16/,
  },
  {
    name: 'a UTF-16 file without a byte order mark',
    input: () => new Uint8Array(Buffer.from(VALID, 'utf16le')),
    where: () => ({ line: 1, column: 1 }),
    says: /UTF-16/,
  },
  {
    name: 'a Latin-1 byte in a UTF-8 file',
    input: () => {
      const text = VALID.replace('A corridor', 'A corridor X');
      const bytes = new TextEncoder().encode(text);
      bytes[new TextEncoder().encode(text.slice(0, text.indexOf(' X') + 1)).length] = 0xe9; // é in Latin-1
      return bytes;
    },
    where: (t) => at(t.replace('A corridor', 'A corridor X'), ' X', 1),
    says: /not UTF-8/,
  },
  {
    name: 'a byte order mark',
    input: () => '\ufeff' + VALID,
    where: () => ({ line: 1, column: 1 }),
    says: /byte order mark/,
  },
  {
    name: 'a line break inside a string',
    input: replace('"A corridor"', '"A\ncorridor"'),
    where: (t) => at(t, '"A\n', 2),
    says: /control character|never closed/,
  },
  {
    name: 'single quotes',
    input: replace('"id": "corridor"', "'id': 'corridor'"),
    where: (t) => at(t, "'id'"),
    says: /unexpected|property name/,
  },
  {
    name: 'a trailing comma',
    input: replace('"facing": "east" }', '"facing": "east", }'),
    where: (t) => at(t, '"east", }', 6),
    says: /trailing comma/,
  },
  {
    name: 'NaN',
    input: replace('"cellSize": 2', '"cellSize": NaN'),
    where: (t) => at(t, 'NaN'),
    says: /unexpected|value/,
  },
  {
    name: 'a leading zero',
    input: replace('"cellSize": 2', '"cellSize": 02'),
    where: (t) => at(t, '02'),
    says: /number|unexpected|comma/,
  },
  {
    name: 'an empty file',
    input: () => '',
    where: () => ({ line: 1, column: 1 }),
    says: /empty/,
  },
  {
    name: 'a list instead of a level',
    input: () => '[1, 2, 3]',
    where: () => ({ line: 1, column: 1 }),
    says: /object|level|expected/i,
  },
  {
    name: 'text after the level',
    input: () => VALID + '{}',
    where: (t) => ({ line: t.split('\n').length, column: 1 }),
    says: /after the end/,
  },
];

describe('malformed level files', () => {
  for (const c of cases) {
    it(`${c.name}: one clear error at the fault`, () => {
      const input = c.input();
      const result = check(input);
      expect(result.level).toBeNull();
      const first = result.errors[0];
      expect(first, 'no error reported').toBeDefined();
      const text = typeof input === 'string' ? input : VALID;
      expect({ line: first!.line, column: first!.column }).toEqual(c.where(text));
      expect(first!.message).toMatch(c.says);
      expect(first!.file).toBe(FILE);
    });
  }

  it('a "__proto__" key is only a key: nothing outside the level changes', () => {
    const result = check(
      VALID.replace('"title": "A corridor",', '"title": "A corridor",\n  "__proto__": { "polluted": true },'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.errors.some((e) => e.path.includes('__proto__'))).toBe(true);
  });

  it('the valid level used above is valid', () => {
    expect(check(VALID).errors).toEqual([]);
  });
});
