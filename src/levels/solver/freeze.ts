// Ava's reprogramming of a code node freezes the doubt hazards it controls for its `freezeSeconds`: the hazard
// stands still and drains nothing (src/engine/entities/entities.ts). The solver counts it for the move right after
// the freeze, when that move is over well within the freeze: nobody loses lucidity to the frozen hazard then.
import { BODY, PROOF } from '../../core/tuning';
import type { EntityOf, Level } from '../../core/schema';
import { standExposure, walkExposure } from './hazards';
import type { Node, SolverModel } from './model';
import type { WorldRules } from './world';

/** The pace and the reach slack the solver's walks count near hazards (as src/levels/solver/world.ts does). */
const WALK_SPEED = 1 / PROOF.hazardSecondsPerMetre;
const HAZARD_SLACK = PROOF.reachSlack + BODY.radius / 2;

export class FreezeRules {
  private readonly model: SolverModel;
  /** The hazards a node can freeze, each with its sweep (index into model.sweeps.sweeps). */
  private readonly frozen: { hazard: EntityOf<'doubt-hazard'>; sweep: number }[] = [];
  private readonly flagsAt: number;

  private constructor(model: SolverModel, flagsAt: number) {
    this.model = model;
    this.flagsAt = flagsAt;
    const draining = model.hazards.filter((h) => h.drain > 0);
    draining.forEach((h, sweep) => {
      if (model.nodes.some((n) => n.entity.controls.includes(h.id))) this.frozen.push({ hazard: h, sweep });
    });
  }

  /** Rules for the hazards Ava can freeze; null when there are none (or no Ava). */
  static of(_level: Level, model: SolverModel, flagsAt: number): FreezeRules | null {
    if (!model.friends.includes('ava')) return null;
    const rules = new FreezeRules(model, flagsAt);
    return rules.frozen.length > 0 ? rules : null;
  }

  /** The world's flags with room for one "frozen now" flag per hazard a node can freeze. */
  extend(flags: Uint8Array): Uint8Array {
    const out = new Uint8Array(flags.length + this.frozen.length);
    out.set(flags);
    return out;
  }

  /** Whether reprogramming the node freezes a hazard. */
  freezes(node: Node): boolean {
    return this.frozen.some((f) => node.entity.controls.includes(f.hazard.id));
  }

  /** The flags after reprogramming `node` (a copy): its hazards frozen for the next move. */
  freeze(flags: Uint8Array, node: Node): void {
    this.frozen.forEach((f, i) => {
      if (node.entity.controls.includes(f.hazard.id)) flags[this.flagsAt + i] = 1;
    });
  }

  /** The flags of the state after a move (`flags`, from the state before, `before`): freezes from before are spent. */
  thaw(flags: Uint8Array, before: Uint8Array): Uint8Array {
    let out = flags;
    for (let i = this.flagsAt; i < this.flagsAt + this.frozen.length; i++) {
      if (!before[i] || !out[i]) continue;
      if (out === flags) out = flags.slice();
      out[i] = 0;
    }
    return out;
  }

  /**
   * Lucidity each friend does not lose in a move of `seconds` thanks to hazards frozen just before it, when the move
   * is over within PROOF.freezeShare of the freeze: the mover's walk to `walkTo` (the last walk of `rules`) and its
   * deed there (`deedSeconds`), and the others standing where they are (`pos`) the whole move.
   */
  relief(
    rules: WorldRules,
    flags: Uint8Array,
    pos: readonly number[],
    mover: number,
    walkTo: number,
    deedSeconds: number,
    seconds: number,
  ): number[] {
    const out = pos.map(() => 0);
    const { sweeps, at } = this.model.sweeps;
    const centre = (k: number) => {
      const c = this.model.cellRef(k);
      return this.model.grid.center(c.floor, c.col, c.row);
    };
    this.frozen.forEach((f, i) => {
      if (!flags[this.flagsAt + i] || seconds > this.shortestFreeze(f.hazard.id) * PROOF.freezeShare) return;
      const h = f.sweep;
      const sweep = sweeps[h]!;
      // The mover's walk, counted as the solver's walk counts it: from a cell before the sweep to one after.
      const path = rules.pathTo(walkTo);
      let first = -1;
      let last = -1;
      path.forEach((k, j) => {
        if (!at.get(k)?.includes(h)) return;
        if (first === -1) first = j;
        last = j;
      });
      if (first !== -1) {
        const xs: number[] = [];
        const zs: number[] = [];
        for (let j = Math.max(0, first - 1); j <= Math.min(path.length - 1, last + 1); j++) {
          const p = centre(path[j]!);
          xs.push(p.x);
          zs.push(p.z);
        }
        out[mover]! += sweep.drain * walkExposure(sweep, xs, zs, WALK_SPEED, HAZARD_SLACK);
      }
      const stand = (g: number, k: number, s: number) => {
        if (s <= 0 || !at.get(k)?.includes(h)) return;
        const p = centre(k);
        out[g]! += sweep.drain * standExposure(sweep, p.x, p.z, s, HAZARD_SLACK);
      };
      stand(mover, walkTo, deedSeconds);
      pos.forEach((k, g) => {
        if (g !== mover) stand(g, k, seconds);
      });
    });
    return out;
  }

  /** The shortest freeze any node gives the hazard (the solver does not tell which node froze it). */
  private shortestFreeze(id: string): number {
    let s = Infinity;
    for (const n of this.model.nodes) if (n.entity.controls.includes(id)) s = Math.min(s, n.entity.freezeSeconds);
    return s;
  }
}
