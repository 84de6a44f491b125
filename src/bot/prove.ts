// The proof a designer can trust: the solver finds a route, then the bot plays it in the engine's physics,
// headless, and only a route the bot walked to the exit makes a level "beatable". The command line
// (`npm run level -- check`), the game's level error panel and `npm test` all prove levels through here.
import type { Level } from '../core/schema';
import { describeStep, type PlanStep } from '../core/plan';
import { checkLevelText, solveRoute, type CheckResult, type SolveResult } from '../levels/check';
import { playLevel } from './play';

export interface ProveOptions {
  /** Let the bot play the solver's route (default true); false stops at the solver's route. */
  play?: boolean;
  /** Game seconds the bot may take before it gives up. */
  maxGameSeconds?: number;
}

/** Game seconds the bot may take on one level by default: far longer than any route it plays. */
export const PROOF_GAME_SECONDS = 900;

/** Checks a level file's text and proves it beatable: never throws, like the checker. */
export function proveLevelText(text: string, file: string, options: ProveOptions = {}): CheckResult {
  return checkLevelText(text, file, { solve: (level) => proveLevel(level, options) });
}

/** The solver's route, played by the bot unless `play` is false. */
export function proveLevel(level: Level, options: ProveOptions = {}): SolveResult {
  const solved = solveRoute(level);
  if (!solved.beatable || options.play === false) return solved;
  const played = playLevel(level, solved.plan, { maxGameSeconds: options.maxGameSeconds ?? PROOF_GAME_SECONDS });
  const proof = { by: 'bot' as const, gameSeconds: played.gameSeconds, realMs: played.realMs };
  if (played.reached) return { ...solved, proof };
  const index = played.failedStep ?? solved.plan.steps.length - 1;
  const step = solved.plan.steps[index];
  const what = step ? ` at step ${index + 1} of ${solved.plan.steps.length} (${describeStep(step)})` : '';
  const target = step ? targetOf(step) : null;
  // A leap is said at its landing, the exit at the exit; a walk where the friend stood when it gave up.
  const cell = step?.kind === 'jump' || step?.kind === 'dash' ? step.to : step?.kind === 'exit' ? step.at : played.at;
  return {
    beatable: false,
    verdict: 'bot-failed',
    reasons: [
      `the solver found a route, but the bot playing it in the physics did not reach the exit${what}: ${played.reason ?? 'it stopped'}`,
    ],
    ...(target ? { entity: target } : cell ? { cell } : {}),
    proof,
  };
}

/** The entity a step acts on, to say where in the file a failure belongs. */
function targetOf(step: PlanStep): string | null {
  if (step.kind === 'skill') return step.target;
  if (step.kind === 'read') return step.fragment;
  return null;
}
