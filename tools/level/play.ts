// `npm run level -- play <file> [--max-seconds N]`: the bot plays the solver's plan for a level in the engine's
// physics, headless, and says whether it reached the exit. Exit code 0 only when it did.
import { readFileSync } from 'node:fs';
import { playLevel } from '../../src/bot/play';
import { parseLevel } from '../../src/levels/load';
import { describeStep } from '../../src/core/plan';
import { solveLevel } from '../../src/levels/solver';

export async function run(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  const maxArg = args.indexOf('--max-seconds');
  const maxGameSeconds = maxArg >= 0 ? Number(args[maxArg + 1]) : 600;
  if (!file) {
    console.error('usage: npm run level -- play <file> [--max-seconds N]');
    return 2;
  }
  let level;
  try {
    level = parseLevel(readFileSync(file, 'utf8'), file);
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  const solved = solveLevel(level);
  if (!solved.beatable) {
    console.error(`${file}: the solver found no way to the exit, so there is nothing to play:`);
    for (const r of solved.reasons) console.error(`  ${r}`);
    return 1;
  }
  const r = playLevel(level, solved.plan, { maxGameSeconds });
  const speed = r.realMs > 0 ? (r.gameSeconds * 1000) / r.realMs : Infinity;
  const times = `${r.gameSeconds.toFixed(1)} s of game time in ${r.realMs.toFixed(0)} ms (${speed.toFixed(0)}× real time)`;
  if (r.reached) {
    console.log(`${file}: reached the exit — ${solved.plan.steps.length} steps, ${times}`);
    return 0;
  }
  console.error(`${file}: did NOT reach the exit — ${times}`);
  const step = r.failedStep !== undefined ? solved.plan.steps[r.failedStep] : undefined;
  if (step) console.error(`  plan step ${r.failedStep! + 1} of ${solved.plan.steps.length}: ${describeStep(step)}`);
  console.error(`  ${r.reason}`);
  console.error(
    '  The solver says this level is beatable: either the plan asks for more than the physics allows, or the bot plays it wrong.',
  );
  return 1;
}
