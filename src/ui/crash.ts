// Errors nothing else caught are logged once and kept from flooding the console; one that keeps coming (a render
// loop that throws every frame) stops play and shows the crash panel with a report to copy.
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

/** An error thrown this often this fast is a loop that is broken (a render every frame), not a one-off. */
const REPEATS = 3;
const WITHIN_MS = 2000;
const recent = new Map<string, number[]>();

/** Shows the crash panel for an error (the first one wins; later ones are only logged, once each). */
export function crashed(error: Error, where: string): void {
  logOnce(error, where);
  if (useCrash.getState().crash) return;
  show(error, where);
}

/**
 * An uncaught error: logged once; the panel shows when it keeps coming (the game cannot go on), while a one-off
 * in an event handler leaves play alone.
 */
export function uncaught(error: Error, where: string, now = performance.now()): void {
  logOnce(error, where);
  const key = `${where}\n${error.message}`;
  const times = (recent.get(key) ?? []).filter((t) => now - t < WITHIN_MS);
  times.push(now);
  recent.set(key, times);
  if (times.length >= REPEATS && !useCrash.getState().crash) show(error, where);
}

function show(error: Error, where: string): void {
  // Play stops where it is: the engine does not run on behind the panel.
  useGame.getState().pause();
  useCrash.setState({ crash: { error, where, report: errorReport(error, where) } });
}

/** Listens for uncaught errors and rejections on the page; returns the function that stops. */
export function watchCrashes(target: Window = window): () => void {
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    uncaught(e.error instanceof Error ? e.error : new Error(e.message), 'The game');
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    uncaught(e.reason instanceof Error ? e.reason : new Error(String(e.reason)), 'The game');
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
