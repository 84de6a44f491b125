// The proof that a level can be beaten: a search over the friends' skills, the doors, bridges and plates, for a
// plan a player (or the bot) can follow step by step. Each move is "a friend walks somewhere in its region and
// does one thing there", so the search counts regions and world changes, not single steps.
import { SKILL_OF } from '../core/skills';
import type { CellRef } from '../core/grid';
import type { Plan, PlanStep } from '../core/plan';
import type { Level } from '../core/schema';
import { SolverModel, type Aim, type Leap } from './solver/model';
import { explainUnbeatable } from './solver/reasons';
import { WorldRules, type WorldState } from './solver/world';

export type SolveResult =
  { beatable: true; plan: Plan; states: number } | { beatable: false; reasons: string[]; states: number };

export interface SolveOptions {
  /** States the search may visit before it gives up. */
  maxStates?: number;
}

export const DEFAULT_MAX_STATES = 200_000;
/** A switch costs as much as walking this many cells: plans that switch less read better and play faster. */
const SWITCH_COST = 12;
/** Using a skill, reading or jumping costs as much as walking this many cells. */
const ACTION_COST = 2;

/** What a friend does after walking to `walkTo`; the walk itself is rebuilt when the plan is written out. */
type Deed =
  | { kind: 'stand' }
  | { kind: 'exit' }
  | { kind: 'jump' | 'dash'; to: number }
  | { kind: 'skill'; target: string | null }
  | { kind: 'read'; fragment: string };

interface SearchNode {
  state: WorldState;
  cost: number;
  parent: number;
  friend: number;
  walkTo: number;
  deed: Deed | null;
  won: boolean;
}

export function solveLevel(level: Level, options: SolveOptions = {}): SolveResult {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const model = new SolverModel(level);
  const rules = new WorldRules(model);
  const reachedEver = new Uint8Array(model.cellCount);
  const everFlags = new Uint8Array(rules.initial().flags.length);

  const nodes: SearchNode[] = [];
  const best = new Map<string, number>();
  const heap = new MinHeap();
  const add = (node: SearchNode): void => {
    const key = node.won ? `won${nodes.length}` : rules.key(node.state);
    const known = best.get(key);
    if (known !== undefined && known <= node.cost) return;
    best.set(key, node.cost);
    nodes.push(node);
    heap.push(node.cost, nodes.length - 1);
  };
  add({ state: rules.initial(), cost: 0, parent: -1, friend: 0, walkTo: model.starts[0]!, deed: null, won: false });

  while (heap.size > 0) {
    if (best.size > maxStates) {
      return {
        beatable: false,
        states: best.size,
        reasons: [
          `search gave up after ${best.size} states (the limit is ${maxStates}); the level may still be beatable — ` +
            'fewer doors, nodes and anchors that interact make it easier to prove',
        ],
      };
    }
    const [cost, index] = heap.pop();
    const node = nodes[index]!;
    if (node.won) return { beatable: true, plan: writePlan(level, rules, nodes, index), states: best.size };
    if (best.get(rules.key(node.state)) !== cost) continue;
    node.state.flags.forEach((f, i) => {
      if (f) everFlags[i] = 1;
    });
    expand(rules, node, index, reachedEver, add);
  }
  return { beatable: false, states: best.size, reasons: explainUnbeatable(rules, reachedEver, everFlags) };
}

/** Every move each friend can make from a state. */
function expand(
  rules: WorldRules,
  node: SearchNode,
  index: number,
  reachedEver: Uint8Array,
  add: (n: SearchNode) => void,
): void {
  const m = rules.model;
  const s = node.state;
  s.pos.forEach((start, g) => {
    const held = rules.held(s, g);
    rules.walk(s, held, start);
    for (const k of rules.order) reachedEver[k] = 1;
    const skill = SKILL_OF[m.friends[g]!];
    const base = node.cost + (g === s.active ? 0 : SWITCH_COST);
    const move = (walkTo: number, deed: Deed, next: Partial<WorldState>, won = false): void => {
      const pos = next.pos ?? s.pos.map((p, i) => (i === g ? walkTo : p));
      const extra = deed.kind === 'stand' || deed.kind === 'exit' ? 0 : ACTION_COST;
      const state: WorldState = { flags: next.flags ?? s.flags, bridges: next.bridges ?? s.bridges, pos, active: g };
      // Nobody may be left standing where a door shuts or a bridge vanishes.
      const heldAfter = rules.held(state, -1);
      if (pos.some((p) => !rules.passable(state, heldAfter, p))) return;
      add({
        state,
        cost: base + rules.dist[walkTo]! + extra,
        parent: index,
        friend: g,
        walkTo,
        deed,
        won,
      });
    };
    const nearest = (cells: Iterable<number>): number => {
      let pick = -1;
      for (const c of cells) if (rules.reached(c) && (pick === -1 || rules.dist[c]! < rules.dist[pick]!)) pick = c;
      return pick;
    };
    const withFlag = (i: number, value = 1): Uint8Array => {
      const flags = s.flags.slice();
      flags[i] = value;
      return flags;
    };

    // The exit, once every required fragment is read.
    if (m.fragments.every((_, i) => s.flags[rules.readAt + i] === 1)) {
      const at = nearest(m.exits.map((e) => e.cell));
      if (at !== -1) move(at, { kind: 'exit' }, {}, true);
    }
    // Required fragments.
    m.fragments.forEach((f, i) => {
      if (s.flags[rules.readAt + i] === 1) return;
      if (f.hidden !== -1 && s.flags[rules.revealedAt + f.hidden] !== 1) return;
      const at = nearest(f.readFrom);
      if (at !== -1) move(at, { kind: 'read', fragment: f.entity.id }, { flags: withFlag(rules.readAt + i) });
    });
    // Pressure plates: stay on one so the others can go through (a plate is a whole cell: two friends fit on it).
    m.plates.forEach((p) => {
      if (start === p.cell || !rules.reached(p.cell)) return;
      move(p.cell, { kind: 'stand' }, {});
    });
    const leap = (l: Leap, kind: 'jump' | 'dash'): void => {
      if (canLeap(rules, s, held, l))
        move(l.from, { kind, to: l.to }, { pos: s.pos.map((p, i) => (i === g ? l.to : p)) });
    };
    // Running jumps over one void cell.
    for (const k of rules.order) for (const l of m.jumpsFrom[k] ?? []) leap(l, 'jump');
    if (skill === 'overclock') {
      for (const k of rules.order) for (const l of m.dashesFrom[k] ?? []) leap(l, 'dash');
      m.cracked.forEach((c, i) => {
        if (s.flags[rules.brokenAt + i] === 1) return;
        const at = nearest(m.sideCells(c.cell));
        if (at === -1) return;
        const flags = withFlag(rules.brokenAt + i);
        move(at, { kind: 'dash', to: c.cell }, { flags, pos: s.pos.map((p, j) => (j === g ? c.cell : p)) });
      });
    }
    // A skill that can close a way (a door toggled shut, an old bridge gone) leaves the friend on one side of it:
    // try every cell it can be used from, once per different outcome, nearest first.
    const fromEachSide = (
      aims: Aim[],
      deed: (a: Aim) => Deed,
      next: (pos: number[]) => Partial<WorldState> | null,
    ): void => {
      const usable = aims
        .filter((a) => rules.reached(a.from) && !a.between.some((b) => rules.blocksSight(s, held, b)))
        .sort((a, b) => rules.dist[a.from]! - rules.dist[b.from]!);
      const outcomes = new Set<string>();
      for (const a of usable) {
        const pos = s.pos.map((p, i) => (i === g ? a.from : p));
        const change = next(pos);
        if (!change) continue;
        const after = { flags: change.flags ?? s.flags, bridges: change.bridges ?? s.bridges, pos, active: g };
        // Only the acting friend's place differs between the cells it could act from (unless it holds a plate).
        const key = m.plateAt.has(a.from)
          ? rules.key(after)
          : `${change.bridges?.join(',') ?? ''}|${rules.placeOf({ ...after, pos: pos.map((p, i) => (i === g ? -1 : p)) }, a.from)}`;
        if (outcomes.has(key)) continue;
        outcomes.add(key);
        move(a.from, deed(a), { ...change, pos });
      }
    };
    if (skill === 'bridge') {
      m.spans.forEach((span, si) => {
        if (s.bridges.includes(si)) return;
        fromEachSide(
          span.aim,
          (a) => ({ kind: 'skill', target: a.target }),
          (pos) => {
            const bridges = rules.withBridge(s, si, pos);
            return bridges ? { bridges } : null;
          },
        );
      });
    }
    if (skill === 'reprogram') {
      m.nodes.forEach((n) => {
        if (n.doors.length === 0) return;
        const flags = s.flags.slice();
        for (const d of n.doors) flags[d] = flags[d] ? 0 : 1;
        fromEachSide(
          n.aim,
          () => ({ kind: 'skill', target: n.entity.id }),
          () => ({ flags }),
        );
      });
    }
    if (skill === 'diagnose') diagnoseMoves(rules, s, move);
  });
}

/** A jump or dash goes when the run-up is reachable, the gap is still open void and the landing is new ground. */
function canLeap(rules: WorldRules, s: WorldState, held: Uint8Array, leap: Leap): boolean {
  if (!rules.reached(leap.runUp) || rules.reached(leap.to)) return false;
  if (!rules.passable(s, held, leap.to)) return false;
  return !leap.gap.some((c) => rules.passable(s, held, c) || rules.solid(s, held, c));
}

/** Noah's diagnosis: one move per set of new things he could reveal, from the nearest cell that reveals it. */
function diagnoseMoves(
  rules: WorldRules,
  s: WorldState,
  move: (walkTo: number, deed: Deed, next: Partial<WorldState>) => void,
): void {
  const m = rules.model;
  const found = new Map<string, { at: number; list: number[] }>();
  for (const k of rules.order) {
    const list = (m.revealsFrom[k] ?? []).filter((h) => s.flags[rules.revealedAt + h] !== 1);
    if (list.length === 0) continue;
    const key = list.join(',');
    const seen = found.get(key);
    if (!seen || rules.dist[k]! < rules.dist[seen.at]!) found.set(key, { at: k, list });
  }
  const sets = [...found.values()];
  for (const set of sets) {
    // A set that another reveals all of (and more) is never the better choice.
    if (sets.some((o) => o !== set && o.list.length > set.list.length && set.list.every((h) => o.list.includes(h))))
      continue;
    const flags = s.flags.slice();
    for (const h of set.list) flags[rules.revealedAt + h] = 1;
    move(set.at, { kind: 'skill', target: null }, { flags });
  }
}

/** Writes the chain of moves that ends at `goal` as the plan's steps, walking each path out cell by cell. */
function writePlan(level: Level, rules: WorldRules, nodes: SearchNode[], goal: number): Plan {
  const chain: SearchNode[] = [];
  for (let i = goal; nodes[i]!.parent !== -1; i = nodes[i]!.parent) chain.push(nodes[i]!);
  chain.reverse();
  const m = rules.model;
  const steps: PlanStep[] = [];
  for (const node of chain) {
    const before = nodes[node.parent]!.state;
    const g = node.friend;
    const friend = m.friends[g]!;
    if (g !== before.active) steps.push({ kind: 'switch', friend });
    rules.walk(before, rules.held(before, g), before.pos[g]!);
    const path = rules.pathTo(node.walkTo).map((k) => m.cellRef(k));
    if (path.length > 1) steps.push({ kind: 'walk', friend, path });
    const at = m.cellRef(node.walkTo);
    const deed = node.deed!;
    switch (deed.kind) {
      case 'stand':
        break;
      case 'exit':
        steps.push({ kind: 'exit', friend, at });
        break;
      case 'jump':
      case 'dash':
        steps.push({ kind: deed.kind, friend, from: at, to: m.cellRef(deed.to) });
        break;
      case 'skill':
        steps.push({ kind: 'skill', friend, skill: SKILL_OF[friend], target: deed.target, from: at });
        break;
      case 'read':
        steps.push({ kind: 'read', friend, fragment: deed.fragment, from: at });
        break;
    }
  }
  return { level: level.id, steps };
}

/** Every cell a plan's friends walk, jump or dash over, per friend in order (for the map and the bot). */
export function cellsOfPlan(plan: Plan): Map<string, CellRef[]> {
  const out = new Map<string, CellRef[]>();
  const push = (friend: string, ...cells: CellRef[]): void => {
    const list = out.get(friend) ?? [];
    list.push(...cells);
    out.set(friend, list);
  };
  for (const step of plan.steps) {
    if (step.kind === 'walk') push(step.friend, ...step.path);
    else if (step.kind === 'jump' || step.kind === 'dash') push(step.friend, step.from, step.to);
  }
  return out;
}

/** A binary heap of (cost, index), cheapest first. */
class MinHeap {
  private readonly costs: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(cost: number, item: number): void {
    this.costs.push(cost);
    this.items.push(item);
    let i = this.items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.costs[up]! <= cost) break;
      this.swap(i, up);
      i = up;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.costs[0]!, this.items[0]!];
    const lastCost = this.costs.pop()!;
    const lastItem = this.items.pop()!;
    if (this.items.length > 0) {
      this.costs[0] = lastCost;
      this.items[0] = lastItem;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < this.items.length && this.costs[l]! < this.costs[min]!) min = l;
        if (r < this.items.length && this.costs[r]! < this.costs[min]!) min = r;
        if (min === i) break;
        this.swap(i, min);
        i = min;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.costs[a], this.costs[b]] = [this.costs[b]!, this.costs[a]!];
    [this.items[a], this.items[b]] = [this.items[b]!, this.items[a]!];
  }
}
