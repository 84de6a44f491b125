// `npm run level -- map <file> [--out map.svg]`: draws a level from above with the solver's route on it.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LevelLoadError, parseLevel } from '../../src/levels/load';
import { renderMapSvg } from '../../src/levels/map';
import { solveLevel } from '../../src/levels/solver';

const USAGE = 'usage: npm run level -- map <level.json> [--out map.svg]';

export async function run(args: string[]): Promise<number> {
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--out') {
      out = args[++i];
      if (!out) {
        console.error(`--out needs a file name\n${USAGE}`);
        return 2;
      }
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else if (file) {
      console.error(`one level at a time (got ${file} and ${arg})\n${USAGE}`);
      return 2;
    } else file = arg;
  }
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read the file (${(e as Error).message})`);
    return 1;
  }
  let level;
  try {
    level = parseLevel(text, file);
  } catch (e) {
    if (!(e instanceof LevelLoadError)) throw e;
    console.error(`${e.message}\nrun \`npm run level -- check ${file}\` to see every error`);
    return 1;
  }
  const result = solveLevel(level);
  const target = out ?? join(dirname(file), `${basename(file).replace(/\.json$/i, '')}.map.svg`);
  writeFileSync(
    target,
    renderMapSvg(level, result.beatable ? result.plan : null, result.beatable ? [] : result.reasons),
  );
  console.log(target);
  if (!result.beatable) {
    console.error(`no route drawn: the level cannot be beaten:\n  ${result.reasons.join('\n  ')}`);
  }
  return 0;
}
