// Docs that run: the designer reference's JSON examples go through the checker, and every command and level file
// the READMEs name exists as written.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLevelText, formatProblem } from '../../src/levels/check';
import { run } from '../../tools/level/check';

const reference = readFileSync('levels/README.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const blocks = [...reference.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);

/** A block is one JSON value, or several entities written one after another with commas. */
const values = (block: string): unknown[] => {
  let text = block.trim();
  // A property written alone (`"decor": [ … ]`) is read inside an object.
  if (text.startsWith('"')) text = `{${text}}`;
  const parsed = JSON.parse(text.startsWith('[') || !/}\s*,\s*{/.test(text) ? text : `[${text}]`) as unknown;
  return Array.isArray(parsed) ? parsed : [parsed];
};

describe('levels/README.md examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThan(10));

  it('every example is JSON as written (the file outline with … aside)', () => {
    for (const block of blocks.filter((b) => !b.includes('…'))) expect(() => values(block), block).not.toThrow();
  });

  it('the entity examples, put in one level on the grid they are written for, pass the checker', () => {
    const kinds = new Set(['boss', 'boss-core', 'cycle-node']);
    const entities = blocks
      .filter((b) => !b.includes('…'))
      .flatMap(values)
      .filter((v): v is { type: string } => typeof v === 'object' && v !== null && 'type' in v)
      .filter((e) => !kinds.has(e.type));
    expect(entities.length).toBeGreaterThanOrEqual(15);
    const level = {
      formatVersion: 2,
      id: 'reference',
      title: 'The reference examples',
      grid: {
        floors: [
          {
            height: 0,
            rows: [
              '##############',
              '#............#',
              '#............#',
              '#....   .....#',
              '#............#',
              '##############',
            ],
          },
        ],
      },
      spawn: { at: [1, 1] },
      friends: [{ friend: 'mia', at: [1, 1] }],
      entities,
    };
    const result = checkLevelText(JSON.stringify(level, null, 2), 'reference.json');
    expect(result.errors.map(formatProblem)).toEqual([]);
  });
});

describe('commands in README.md and levels/README.md', () => {
  const docs = `${readme}\n${reference}`;
  const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
  const levelTool = readFileSync('tools/level.ts', 'utf8');

  it('every npm script they name exists', () => {
    const named = [...docs.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(5);
    for (const s of named) expect(scripts, `npm run ${s}`).toContain(s);
  });

  it('every level command they name exists', () => {
    const named = [...docs.matchAll(/npm run level -- ([a-z]+)/g)].map((m) => m[1]!);
    for (const c of named) expect(levelTool, `npm run level -- ${c}`).toMatch(new RegExp(`\\b${c}: \\(\\) => import`));
  });

  it('every level file they name is there', () => {
    // A file named in a command or a link (the checker's sample output names an imaginary levels/x.json).
    const files = [...docs.matchAll(/(?:\s|`|\?level=)(levels\/[\w-]+\.json)/g)]
      .map((m) => m[1]!)
      .filter((f) => f !== 'levels/x.json');
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(existsSync(f), f).toBe(true);
  });

  it('the check command from the reference runs as written', async () => {
    const log = console.log;
    const lines: string[] = [];
    console.log = (...a: unknown[]) => void lines.push(a.join(' '));
    try {
      expect(await run(['levels/03-neon-rooftops.json', '--no-play', '--json'])).toBe(0);
    } finally {
      console.log = log;
    }
    expect(JSON.parse(lines.join('\n'))).toMatchObject({ passed: 1, failed: 0 });
  });
});
