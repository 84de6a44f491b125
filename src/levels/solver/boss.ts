// The self-doubt boss as the solver sees it, by the engine's rules (src/engine/boss.ts): Noah lifts the shroud from
// a cell within the scan's radius of the boss or a core; Leo breaks each core by dashing into it from the cell next
// to it on its bridge (the bridge standing); then Ava rewrites the cycle nodes (in order when the boss says so);
// the exit stays shut until the last node is rewritten. Its state is a few flags after the solver's own.
import { PROOF, SKILLS } from '../../core/tuning';
import type { EntityOf, Level } from '../../core/schema';
import type { SkillName } from '../../core/skills';
import { aimsAt, type Aim } from './aims';
import type { SolverModel } from './model';

interface CoreRule {
  entity: EntityOf<'boss-core'>;
  cell: number;
  /** The cells next to the core on its bridge's line, from which Leo dashes into it. */
  sides: number[];
}

interface NodeRule {
  entity: EntityOf<'cycle-node'>;
  aim: Aim[];
}

/** A boss state flag array: shroud lifted, then each core broken, then each node rewritten. */
type Flags = Uint8Array;

/** What a boss move needs from the search: moving a friend, the nearest reached cell, and aimed skills. */
export interface BossMoveContext {
  flags: Flags;
  skill: SkillName;
  reached(k: number): boolean;
  nearest(cells: Iterable<number>): number;
  /** A dash of the acting friend from `from` that ends in `to`, setting `flag`. */
  dash(from: number, to: number, flag: number): void;
  /** Noah's scan from `from`, setting `flag`. */
  scan(from: number, flag: number): void;
  /** Ava's reprogramming of a node from whichever aim is usable, setting `flag`. */
  aimed(aims: Aim[], target: string, flag: number): void;
}

export class BossRules {
  readonly entity: EntityOf<'boss'>;
  /** Index of the first boss flag in the search's flags. */
  readonly at: number;
  readonly count: number;
  /** Cells Noah's scan lifts the shroud from. */
  readonly liftFrom: Set<number>;
  readonly cores: CoreRule[];
  readonly nodes: NodeRule[];

  /** The level's boss rules, with flags from `at` on; null when the level has no boss. */
  static of(level: Level, model: SolverModel, at: number): BossRules | null {
    const boss = level.entities.find((e): e is EntityOf<'boss'> => e.type === 'boss');
    return boss ? new BossRules(boss, level, model, at) : null;
  }

  constructor(entity: EntityOf<'boss'>, level: Level, model: SolverModel, at: number) {
    this.entity = entity;
    this.at = at;
    const byId = new Map(level.entities.map((e) => [e.id, e]));
    const grid = model.grid;
    this.cores = entity.cores.flatMap((id) => {
      const core = byId.get(id);
      if (core?.type !== 'boss-core') return [];
      const anchor = byId.get(core.anchor);
      const pair = anchor?.type === 'bridge-anchor' ? byId.get(anchor.pair) : undefined;
      if (anchor?.type !== 'bridge-anchor' || pair?.type !== 'bridge-anchor') return [];
      const dc = Math.sign(pair.at[0] - anchor.at[0]);
      const dr = Math.sign(pair.at[1] - anchor.at[1]);
      const [col, row] = core.at;
      const sides = [
        [col - dc, row - dr],
        [col + dc, row + dr],
      ]
        .filter(([c, r]) => grid.inside(c!, r!))
        .map(([c, r]) => grid.key(core.floor, c!, r!));
      return [{ entity: core, cell: model.key(core.floor, core.at), sides }];
    });
    this.nodes = entity.nodes.flatMap((id) => {
      const node = byId.get(id);
      if (node?.type !== 'cycle-node') return [];
      const standable = (k: number): boolean => model.maybeWalkable(k) && !model.isWall(k);
      const blockers = {
        tall: (k: number) => model.doorAt.has(k) || model.falseWallAt.has(k) || model.crackedAt.has(k),
        slab: (k: number) => model.spansOver.has(k) || model.platformAt.has(k),
      };
      // Ava aims at a cycle node as at a code node: the same reach and the same point on it.
      const aim = aimsAt(grid, { id: node.id, type: 'code-node', floor: node.floor, at: node.at }, standable, blockers);
      return [{ entity: node, aim }];
    });
    this.count = 1 + this.cores.length + this.nodes.length;
    // The scan is measured from the feet, like the engine's: a cell's centre at its floor's height.
    const targets = [entity, ...this.cores.map((c) => c.entity)].map((e) => grid.center(e.floor, e.at[0], e.at[1]));
    const radius = SKILLS.diagnose.radius - PROOF.reachSlack;
    this.liftFrom = new Set();
    for (let k = 0; k < model.cellCount; k++) {
      if (!model.maybeWalkable(k) || model.isWall(k)) continue;
      const c = model.cellRef(k);
      const p = grid.center(c.floor, c.col, c.row);
      if (targets.some((t) => Math.hypot(t.x - p.x, t.y - p.y, t.z - p.z) <= radius)) this.liftFrom.add(k);
    }
  }

  /** The flags with room for the boss's after the solver's own. */
  extend(flags: Uint8Array): Uint8Array {
    const out = new Uint8Array(this.at + this.count);
    out.set(flags.subarray(0, this.at));
    return out;
  }

  /** Sets the boss's flags from the boss as it stands in a running level. */
  applyLive(flags: Flags, live: { lifted: boolean; cores: string[]; nodes: string[] }): void {
    flags[this.at] = live.lifted ? 1 : 0;
    this.cores.forEach((c, i) => (flags[this.coreFlag(i)] = live.cores.includes(c.entity.id) ? 1 : 0));
    this.nodes.forEach((n, i) => (flags[this.nodeFlag(i)] = live.nodes.includes(n.entity.id) ? 1 : 0));
  }

  broken(flags: Flags): boolean {
    for (let i = 0; i < this.nodes.length; i++) if (flags[this.nodeFlag(i)] !== 1) return false;
    return true;
  }

  /** Every boss move the acting friend could make in this state. */
  moves(ctx: BossMoveContext): void {
    const f = ctx.flags;
    const lifted = f[this.at] === 1;
    if (!lifted) {
      if (ctx.skill === 'diagnose') {
        const from = ctx.nearest(this.liftFrom);
        if (from !== -1) ctx.scan(from, this.at);
      }
      return;
    }
    const coresLeft = this.cores.some((_, i) => f[this.coreFlag(i)] !== 1);
    if (coresLeft) {
      if (ctx.skill !== 'overclock') return;
      this.cores.forEach((core, i) => {
        // The core's own cell must be walkable now: Mia's bridge stands under it.
        if (f[this.coreFlag(i)] === 1 || !ctx.reached(core.cell)) return;
        const from = ctx.nearest(core.sides);
        if (from !== -1) ctx.dash(from, core.cell, this.coreFlag(i));
      });
      return;
    }
    if (ctx.skill !== 'reprogram') return;
    for (let i = 0; i < this.nodes.length; i++) {
      if (f[this.nodeFlag(i)] === 1) continue;
      const node = this.nodes[i]!;
      ctx.aimed(node.aim, node.entity.id, this.nodeFlag(i));
      if (this.entity.ordered) return;
    }
  }

  /** Why the boss was never broken, for a level the solver cannot beat. */
  explain(ever: Uint8Array): string[] {
    const b = `boss "${this.entity.id}"`;
    if (ever[this.at] !== 1)
      return [`${b} is never unshrouded: Noah never gets within ${SKILLS.diagnose.radius} m of it or one of its cores`];
    const core = this.cores.findIndex((_, i) => ever[this.coreFlag(i)] !== 1);
    if (core !== -1)
      return [
        `core "${this.cores[core]!.entity.id}" of ${b} is never broken: Leo must reach the cell next to it on the bridge from "${this.cores[core]!.entity.anchor}", with the bridge standing`,
      ];
    const node = this.nodes.findIndex((_, i) => ever[this.nodeFlag(i)] !== 1);
    if (node !== -1)
      return [
        `cycle node "${this.nodes[node]!.entity.id}" of ${b} is never rewritten: Ava never stands within reach with a clear sight of it`,
      ];
    return [];
  }

  private coreFlag(i: number): number {
    return this.at + 1 + i;
  }

  private nodeFlag(i: number): number {
    return this.at + 1 + this.cores.length + i;
  }
}
