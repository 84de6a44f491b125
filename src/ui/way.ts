// Assist mode's route: the solver plans from the level as it stands (engine.liveState()), never from its start, in
// a worker so the game does not stop while it searches. Show the way draws the route's first stretch — the friend
// who acts next, the cells they walk, jump or dash through, and the deed at the end — and Skip this puzzle does the
// route's deeds up to the next checkpoint at once.
import type { CellRef } from '../core/grid';
import type { LiveState } from '../core/live-state';
import type { Plan, PlanStep } from '../core/plan';
import type { FriendName, Level } from '../core/schema';
import { routeToCheckpoint } from '../levels/solver/live';

/** The route's first stretch: who goes, through which cells, to do what. */
export interface Way {
  friend: FriendName;
  /** Cells in order, from where the friend stands to where the deed is done. */
  cells: CellRef[];
  /** What waits at the end, in words ("use bridge", "read a memory", "the exit", "switch to Noah"). */
  goal: string;
}

const DEED: Record<Exclude<PlanStep['kind'], 'walk' | 'switch' | 'jump' | 'dash' | 'ride'>, string> = {
  skill: 'use the skill',
  read: 'read a memory',
  exit: 'the exit',
};

/** The first stretch of a plan: the first friend's moves until their first deed (or the next switch). */
export function wayOf(plan: Plan, active: FriendName): Way | null {
  let friend: FriendName = active;
  const cells: CellRef[] = [];
  const add = (c: CellRef) => {
    const last = cells[cells.length - 1];
    if (!last || last.floor !== c.floor || last.col !== c.col || last.row !== c.row) cells.push(c);
  };
  for (const step of plan.steps) {
    switch (step.kind) {
      case 'switch':
        // A switch before anything is walked: the way starts at that friend; after a stretch, it ends here.
        if (cells.length) return { friend, cells, goal: `switch to ${title(step.friend)}` };
        friend = step.friend;
        break;
      case 'walk':
        for (const c of step.path) add(c);
        break;
      case 'jump':
      case 'dash':
        add(step.from);
        add(step.to);
        break;
      case 'ride':
        for (const c of [step.from, step.on, step.off, step.to]) add(c);
        break;
      case 'skill':
        add(step.from);
        return { friend, cells, goal: step.skill === 'diagnose' ? 'diagnose here' : `use ${step.skill}` };
      case 'read':
        add(step.from);
        return { friend, cells, goal: DEED.read };
      case 'exit':
        add(step.at);
        return { friend, cells, goal: DEED.exit };
    }
  }
  return cells.length ? { friend, cells, goal: DEED.exit } : null;
}

const title = (f: FriendName) => f[0]!.toUpperCase() + f.slice(1);

/**
 * The route's steps up to the first checkpoint it walks over that the party has not reached yet, for Skip this
 * puzzle: its walks too, so each friend is stood where the route leaves them (src/levels/solver/live.ts).
 */
export function skipOf(
  plan: Plan,
  level: Level,
  reached: string | null,
  taken: readonly string[] = [],
): { checkpoint: string; deeds: PlanStep[] } | null {
  const next = routeToCheckpoint(level, plan, reached, taken);
  return next && { checkpoint: next.checkpoint, deeds: next.steps };
}

/** What the worker is asked and answers. */
export interface WayRequest {
  id: number;
  level: Level;
  live: LiveState;
}
export type WayAnswer = { id: number; plan: Plan | null; reason: string | null; ms: number };

/** Plans in a worker, one request at a time; the latest answer wins. */
export class RoutePlanner {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, (answer: WayAnswer) => void>();

  /** A plan from the live state (null with the solver's reason when there is no way from here). */
  plan(level: Level, live: LiveState): Promise<WayAnswer> {
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const request: WayRequest = { id, level, live };
      worker.postMessage(request);
    });
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.waiting.values())
      resolve({ id: 0, plan: null, reason: 'the planner was stopped', ms: 0 });
    this.waiting.clear();
  }

  private start(): Worker {
    // The solver lives in its own chunk, loaded only when an assist first asks for a route.
    const worker = new Worker(new URL('./way-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<WayAnswer>) => {
      const resolve = this.waiting.get(e.data.id);
      this.waiting.delete(e.data.id);
      resolve?.(e.data);
    };
    worker.onerror = (e) => {
      for (const resolve of this.waiting.values())
        resolve({ id: 0, plan: null, reason: `the route planner failed: ${e.message}`, ms: 0 });
      this.waiting.clear();
    };
    return worker;
  }
}
