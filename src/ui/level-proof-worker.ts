// The proof worker: a designer's level checked, solved and played by the bot, away from the game's frames.
import '../core/no-eval';
import { proveLevelText } from '../bot/prove';
import type { ProofAnswer, ProofRequest } from './level-proof';
import { verdictOf } from './proof-verdict';

/** The worker's own global (the project's types are the page's). */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ProofRequest>) => void) | null;
  postMessage(answer: ProofAnswer): void;
};

scope.onmessage = (e) => {
  const { id, text, name } = e.data;
  // proveLevelText never throws: whatever the text, its answer is the checker's list of problems.
  scope.postMessage({ id, ...verdictOf(proveLevelText(text, name)) });
};
