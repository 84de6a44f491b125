// The proof's status line for a designer who dropped or saved a level: "proving…" while the bot plays it through in
// the worker, then "beatable" for a few seconds. A failure clears the line: the level error panel says why instead.
import { create } from 'zustand';

/** How long the "beatable" line stays after a proof, and a file's problems on the panel in VR, in seconds. */
export const PROOF_STATUS_TIMING = {
  beatableSeconds: 6,
  // The desktop's panel waits to be dismissed; in the headset nothing can dismiss it, so it goes by itself.
  vrProblemsSeconds: 15,
} as const;

export type ProofStatus =
  | { kind: 'proving'; id: number; file: string; title: string }
  | { kind: 'beatable'; id: number; file: string; title: string; steps: number; gameSeconds: number };

export interface ProofStatusStore {
  status: ProofStatus | null;
  /** A proof of `file` (whose level is called `title`) starts; returns its id for `proved` and `failed`. */
  proving(file: string, title: string): number;
  /** That proof ended with the bot at the exit: shown for a while, unless a newer proof started. */
  proved(id: number, beaten: { steps: number; gameSeconds: number }): void;
  /** That proof ended without a "beatable" (the panel tells why), or its level is no longer played: no line. */
  failed(id: number): void;
}

/** A status line's store; the game has one (`useProofStatus`), tests make their own. */
export function createProofStatus() {
  let next = 1;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  const stopHiding = () => {
    if (hideTimer !== null) clearTimeout(hideTimer);
    hideTimer = null;
  };
  return create<ProofStatusStore>()((set, get) => ({
    status: null,
    proving(file, title) {
      stopHiding();
      const id = next++;
      set({ status: { kind: 'proving', id, file, title } });
      return id;
    },
    proved(id, { steps, gameSeconds }) {
      const status = get().status;
      if (status?.id !== id) return;
      stopHiding();
      set({ status: { ...status, kind: 'beatable', steps, gameSeconds } });
      hideTimer = setTimeout(() => {
        hideTimer = null;
        if (get().status?.id === id) set({ status: null });
      }, PROOF_STATUS_TIMING.beatableSeconds * 1000);
    },
    failed(id) {
      if (get().status?.id !== id) return;
      stopHiding();
      set({ status: null });
    },
  }));
}

export type ProofStatusApi = ReturnType<typeof createProofStatus>;

export const useProofStatus = createProofStatus();

/** The words of the status line: the level by its title (and file when they differ), and what the proof found. */
export function proofLine(status: ProofStatus): string {
  const level = status.title && status.title !== status.file ? `“${status.title}” (${status.file})` : status.file;
  if (status.kind === 'proving') return `Proving ${level}: the bot is playing the solver’s route…`;
  const steps = status.steps === 1 ? '1 step' : `${status.steps} steps`;
  return `${level} is beatable — the bot reached the exit in ${steps} / ${status.gameSeconds.toFixed(1)} s of game time`;
}
