// `npm run level -- check [files…] [--json] [--no-play]`: checks level files (default: every levels/*.json) and
// proves each beatable — the solver finds a route and the bot plays it to the exit in the physics, headless; prints
// every problem with file:line:column and path, then the route or the errors per file. `--no-play` stops at the
// solver's route (a quick pass: such a level is "routed", never "beatable").
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, type CheckResult } from '../../src/levels/check';
import { proveLevelText } from '../../src/bot/prove';
import { describeStep } from '../../src/core/plan';
import { unreadableResult } from '../../src/levels/bytes';
import { readLevelFileSync } from './read';

const LEVELS_DIR = 'levels';
const SCHEMA_FILE = 'level.schema.json';

export function levelFiles(dir = LEVELS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SCHEMA_FILE)
    .sort()
    .map((f) => join(dir, f));
}

function checkFile(path: string, play: boolean): CheckResult {
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    const decoded = readLevelFileSync(path, file);
    if ('problem' in decoded) return unreadableResult(decoded.problem);
    text = decoded.text;
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return {
      file,
      level: null,
      errors: [{ file, line: 1, column: 1, path: '(level)', message: `cannot read the file: ${reason}` }],
      warnings: [],
      notices: [],
    };
  }
  return proveLevelText(text, file, { play });
}

const USAGE = 'usage: npm run level -- check [files…] [--json] [--no-play]';

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const play = !args.includes('--no-play');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--no-play');
  if (unknown.length) {
    console.error(`unknown option ${unknown.join(' ')}; ${USAGE}`);
    return 2;
  }
  const started = performance.now();
  const named = args.filter((a) => !a.startsWith('--'));
  const files = named.length ? named : levelFiles();
  const results = files.map((f) => checkFile(f, play));
  const ms = performance.now() - started;
  const passed = results.filter((r) => r.errors.length === 0).length;

  if (json) {
    const out = results.map((r) => ({
      file: r.file,
      ok: r.errors.length === 0,
      beatable: r.errors.length === 0 && r.proof?.by === 'bot',
      proof: r.proof ?? null,
      errors: r.errors,
      warnings: r.warnings,
      notices: r.notices,
      plan: r.plan ? r.plan.steps.map((step) => ({ ...step, text: describeStep(step) })) : null,
    }));
    console.log(
      JSON.stringify({ files: out, passed, failed: results.length - passed, milliseconds: Math.round(ms) }, null, 2),
    );
  } else {
    for (const r of results) {
      for (const p of r.errors) console.log(formatProblem(p));
      for (const p of r.warnings) console.log(`${formatProblem(p)} (warning)`);
    }
    for (const r of results) {
      for (const n of r.notices) console.log(n);
      if (r.errors.length) {
        console.log(`${r.file}: ${r.errors.length} ${r.errors.length === 1 ? 'error' : 'errors'}`);
        continue;
      }
      const steps = r.plan?.steps ?? [];
      const p = r.proof;
      if (p?.by === 'bot')
        console.log(
          `${r.file}: ok — beatable: the bot reached the exit in ${(p.gameSeconds ?? 0).toFixed(1)} s of game time (${(p.realMs ?? 0).toFixed(0)} ms), ${steps.length} steps:`,
        );
      else console.log(`${r.file}: ok — the solver finds a route in ${steps.length} steps (not played: --no-play):`);
      steps.forEach((step, i) => console.log(`  ${String(i + 1).padStart(3)}. ${describeStep(step)}`));
    }
    console.log(
      `checked ${results.length} level${results.length === 1 ? '' : 's'} in ${ms.toFixed(0)} ms: ${passed} ok, ${results.length - passed} failed`,
    );
  }
  return passed === results.length ? 0 : 1;
}
