// The route planner's worker: the solver, planning from the level as it stands, away from the game's frames.
import '../core/no-eval';
import { planFrom } from '../levels/solver';
import type { WayAnswer, WayRequest } from './way';

/** The worker's own global (the project's types are the page's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WayRequest>) => void) | null;
  postMessage(answer: WayAnswer): void;
};

scope.onmessage = (e) => {
  const { id, level, live } = e.data;
  const started = performance.now();
  let answer: WayAnswer;
  try {
    const result = planFrom(level, live);
    answer = result.beatable
      ? { id, plan: result.plan, reason: null, ms: performance.now() - started }
      : { id, plan: null, reason: result.reasons[0] ?? 'no way from here', ms: performance.now() - started };
  } catch (err) {
    answer = {
      id,
      plan: null,
      reason: `the solver failed: ${(err as Error).message}`,
      ms: performance.now() - started,
    };
  }
  scope.postMessage(answer);
};
