// Planning from the level as it stands (src/core/live-state.ts) instead of from its start: the friends where they
// are, the lucidity they have left, and what the party has opened, revealed, broken, bridged and read. Show the way draws the route from here;
// skipping a puzzle plays its deeds up to the next checkpoint on it.
import type { CellRef } from '../../core/grid';
import type { LiveState } from '../../core/live-state';
import type { Plan, PlanStep } from '../../core/plan';
import type { Level } from '../../core/schema';
import { LUCIDITY } from '../../core/tuning';
import type { BossRules } from './boss';
import type { SolverModel } from './model';
import type { WorldRules, WorldState } from './world';

/** Sets the search's first state to the live state (`state` already has room for the boss's flags). */
export function applyLive(
  state: WorldState,
  live: LiveState,
  rules: WorldRules,
  model: SolverModel,
  boss: BossRules | null,
): void {
  const flags = state.flags;
  const has = (list: readonly string[]) => {
    const set = new Set(list);
    return (id: string) => set.has(id);
  };
  const toggled = has(live.toggled);
  model.doors.forEach((d, i) => (flags[i] = toggled(d.entity.id) ? 1 : 0));
  const revealed = has(live.revealed);
  model.hidden.forEach((h, i) => (flags[rules.revealedAt + i] = revealed(h.id) ? 1 : 0));
  const broken = has(live.broken);
  model.cracked.forEach((c, i) => (flags[rules.brokenAt + i] = broken(c.entity.id) ? 1 : 0));
  const read = has(live.read);
  model.fragments.forEach((f, i) => (flags[rules.readAt + i] = read(f.entity.id) ? 1 : 0));
  state.bridges = live.bridges.flatMap(([a, b]) => {
    const si = model.spans.findIndex((s) => (s.a.id === a && s.b.id === b) || (s.a.id === b && s.b.id === a));
    return si >= 0 ? [si] : [];
  });
  const held = rules.held(state, -1);
  const passable = (k: number) => rules.passable(state, held, k);
  state.pos = model.friends.map((name, g) => {
    const c = live.friends.find((f) => f.friend === name)?.cell;
    return (c && nearestPassable(model, c, passable)) ?? state.pos[g]!;
  });
  // Lucidity never comes back during a level: a route from here may spend only what each friend has left.
  state.spent = model.friends.map((name, g) => {
    const lucidity = live.friends.find((f) => f.friend === name)?.lucidity;
    return lucidity === undefined ? state.spent[g]! : LUCIDITY.max - lucidity;
  });
  state.active = Math.max(0, model.friends.indexOf(live.active));
  if (boss && live.boss) boss.applyLive(flags, live.boss);
}

/**
 * The route's steps up to the first checkpoint it walks over that the party has not reached yet (`taken`, and the
 * current one), and that checkpoint; null when the route passes none. The steps are cut where it is stepped on.
 */
export function routeToCheckpoint(
  level: Level,
  plan: Plan,
  current: string | null,
  taken: readonly string[] = [],
): { checkpoint: string; steps: PlanStep[] } | null {
  const at = new Map<string, string>();
  for (const e of level.entities)
    if (e.type === 'checkpoint' && e.id !== current && !taken.includes(e.id))
      at.set(`${e.floor}:${e.at[0]}:${e.at[1]}`, e.id);
  const key = (c: CellRef) => `${c.floor}:${c.col}:${c.row}`;
  const steps: PlanStep[] = [];
  for (const step of plan.steps) {
    if (step.kind === 'walk') {
      const i = step.path.findIndex((c) => at.has(key(c)));
      if (i >= 0) {
        steps.push({ ...step, path: step.path.slice(0, i + 1) });
        return { checkpoint: at.get(key(step.path[i]!))!, steps };
      }
    }
    if ((step.kind === 'jump' || step.kind === 'dash') && at.has(key(step.to))) {
      steps.push(step);
      return { checkpoint: at.get(key(step.to))!, steps };
    }
    steps.push(step);
  }
  return null;
}

/** How far (cells) a friend between cells is looked for a cell the search can stand them on. */
const SNAP_CELLS = 2;

/**
 * The cell the search stands a friend on: theirs when it can be walked on now; else the same place on another
 * floor (a friend high on a ramp counts as the floor above), else the nearest walkable cell around (in mid-jump,
 * thrown by a doubt wave). Null when there is none close.
 */
function nearestPassable(model: SolverModel, c: CellRef, passable: (k: number) => boolean): number | null {
  const grid = model.grid;
  const floors = [...Array(grid.floorCount).keys()].sort((a, b) => Math.abs(a - c.floor) - Math.abs(b - c.floor));
  for (let d = 0; d <= SNAP_CELLS; d++)
    for (const floor of floors)
      for (let row = c.row - d; row <= c.row + d; row++)
        for (let col = c.col - d; col <= c.col + d; col++) {
          if (Math.max(Math.abs(row - c.row), Math.abs(col - c.col)) !== d || !grid.inside(col, row)) continue;
          const k = model.key(floor, [col, row]);
          if (passable(k)) return k;
        }
  return null;
}
