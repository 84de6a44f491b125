// Assist mode, UI side: Show the way keeps a fresh route from where the friends stand while the setting is on, and
// Skip this puzzle moves the party on to the next checkpoint of the route (the chapter is marked assisted).
//
// For App.tsx: `showTheWay()` once (in an effect); the route is the store's `way`, drawn by src/view/WayTrail.tsx.
import { WAY_TRAIL } from '../core/tuning';
import { RoutePlanner, skipOf, wayOf } from './way';
import { useGame, type GameStore } from './store';

let planner: RoutePlanner | null = null;
const routes = () => (planner ??= new RoutePlanner());

/** Keeps the store's `way` planned afresh while Show the way is on and a level is played; returns the stop. */
export function showTheWay(store: GameStore = useGame, every = WAY_TRAIL.replanSeconds * 1000): () => void {
  let busy = false;
  const tick = () => {
    const { settings, phase, engine, way } = store.getState();
    if (!settings.assistShowWay || !engine || engine.status !== 'playing') {
      if (way) store.getState().setWay(null);
      return;
    }
    if (busy || phase !== 'playing') return;
    busy = true;
    routes()
      .plan(engine.level, engine.liveState())
      .then((answer) => {
        const now = store.getState();
        // A route for a level no longer played, or after the setting was turned off, is dropped.
        if (now.engine !== engine || !now.settings.assistShowWay) return;
        now.setWay(answer.plan ? wayOf(answer.plan, engine.active.name) : null, answer.reason);
      })
      .finally(() => {
        busy = false;
      });
  };
  tick();
  const timer = setInterval(tick, every);
  // A new level or the setting turned on: plan at once instead of waiting for the next beat.
  const stop = store.subscribe((s, before) => {
    if (s.engine !== before.engine) s.setWay(null);
    if (s.engine !== before.engine || s.settings.assistShowWay !== before.settings.assistShowWay) tick();
  });
  return () => {
    clearInterval(timer);
    stop();
    planner?.dispose();
    planner = null;
  };
}

/** What happened when the player asked to skip. */
export type SkipResult = { skipped: true; checkpoint: string } | { skipped: false; reason: string };

/**
 * Skip this puzzle: plans from where the friends stand, does the route's deeds up to its next checkpoint and stands
 * the party there. The engine says 'checkpoint' and 'skipped'; the campaign saves and marks the chapter assisted.
 */
export async function skipPuzzle(store: GameStore = useGame): Promise<SkipResult> {
  const engine = store.getState().engine;
  if (!engine || engine.status !== 'playing') return { skipped: false, reason: 'no level is being played' };
  const answer = await routes().plan(engine.level, engine.liveState());
  if (store.getState().engine !== engine)
    return { skipped: false, reason: 'the level changed while the way was found' };
  if (!answer.plan)
    return { skipped: false, reason: `no way on from here: ${answer.reason ?? 'the solver found none'}` };
  const skip = skipOf(answer.plan, engine.level, engine.entities.checkpointId, [...engine.entities.checkpointsTaken]);
  if (!skip) return { skipped: false, reason: 'there is no checkpoint ahead on the way: only the exit is left' };
  if (!engine.skipPuzzle(skip.checkpoint, skip.deeds))
    return { skipped: false, reason: `the checkpoint "${skip.checkpoint}" could not be reached` };
  return { skipped: true, checkpoint: skip.checkpoint };
}
