// Ava's reprogramming of a code node freezes the doubt hazards it controls for its `freezeSeconds`: the hazard
// stands still and drains nothing (src/engine/entities/entities.ts). The solver counts the freeze for the move right
// after it, against that move's real timeline (src/levels/solver/crossing.ts): the walk goes at once, and a frozen
// hazard drains only from the moment the freeze ends, from wherever its patrol then is.
import type { EntityOf, Level } from '../../core/schema';
import type { Node, SolverModel } from './model';

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
   * Seconds of freeze left, per sweep (index into model.sweeps.sweeps), as the move right after a reprogramming
   * starts: the shortest freeze any node gives each hazard frozen then (the search does not tell which node froze
   * it); null when none is frozen.
   */
  frozenLeft(flags: Uint8Array): Float64Array | null {
    let out: Float64Array | null = null;
    this.frozen.forEach((f, i) => {
      if (!flags[this.flagsAt + i]) return;
      out ??= new Float64Array(this.model.sweeps.sweeps.length);
      out[f.sweep] = this.shortestFreeze(f.hazard.id);
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
