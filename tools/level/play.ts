// `npm run level -- play <file> [--max-seconds N] [--record run.json]`: the bot plays the solver's plan for a level
// in the engine's physics, headless, and says whether it reached the exit. Exit code 0 only when it did.
// `npm run level -- play --campaign [files…]` plays the campaign in order and checks the epilogue at its end.
// --record writes the run as a replay (`npm run level -- replay run.json` plays it again and checks the end).
import { readFileSync, writeFileSync } from 'node:fs';
import { playLevel } from '../../src/bot/play';
import { parseLevel } from '../../src/levels/load';
import { describeStep } from '../../src/core/plan';
import { solveLevel } from '../../src/levels/solver';
import { runCampaign } from './campaign';

export async function run(args: string[]): Promise<number> {
  // --campaign: levels/01… to the last in order, and the epilogue after the last (tools/level/campaign.ts).
  if (args.includes('--campaign')) return runCampaign(args);
  const recordArg = args.indexOf('--record');
  const recordTo = recordArg >= 0 ? args[recordArg + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (recordArg < 0 || i !== recordArg + 1));
  const maxArg = args.indexOf('--max-seconds');
  const maxGameSeconds = maxArg >= 0 ? Number(args[maxArg + 1]) : 600;
  if (!file) {
    console.error('usage: npm run level -- play <file> [--max-seconds N] [--record run.json]');
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
    for (const r of new Set(solved.reasons)) console.error(`  ${r}`);
    return 1;
  }
  if (recordArg >= 0 && (!recordTo || recordTo.startsWith('--'))) {
    console.error('--record needs the file to write the replay to: --record run.json');
    return 2;
  }
  const r = playLevel(level, solved.plan, { maxGameSeconds, record: recordTo !== undefined });
  if (recordTo && r.replay) {
    r.replay.level.file = file;
    writeFileSync(recordTo, JSON.stringify(r.replay) + '\n');
    console.log(
      `${recordTo}: replay of ${r.replay.ticks} ticks written (check it with: npm run level -- replay ${recordTo})`,
    );
  }
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
