// The proof of a level a designer drops or saves (the solver's route, played by the bot in the physics) runs in a
// worker, so the game keeps drawing frames for the seconds it takes. Without workers (node, the tests) it runs here.
import type { LevelProblem } from '../levels/errors';
import { verdictOf, type ProofVerdict } from './proof-verdict';

export type { ProofVerdict } from './proof-verdict';

/** What the proof worker is asked and answers. */
export interface ProofRequest {
  id: number;
  text: string;
  name: string;
}
export interface ProofAnswer extends ProofVerdict {
  id: number;
}

/** What tests read: how many proofs were asked and answered, and the last answer. */
export interface ProofHandle {
  asked: number;
  answered: number;
  last: ({ name: string } & ProofVerdict) | null;
}

declare global {
  interface Window {
    __dreamcycleProof?: ProofHandle;
  }
}

/** Proves one level text at a time: a newer request stops the proof still running, whose answer nobody wants. */
export class LevelProver {
  private worker: Worker | null = null;
  private waiting: { id: number; name: string; resolve(verdict: ProofVerdict | null): void } | null = null;
  private next = 1;

  /** The proof's verdict, or null when a newer request (or `dispose`) replaced this one. */
  async prove(text: string, name: string): Promise<ProofVerdict | null> {
    const handle =
      typeof window === 'undefined' ? null : (window.__dreamcycleProof ??= { asked: 0, answered: 0, last: null });
    if (handle) handle.asked++;
    const verdict = await this.proveAway(text, name);
    if (handle && verdict) {
      handle.answered++;
      handle.last = { name, ...verdict };
    }
    return verdict;
  }

  private proveAway(text: string, name: string): Promise<ProofVerdict | null> {
    if (typeof Worker === 'undefined') return proveHere(text, name);
    if (this.waiting) this.stop();
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting = { id, name, resolve };
      const request: ProofRequest = { id, text, name };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.stop();
  }

  /** Ends the proof running now: the worker is stopped mid-search, and started afresh for the next level. */
  private stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.waiting?.resolve(null);
    this.waiting = null;
  }

  private start(): Worker {
    // The solver and the bot live in the worker's own chunk, loaded only when a designer's level is first proved.
    const worker = new Worker(new URL('./level-proof-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ProofAnswer>) => {
      if (this.waiting?.id !== e.data.id) return;
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve(e.data.beaten ? { errors: e.data.errors, beaten: e.data.beaten } : { errors: e.data.errors });
    };
    worker.onerror = (e) => {
      const waiting = this.waiting;
      this.waiting = null;
      this.stop();
      waiting?.resolve({ errors: proofFailed(waiting.name, e.message || 'the worker did not start') });
    };
    return worker;
  }
}

/** A proof that could not run says so in the panel, as a problem of the level's file, not as a verdict. */
function proofFailed(file: string, why: string): LevelProblem[] {
  return [
    {
      file,
      line: 1,
      column: 1,
      path: '(level)',
      message: `not proven: the proof could not run in the background (${why}); run \`npm run level -- check\` on the file`,
    },
  ];
}

/** The same proof on this thread, where there are no workers. */
async function proveHere(text: string, name: string): Promise<ProofVerdict> {
  const { proveLevelText } = await import('../bot/prove');
  return verdictOf(proveLevelText(text, name));
}
