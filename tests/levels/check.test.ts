// The broken files a designer (or a hostile upload) can hand the checker: each gets a clear error at the line,
// column and path where the mistake is written, and nothing ever throws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelText, formatProblem, problemsForDisplay, type CheckResult } from '../../src/levels/check';
import { parseLevel, LevelLoadError } from '../../src/levels/load';

const corpus = (name: string) => readFileSync(`tests/levels/corpus/${name}`, 'utf8');

/** Line and column (from 1) of the first `marker` in the text, plus `shift` characters. */
function where(text: string, marker: string, shift = 0): { line: number; column: number } {
  const offset = text.indexOf(marker);
  if (offset < 0) throw new Error(`marker ${marker} not in the text`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function check(name: string, solve = false): { text: string; result: CheckResult } {
  const text = corpus(name);
  return { text, result: checkLevelText(text, `tests/levels/corpus/${name}`, { solve }) };
}

interface Expected {
  file: string;
  path: string;
  message: RegExp;
  /** Where the error points: the first occurrence of this text (plus shift characters). */
  marker: string;
  shift?: number;
  solve?: boolean;
}

const cases: Expected[] = [
  {
    file: 'truncated.json',
    path: '(level)',
    message: /expected "}" to close the object.*cut short/,
    marker: '"friend": "',
    shift: 11,
  },
  { file: 'not-json.json', path: '(level)', message: /unexpected "This"/, marker: 'This' },
  { file: 'bom.json', path: '(level)', message: /byte order mark/, marker: '\ufeff' },
  { file: 'comments.json', path: '(level)', message: /comments are not allowed/, marker: '// the first room' },
  { file: 'comments.json', path: 'entities', message: /trailing comma before \]/, marker: '[7, 1] },', shift: 8 },
  {
    file: 'wrong-types.json',
    path: 'grid.floors[0].height',
    message: /expected a number, found the string "ground"/,
    marker: '"ground"',
  },
  { file: 'wrong-types.json', path: 'entities[2].at[1]', message: /expected a number/, marker: '"1"' },
  {
    file: 'unknown-entity-type.json',
    path: 'entities[0].type',
    message: /unknown entity type "dor" \(did you mean "door"\?\)/,
    marker: '"dor"',
  },
  {
    file: 'unknown-field.json',
    path: 'spawn.flor',
    message: /unknown field "flor" \(did you mean "floor"\?\)/,
    marker: '"flor"',
  },
  {
    file: 'dangling-reference.json',
    path: 'entities[1].controls[0]',
    message: /^no entity "door-9" \(did you mean "door-1"\?\)$/,
    marker: '"door-9"',
  },
  {
    file: 'wrong-type-reference.json',
    path: 'entities[1].controls[0]',
    message: /"exit" is an exit/,
    marker: '["exit"]',
    shift: 1,
  },
  {
    file: 'duplicate-ids.json',
    path: 'entities[1].id',
    message: /id "door-1" is already used by entities\[0\]/,
    marker: '"door-1", "type": "code-node"',
  },
  { file: 'out-of-bounds.json', path: 'entities[2].at', message: /\[12, 1\] is outside the grid/, marker: '[12, 1]' },
  {
    file: 'ragged-rows.json',
    path: 'grid.floors[0].rows[2]',
    message: /row 2 is 10 characters; row 0 of this floor is 9/,
    marker: '"#.......##"',
    shift: 10,
  },
  {
    file: 'unknown-character.json',
    path: 'grid.floors[0].rows[2]',
    message: /unknown character "x" at column 3/,
    marker: 'x....',
  },
  { file: 'spawn-in-wall.json', path: 'spawn.at', message: /the spawn \[0, 1\] is on a wall/, marker: '[0, 1]' },
  { file: 'absurd-sizes.json', path: 'grid.cellSize', message: /500 is more than the most allowed, 8/, marker: '500' },
  {
    file: 'absurd-sizes.json',
    path: 'grid.floors[0].name',
    message: /184 characters; at most 120/,
    marker: '"a very',
    shift: 121,
  },
  {
    file: 'newer-format.json',
    path: 'formatVersion',
    message: /^made by a newer Dreamcycle \(format 7\); this build reads up to 2 — update the game$/,
    marker: '7',
  },
  { file: 'format-1-broken.json', path: 'start.at', message: /\[1, 9\] is outside the grid/, marker: '[1, 9]' },
  { file: 'no-exit.json', path: 'entities', message: /the level has no exit/, marker: '"entities": [', shift: 12 },
  {
    file: 'bridge-too-long.json',
    path: 'entities[1].at',
    message: /9 void cells apart; Mia bridges at most 6/,
    marker: '[12, 1]',
  },
  // Unbeatable levels: the solver's reasons, at the exit.
  {
    file: 'chasm-without-anchors.json',
    path: 'entities[0].at',
    message: /cannot be beaten.*void/,
    marker: '[15, 1]',
    solve: true,
  },
  {
    file: 'door-without-node.json',
    path: 'entities[1].at',
    message: /cannot be beaten.*door "door-1"/,
    marker: '[7, 1]',
    solve: true,
  },
  {
    file: 'plate-with-one-friend.json',
    path: 'entities[2].at',
    message: /cannot be beaten.*plate "plate-1"/,
    marker: '[7, 1]',
    solve: true,
  },
];

describe('the checker on broken level files', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.path} ${c.message.source}`, () => {
      const { text, result } = check(c.file, c.solve);
      const expected = { path: c.path, ...where(text, c.marker, c.shift ?? 0) };
      const found = result.errors.find(
        (p) => p.path === c.path && (c.message.test(p.message) || c.message.test(`${p.message} — ${p.hint}`)),
      );
      expect(found, result.errors.map(formatProblem).join('\n')).toBeDefined();
      expect({ path: found!.path, line: found!.line, column: found!.column }).toEqual(expected);
      expect(result.level).toBeNull();
    });
  }

  it('reports every error of a file at once, in the designer format', () => {
    const text = corpus('valid.json')
      .replace('"controls": ["door-1"]', '"controls": ["door-9", "exit"]')
      .replace('"at": [7, 1] }', '"at": [7, 9] }')
      .replace('"id": "node-1"', '"id": "door-1"');
    const result = checkLevelText(text, 'levels/x.json');
    expect(result.errors.map((p) => p.path)).toEqual([
      'entities[1].id',
      'entities[1].controls[0]',
      'entities[1].controls[1]',
      'entities[2].at',
    ]);
    const { line, column } = where(text, '"door-9"');
    expect(formatProblem(result.errors[1]!)).toBe(
      `levels/x.json:${line}:${column} entities[1].controls[0]: no entity "door-9" (did you mean "door-1"?)`,
    );
  });

  it('still checks the rest of the level when one entity is broken', () => {
    const text = corpus('valid.json')
      .replace('"type": "door"', '"type": "dor"')
      .replace('"at": [7, 1] }', '"at": [7, 2], "pair": "x" }');
    const result = checkLevelText(text, 'x.json');
    // The broken door is not also called a dangling reference; the exit's unknown field is reported too.
    expect(result.errors.map((p) => p.path)).toEqual(['entities[0].type', 'entities[2].pair']);
  });

  it('migrates a format 1 file with a notice, and proves it beatable', () => {
    const { result } = check('format-1.json', true);
    expect(result.errors).toEqual([]);
    expect(result.level?.spawn.at).toEqual([1, 1]);
    expect(result.level?.mood.palette).toBe('dusk');
    expect(result.notices.join('\n')).toMatch(/format 1 migrated to 2/);
    expect(result.plan?.steps.at(-1)?.kind).toBe('exit');
  });

  it('passes the valid corpus file with a plan', () => {
    const { result } = check('valid.json', true);
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.plan?.steps.some((s) => s.kind === 'skill' && s.target === 'node-1')).toBe(true);
  });
});

describe('hostile files get an error fast', () => {
  const valid = corpus('valid.json');
  // How fast is for `npm run bench`; here, that each gets its error and nothing hangs.
  const fast = (text: string): CheckResult => checkLevelText(text, 'hostile.json', { solve: true });

  it('megabytes of text', () => {
    const result = fast(
      valid.replace('"title": "A small room with a firewall"', `"title": "${'dream '.repeat(500_000)}"`),
    );
    expect(result.errors[0]).toMatchObject({
      line: 1,
      column: 1,
      path: '(level)',
      message: expect.stringMatching(/^the file is 3,000,\d{3} bytes$/),
    });
  });

  it('nesting 10,000 levels deep', () => {
    const result = fast(`{ "grid": ${'['.repeat(10_000)}${']'.repeat(10_000)} }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 1, column: 26, message: 'nested more than 16 levels deep' });
  });

  it('a 100,000-character row', () => {
    const text = valid.replace('"#########",', `"${'#'.repeat(100_000)}",`);
    const result = fast(text);
    expect(result.errors[0]).toMatchObject({
      path: 'grid.floors[0].rows[0]',
      message: '100,000 characters; at most 128',
    });
    expect(result.errors[0]!.column).toBe(where(text, '"####').column + 129);
  });

  it('a list of 100,000 entities', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `{"id":"e${i}","type":"checkpoint","at":[1,1]}`).join(',');
    const result = fast(
      valid.replace('"entities": [', `"entities": [${many.slice(0, 900_000).replace(/,\{[^}]*$/, '')},`),
    );
    expect(result.errors[0]).toMatchObject({
      path: 'entities',
      message: expect.stringMatching(/^a list of [\d,]+ items$/),
    });
  });

  it('a __proto__ key is just an unknown field', () => {
    const result = fast(valid.replace('"spawn": {', '"spawn": { "__proto__": { "at": [0, 0] },'));
    expect(result.errors[0]).toMatchObject({
      path: 'spawn.__proto__',
      message: expect.stringMatching(/unknown field "__proto__"/),
    });
  });

  it('empty files and odd values', () => {
    for (const text of [
      '',
      '   ',
      'null',
      '42',
      '[]',
      '"level"',
      '{}',
      '{"formatVersion": 2}',
      '{"formatVersion": "2"}',
    ]) {
      const result = fast(text);
      expect(result.errors.length, text).toBeGreaterThan(0);
      for (const p of result.errors) expect(p.line).toBeGreaterThan(0);
    }
  });
});

describe('loading a level for the game', () => {
  it('parseLevel returns the level of a valid file', () => {
    expect(parseLevel(corpus('valid.json'), 'valid.json').id).toBe('corpus');
  });

  it('parseLevel throws LevelLoadError carrying every problem', () => {
    const error = (() => {
      try {
        parseLevel(corpus('duplicate-ids.json'), 'levels/dup.json');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LevelLoadError);
    expect((error as LevelLoadError).problems[0]!.path).toBe('entities[1].id');
    expect((error as LevelLoadError).message).toMatch(/^levels\/dup\.json:26:13 entities\[1\]\.id: id "door-1"/);
  });

  it('problemsForDisplay gives the in-game panel a title and a line a problem', () => {
    const { result } = check('dangling-reference.json');
    const shown = problemsForDisplay(result);
    expect(shown.title).toBe('tests/levels/corpus/dangling-reference.json cannot be played: 1 error');
    expect(shown.lines[0]).toMatch(/^line 26, column 71 · entities\[1\]\.controls\[0\]: no entity "door-9"/);
    expect(shown.lines[1]).toMatch(/^line 25, column 13 · entities\[0\]\.id: warning: door "door-1" is closed/);
  });
});
