// The proof that a level can be beaten: a search over the friends' skills, the doors, bridges and plates, for a
// plan a player (or the bot) can follow step by step. Each move is "a friend walks somewhere in its region and
// does one thing there", so the search counts regions and world changes, not single steps.
import { SKILL_OF } from '../core/skills';
import { PROOF } from '../core/tuning';
import type { CellRef } from '../core/grid';
import type { Plan, PlanStep } from '../core/plan';
import type { FriendName, Level } from '../core/schema';
import { SolverModel, type Aim, type Leap } from './solver/model';
import { explainUnbeatable, unmodelled } from './solver/reasons';
import { WorldRules, type WorldState } from './solver/world';
import { MinHeap } from './solver/heap';
import { neededCells } from './solver/prune';
import { nearestPocket } from './solver/make-way';
import { cellsToExit } from './solver/heuristic';
import { BossRules } from './solver/boss';
import { FoundRules } from './solver/found';
import { applyLive } from './solver/live';
import { RideRules, type Ride } from './solver/platforms';
import { FreezeRules } from './solver/freeze';
import { CooldownRules } from './solver/cooldowns';
import { deedSeconds, type WalkEnd } from './solver/crossing';
import { adviseOnHazards } from './solver/hazard-advice';
import type { LiveState } from '../core/live-state';

export type SolveResult =
  | { beatable: true; plan: Plan; states: number }
  | {
      beatable: false;
      reasons: string[];
      states: number;
      /** Things the solver cannot model yet that a route might need: then the level is "not proven", not unbeatable. */
      unproven?: { entity: string; reason: string }[];
    };

export interface SolveOptions {
  /** States the search may visit before it gives up. */
  maxStates?: number;
  /** Plan from the level as it stands in a running game (engine.liveState()), not from its start. */
  from?: LiveState;
  /**
   * A looser model for the property test (tests/levels/property.test.ts): doubt hazards cost nothing and a leap
   * may be a cell wider than the physics is known to carry. Its plans are tried by the bot, never trusted.
   */
  relaxed?: boolean;
}

/** The route from where the friends stand now, for Show the way and for skipping a puzzle. */
export function planFrom(level: Level, live: LiveState, options: SolveOptions = {}): SolveResult {
  return solveLevel(level, { ...options, from: live });
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
  | { kind: 'read'; fragment: string }
  | { kind: 'ride'; ride: Ride };

interface SearchNode {
  state: WorldState;
  cost: number;
  parent: number;
  friend: number;
  walkTo: number;
  deed: Deed | null;
  won: boolean;
  /** The state's key in `best`, worked out once. */
  key?: string;
}

export function solveLevel(level: Level, options: SolveOptions = {}): SolveResult {
  // A hazard is named when the level without it has a route (from the start only: a live state numbers entities).
  const culprits = (ids: string[]): string[] =>
    options.from
      ? ids
      : ids.filter((id) => search({ ...level, entities: level.entities.filter((e) => e.id !== id) }, options).beatable);
  const result = search(level, options, culprits);
  if (result.beatable || options.from || options.relaxed) return result;
  // A way cut by a doubt hazard says what to change: the drain a friend would get past at, proven.
  const reasons = adviseOnHazards(level, result.reasons, result.states, (l) => search(l, options).beatable);
  return { ...result, reasons };
}

function search(level: Level, options: SolveOptions, culprits?: (ids: string[]) => string[]): SolveResult {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const model = new SolverModel(level, options.relaxed ?? false);
  const rules = new WorldRules(model, options.relaxed ?? false);
  // The boss's flags come after the world's own; a level without a boss keeps its states as they were.
  const first = rules.initial();
  const boss = BossRules.of(level, model, first.flags.length);
  if (boss) first.flags = boss.extend(first.flags);
  // Friends to find come last: a level without them keeps its states as they were.
  const found = FoundRules.of(level, model, first.flags.length);
  if (found) first.flags = found.extend(first.flags);
  if (options.from) applyLive(first, options.from, rules, model, boss);
  if (options.from && found) found.applyLive(first.flags, options.from);
  // Moving platforms' flags come last of all.
  const rides = RideRules.of(level, model, first.flags.length);
  if (rides) first.flags = rides.extend(first.flags);
  if (options.from && rides) rides.applyLive(first.flags, options.from);
  // Hazards Ava can freeze: a flag each while frozen, after the platforms'.
  const freeze = FreezeRules.of(level, model, first.flags.length);
  if (freeze) first.flags = freeze.extend(first.flags);
  // Where hazards drain, a flag per friend that has used its skill (its cooldown may run): after the freezes'.
  const cooldowns = rules.hazardous
    ? new CooldownRules(model.friends.length, first.flags.length, !!options.from)
    : null;
  if (cooldowns) {
    // They ride along without telling states apart, so the search has no more states than before.
    rules.keyedFlags = first.flags.length;
    first.flags = cooldowns.extend(first.flags);
  }
  // Walks keep to the ground between the cells a route may need: dead ends off it are never walked into.
  rules.walkOnly(neededCells(model, { pos: first.pos, flags: first.flags, boss, found, rides }));
  const reachedEver = new Uint8Array(model.cellCount);
  // Per friend: the cells its own walks reached (a friend's reason may be another friend standing in the way).
  const reachedBy = model.friends.map(() => new Uint8Array(model.cellCount));
  const everFlags = new Uint8Array(first.flags.length);

  // States are taken cheapest route so far plus the least walk left to an exit first: towards the exit (A*).
  const toExit = cellsToExit(model, boss, rides);
  const ahead = (s: WorldState): number => {
    let least = Infinity;
    for (const p of s.pos) least = Math.min(least, toExit[p]!);
    return Number.isFinite(least) ? least : 0;
  };
  const nodes: SearchNode[] = [];
  const best = new Map<string, number>();
  const heap = new MinHeap();
  const add = (node: SearchNode): void => {
    const key = node.won ? `won${nodes.length}` : rules.key(node.state);
    const known = best.get(key);
    if (known !== undefined && known <= node.cost) return;
    best.set(key, node.cost);
    node.key = key;
    nodes.push(node);
    heap.push(node.cost + (node.won ? 0 : ahead(node.state)), nodes.length - 1);
  };
  add({ state: first, cost: 0, parent: -1, friend: 0, walkTo: model.starts[0]!, deed: null, won: false });

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
    const index = heap.pop()[1];
    const node = nodes[index]!;
    if (node.won)
      return {
        beatable: true,
        plan: writePlan(level, rules, nodes, index, rides, freeze, cooldowns),
        states: best.size,
      };
    if (best.get(node.key!) !== node.cost) continue;
    node.state.flags.forEach((f, i) => {
      if (f) everFlags[i] = 1;
    });
    expand(rules, node, index, reachedEver, reachedBy, add, boss, found, rides, freeze, cooldowns);
  }
  const unproven = unmodelled(model, rides);
  rules.reachDeadEnds(reachedEver, first);
  return {
    beatable: false,
    states: best.size,
    // The boss and the exit may be cut off by the same thing: each reason once.
    reasons: [
      ...new Set([
        ...(boss?.explain(everFlags) ?? []),
        ...explainUnbeatable(rules, reachedEver, everFlags, culprits, reachedBy),
      ]),
    ],
    ...(unproven.length ? { unproven } : {}),
  };
}

/** Every move each friend can make from a state. */
function expand(
  rules: WorldRules,
  node: SearchNode,
  index: number,
  reachedEver: Uint8Array,
  reachedBy: Uint8Array[],
  add: (n: SearchNode) => void,
  boss: BossRules | null,
  found: FoundRules | null,
  rides: RideRules | null,
  freeze: FreezeRules | null,
  cooldowns: CooldownRules | null,
): void {
  const m = rules.model;
  const s = node.state;
  // Seconds of freeze Ava's last move left on doubt hazards (the move right after a reprogramming counts them).
  const frozen = rules.hazardous ? (freeze?.frozenLeft(s.flags) ?? null) : null;
  s.pos.forEach((start, g) => {
    // A friend the party has not found yet cannot be played.
    if (found && !found.joined(s.flags, g)) return;
    const held = rules.held(s, g);
    rules.walk(s, held, start);
    const mine = reachedBy[g]!;
    for (const k of rules.order) reachedEver[k] = mine[k] = 1;
    const skill = SKILL_OF[m.friends[g]!];
    const base = node.cost + (g === s.active ? 0 : SWITCH_COST);
    const move = (walkTo: number, deed: Deed, next: Partial<WorldState>, won = false): void => {
      const pos = next.pos ?? s.pos.map((p, i) => (i === g ? walkTo : p));
      const extra = deed.kind === 'stand' || deed.kind === 'exit' ? 0 : ACTION_COST;
      // A ride may wait a whole trip of the platform and then ride half of one.
      const rideSeconds = deed.kind === 'ride' ? deed.ride.seconds : 0;
      // Doubt hazards: the walk and the deed must leave the friend lucidity (it never comes back), and friends
      // left standing where a hazard reaches lose lucidity for as long as the move takes.
      let spent = s.spent;
      if (rules.hazardous) {
        // The walk as the engine drains it (src/levels/solver/crossing.ts): timed to patrols, or past a fresh freeze;
        // a skill or a read at its end is counted on the same timeline.
        const cooling = cooldowns?.running(s.flags, g) ?? true;
        const walk = rules.walkCount(walkTo, frozen, walkEnd(deed, m.friends[g]!, cooling));
        const leap =
          deed.kind === 'jump' || deed.kind === 'dash'
            ? deedSeconds(breaks(m, deed) ? 'break' : deed.kind, skill, cooling)
            : 0;
        // What is left of a freeze once the walk is over, for the leap or the ride.
        const after = frozen && frozen.map((f) => Math.max(0, f - walk.seconds));
        // A jump or dash also lands, and settles, where a hazard may reach.
        const deedLoss =
          deed.kind === 'ride'
            ? Math.max(...rides!.cellsOf(deed.ride).map((k) => rules.standLoss(k, rideSeconds, after)))
            : deed.kind === 'jump' || deed.kind === 'dash'
              ? rules.leapLoss(walkTo, deed.to, leap, after)
              : 0;
        const lost = walk.lost + deedLoss;
        // Friends left standing where a hazard reaches lose lucidity for as long as the move takes.
        const exposed = s.pos.some((p, i) => i !== g && m.sweeps.at.has(p));
        const rideExtra = deed.kind === 'ride' ? rideSeconds + PROOF.hazardSecondsPerDeed : 0;
        const seconds = exposed ? walk.seconds + leap + rideExtra : 0;
        spent = s.spent.map((x, i) => x + (i === g ? lost : rules.standLoss(s.pos[i]!, seconds, frozen)));
        if (spent.some((x) => x > rules.lucidityBudget)) return;
      }
      // A freeze lasts for the move right after it.
      const thawed = freeze ? freeze.thaw(next.flags ?? s.flags, s.flags) : (next.flags ?? s.flags);
      // A skill used (a dash or a break is Leo's) starts its cooldown.
      const flags = cooldowns && (deed.kind === 'skill' || deed.kind === 'dash') ? cooldowns.used(thawed, g) : thawed;
      const state: WorldState = {
        // Ending the move within reach of a friend still waiting finds them.
        flags: found ? found.after(flags, pos) : flags,
        bridges: next.bridges ?? s.bridges,
        pos,
        spent,
        active: g,
      };
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
    // The cell reached losing the least lucidity, then the nearest.
    const closer = (a: number, b: number): boolean =>
      rules.drainTo[a]! < rules.drainTo[b]! ||
      (rules.drainTo[a] === rules.drainTo[b] && rules.dist[a]! < rules.dist[b]!);
    const nearest = (cells: Iterable<number>): number => {
      let pick = -1;
      for (const c of cells) if (rules.reached(c) && (pick === -1 || closer(c, pick))) pick = c;
      return pick;
    };
    const withFlag = (i: number, value = 1): Uint8Array => {
      const flags = s.flags.slice();
      flags[i] = value;
      return flags;
    };

    // The exit, once every required fragment is read.
    if (m.fragments.every((_, i) => s.flags[rules.readAt + i] === 1) && (!boss || boss.broken(s.flags))) {
      const at = nearest(m.exits.map((e) => e.cell));
      if (at !== -1) move(at, { kind: 'exit' }, {}, true);
    }
    // Required fragments.
    m.fragments.forEach((f, i) => {
      if (s.flags[rules.readAt + i] === 1) return;
      if (f.hidden !== -1 && s.flags[rules.revealedAt + f.hidden] !== 1) return;
      // Only where E reads this one: any required fragment nearer there has been read already.
      const at = nearest(
        f.readFrom.filter((r) => r.first.every((o) => s.flags[rules.readAt + o] === 1)).map((r) => r.cell),
      );
      if (at !== -1) move(at, { kind: 'read', fragment: f.entity.id }, { flags: withFlag(rules.readAt + i) });
    });
    // Out of the others' way: to the nearest open spot (three ways round it or more, not in a corridor).
    if (s.pos.length > 1) {
      let spot = -1;
      for (const k of rules.order) {
        if (k === start || !rules.openSpot[k]) continue;
        if (spot === -1 || closer(k, spot)) spot = k;
      }
      if (spot !== -1) move(spot, { kind: 'stand' }, {});
      // In a corridor with no open spot: ahead or aside into the nearest pocket (one way in), so the others pass.
      if (spot === -1 && m.narrow[start]) {
        const pocket = nearestPocket(rules, s, start, closer);
        if (pocket !== -1) move(pocket, { kind: 'stand' }, {});
      }
    }
    // A friend still waiting to be found: walk up to them.
    for (const w of found?.waiting(s.flags, s.pos) ?? []) {
      const at = nearest(w.near);
      if (at !== -1) move(at, { kind: 'stand' }, {});
    }
    // Pressure plates: stay on one so the others can go through (a plate is a whole cell: two friends fit on it).
    m.plates.forEach((p) => {
      if (start === p.cell || !rules.reached(p.cell)) return;
      move(p.cell, { kind: 'stand' }, {});
    });
    const leap = (l: Leap, kind: 'jump' | 'dash'): void => {
      if (canLeap(rules, s, held, l))
        move(l.from, { kind, to: l.to }, { pos: s.pos.map((p, i) => (i === g ? l.to : p)) });
    };
    // Moving platforms: on from ground beside one of its cells, off onto ground beside another.
    if (rides)
      for (const r of rides.available(
        s.flags,
        (k) => rules.reached(k),
        (k) => rules.passable(s, held, k),
      ))
        move(r.from, { kind: 'ride', ride: r }, { pos: s.pos.map((p, i) => (i === g ? r.to : p)) });
    // Running jumps over one void cell.
    for (const k of m.leapCells) if (rules.reached(k)) for (const l of m.jumpsFrom[k] ?? []) leap(l, 'jump');
    if (skill === 'overclock') {
      for (const k of m.leapCells) if (rules.reached(k)) for (const l of m.dashesFrom[k] ?? []) leap(l, 'dash');
      m.cracked.forEach((c, i) => {
        if (s.flags[rules.brokenAt + i] === 1 || m.pointless.has(c.cell)) return;
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
        .filter((a) => rules.reached(a.from) && rules.aimClear(s, held, a))
        .sort((a, b) => (closer(a.from, b.from) ? -1 : closer(b.from, a.from) ? 1 : 0));
      const outcomes = new Set<string>();
      for (const a of usable) {
        const pos = s.pos.map((p, i) => (i === g ? a.from : p));
        const change = next(pos);
        if (!change) continue;
        const after = {
          flags: change.flags ?? s.flags,
          bridges: change.bridges ?? s.bridges,
          pos,
          spent: s.spent,
          active: g,
        };
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
        // A node whose doors never matter (and that switches no platform) is left alone: it changes nothing.
        const changes = rides?.switches(n) || freeze?.freezes(n);
        if (n.doors.every((d) => m.pointless.has(m.doors[d]!.cell)) && !changes) return;
        const flags = s.flags.slice();
        for (const d of n.doors) flags[d] = flags[d] ? 0 : 1;
        rides?.toggle(flags, n);
        freeze?.freeze(flags, n);
        fromEachSide(
          n.aim,
          () => ({ kind: 'skill', target: n.entity.id }),
          () => ({ flags }),
        );
      });
    }
    if (skill === 'diagnose') diagnoseMoves(rules, s, move);
    boss?.moves({
      flags: s.flags,
      skill,
      reached: (k) => rules.reached(k),
      nearest,
      dash: (from, to, flag) =>
        move(from, { kind: 'dash', to }, { flags: withFlag(flag), pos: s.pos.map((p, i) => (i === g ? to : p)) }),
      scan: (from, flag) => move(from, { kind: 'skill', target: null }, { flags: withFlag(flag) }),
      aimed: (aims, target, flag) =>
        fromEachSide(
          aims,
          () => ({ kind: 'skill', target }),
          () => ({ flags: withFlag(flag) }),
        ),
    });
  });
}

/**
 * A jump or dash goes when the run-up is reachable, the gap is still open void, the landing is new ground and the
 * cells it may slide into past the landing hold the friend or stop it.
 */
function canLeap(rules: WorldRules, s: WorldState, held: Uint8Array, leap: Leap): boolean {
  if (!rules.reached(leap.runUp) || rules.reached(leap.to)) return false;
  if (!rules.passable(s, held, leap.to)) return false;
  if (leap.gap.some((c) => rules.passable(s, held, c) || rules.solid(s, held, c))) return false;
  const m = rules.model;
  return leap.beyond.every((c) => rules.passable(s, held, c) || rules.solid(s, held, c) || m.isWall(c));
}

/** Noah's diagnosis: one move per set of new things he could reveal, from the nearest cell that reveals it. */
function diagnoseMoves(
  rules: WorldRules,
  s: WorldState,
  move: (walkTo: number, deed: Deed, next: Partial<WorldState>) => void,
): void {
  const m = rules.model;
  const found = new Map<string, { at: number; list: number[] }>();
  for (const k of m.revealCells) {
    if (!rules.reached(k)) continue;
    const list = m.revealsFrom[k]!.filter((h) => s.flags[rules.revealedAt + h] !== 1);
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

/** How a move's walk ends, for the doubt hazards' count: onto the exit, or standing through a skill or a read. */
function walkEnd(deed: Deed, friend: FriendName, cooling: boolean): WalkEnd {
  if (deed.kind === 'exit') return { exit: true };
  if (deed.kind === 'skill' || deed.kind === 'read') return { hold: deedSeconds(deed.kind, SKILL_OF[friend], cooling) };
  return {};
}

/** Whether a dash breaks a cracked wall (Leo dashes from beside it into its cell). */
function breaks(m: SolverModel, deed: Deed): boolean {
  return deed.kind === 'dash' && m.cracked.some((c) => c.cell === deed.to);
}

/** Writes the chain of moves that ends at `goal` as the plan's steps, walking each path out cell by cell. */
function writePlan(
  level: Level,
  rules: WorldRules,
  nodes: SearchNode[],
  goal: number,
  rides: RideRules | null,
  freeze: FreezeRules | null,
  cooldowns: CooldownRules | null,
): Plan {
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
    // Where the walk waits for a patrol's window, as the search counted it.
    const waits = rules.hazardous
      ? rules.walkCount(
          node.walkTo,
          freeze?.frozenLeft(before.flags) ?? null,
          walkEnd(node.deed!, friend, cooldowns?.running(before.flags, g) ?? true),
        ).waits
      : [];
    if (path.length > 1) steps.push({ kind: 'walk', friend, path, ...(waits.length ? { waits } : {}) });
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
      case 'ride': {
        const r = deed.ride;
        const [on, off, to] = [m.cellRef(r.on), m.cellRef(r.off), m.cellRef(r.to)];
        steps.push({ kind: 'ride', friend, platform: rides!.idOf(r), from: at, on, off, to });
        break;
      }
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
    else if (step.kind === 'ride') push(step.friend, step.from, step.on, step.off, step.to);
  }
  return out;
}
