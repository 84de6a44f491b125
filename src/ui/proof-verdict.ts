// What a finished proof tells the game: the checker's errors, or how the bot beat the level (for the status line).
import type { CheckResult, LevelProblem } from '../levels/errors';

export interface ProofVerdict {
  /** The checker's errors: empty when the bot beat the level ("beatable"), else why not ("not beaten: …"). */
  errors: LevelProblem[];
  /** When beaten: the steps of the solver's route the bot played, and the game seconds it took to the exit. */
  beaten?: { steps: number; gameSeconds: number };
}

/** The verdict of one proof, small enough to post from the worker. */
export function verdictOf(result: CheckResult): ProofVerdict {
  if (result.errors.length > 0 || !result.plan || result.proof?.by !== 'bot') return { errors: result.errors };
  return {
    errors: [],
    beaten: { steps: result.plan.steps.length, gameSeconds: result.proof.gameSeconds ?? 0 },
  };
}
