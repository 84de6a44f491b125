// When something in the game breaks: one line in the console (not one a frame), and a report the player can copy
// that carries what happened, where, and the replay of the run so far — the run's inputs replay the fault exactly.
import { currentReplay } from './replays';
import { useGame } from './store';

export interface ErrorReport {
  game: 'dreamcycle';
  what: string;
  where: string;
  stack: string[];
  level: { id: string; file: string } | null;
  phase: string;
  tick: number | null;
  time: string;
  browser: string;
  /** The run so far as a replay (inputs, level hash, engine version), or null before the first tick. */
  replay: ReturnType<typeof currentReplay>;
}

const logged = new Set<string>();

/** Logs an error once per distinct place and message, however often it is thrown (a render loop throws each frame). */
export function logOnce(error: Error, where: string): boolean {
  const key = `${where}\n${error.message}`;
  if (logged.has(key)) return false;
  logged.add(key);
  console.error(`Dreamcycle: ${where} failed:`, error);
  return true;
}

export function errorReport(error: Error, where: string): ErrorReport {
  const { engine, levelName, phase } = useGame.getState();
  return {
    game: 'dreamcycle',
    what: error.message,
    where,
    stack: (error.stack ?? '').split('\n').slice(0, 12),
    level: engine ? { id: engine.level.id, file: levelName } : null,
    phase,
    tick: engine?.tick ?? null,
    time: new Date().toISOString(),
    browser: typeof navigator === 'undefined' ? '' : navigator.userAgent,
    replay: currentReplay(),
  };
}

/** Puts the report on the clipboard; false when the browser refuses (the panel then shows the text to copy). */
export async function copyReport(report: ErrorReport): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(JSON.stringify(report, null, 2));
    return true;
  } catch {
    return false;
  }
}
