// Errors nothing else caught — a render loop that throws every frame, a promise that failed — are logged once,
// kept from flooding the console, and shown to the player in the crash panel with a report to copy.
import { create } from 'zustand';
import { errorReport, logOnce, type ErrorReport } from './error-report';
import { useGame } from './store';

export interface Crash {
  error: Error;
  where: string;
  report: ErrorReport;
}

export const useCrash = create<{ crash: Crash | null; dismiss(): void }>((set) => ({
  crash: null,
  dismiss: () => set({ crash: null }),
}));

/** Shows the crash panel for an error (the first one wins; later ones are only logged, once each). */
export function crashed(error: Error, where: string): void {
  logOnce(error, where);
  if (useCrash.getState().crash) return;
  // Play stops where it is: the engine does not run on behind the panel.
  useGame.getState().pause();
  useCrash.setState({ crash: { error, where, report: errorReport(error, where) } });
}

/** Listens for uncaught errors and rejections on the page; returns the function that stops. */
export function watchCrashes(target: Window = window): () => void {
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    crashed(e.error instanceof Error ? e.error : new Error(e.message), 'The game');
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    crashed(e.reason instanceof Error ? e.reason : new Error(String(e.reason)), 'The game');
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
