// `npm run level -- replay <run.json> [--level file]`: plays a recorded run headless on its level and checks that
// it ends in exactly the recorded state. Exit code 0 only when it does. A replay that reaches the exit is a second
// proof, beside the level, that the level can be beaten.
import { readFileSync } from 'node:fs';
import { parseLevel } from '../../src/levels/load';
import { parseReplay, playReplay, type Replay } from '../../src/engine/replay';

export async function run(args: string[]): Promise<number> {
  const levelArg = args.indexOf('--level');
  const replayFile = args.find((a, i) => !a.startsWith('--') && (levelArg < 0 || i !== levelArg + 1));
  if (!replayFile || (levelArg >= 0 && !args[levelArg + 1])) {
    console.error('usage: npm run level -- replay <run.json> [--level <level file>]');
    return 2;
  }
  let replay: Replay;
  try {
    replay = parseReplay(readFileSync(replayFile, 'utf8'), replayFile);
  } catch (e) {
    console.error(readError(e, replayFile));
    return 1;
  }
  const levelFile = levelArg >= 0 ? args[levelArg + 1]! : replay.level.file;
  if (!levelFile) {
    console.error(
      `${replayFile}: the replay does not say which level file it was recorded on: name it with --level <file>`,
    );
    return 2;
  }
  let level;
  try {
    level = parseLevel(readFileSync(levelFile, 'utf8'), levelFile);
  } catch (e) {
    console.error(readError(e, levelFile));
    return 1;
  }
  let result;
  try {
    result = playReplay(replay, level, levelFile);
  } catch (e) {
    console.error(`${replayFile}: refused: ${(e as Error).message}`);
    return 1;
  }
  const seconds = (replay.ticks / 60).toFixed(1);
  if (!result.matches) {
    console.error(`${replayFile}: does NOT end as recorded after ${replay.ticks} ticks (${seconds} s) on ${levelFile}`);
    console.error(`  first difference: ${result.difference}`);
    console.error(
      '  The engine gave other results for the same inputs: a determinism bug worth reporting with this file.',
    );
    return 1;
  }
  const end = result.reached ? 'reaches the exit' : 'ends before the exit';
  console.log(`${replayFile}: ends exactly as recorded — ${replay.ticks} ticks (${seconds} s) on ${levelFile}, ${end}`);
  return 0;
}

function readError(e: unknown, file: string): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return `${file}: no such file`;
  return err.message;
}
