// Friends the party must find (a friend start with `"found": true`): one flag each, set once a friend of the party
// ends a move in a cell within reach of them; until then they cannot act. Levels without them add no flags.
import type { LiveState } from '../../core/live-state';
import type { Level } from '../../core/schema';
import { FOUND } from '../../core/tuning';
import type { SolverModel } from './model';

export class FoundRules {
  private readonly model: SolverModel;
  /** Per friend: the index of their "joined" flag, or -1 for a friend in the party from the start. */
  private readonly flagOf: number[];
  /** Per cell a waiting friend stands on: the cells within reach of it (same floor). */
  private readonly nearCache = new Map<number, number[]>();

  private constructor(model: SolverModel, flagOf: number[]) {
    this.model = model;
    this.flagOf = flagOf;
  }

  /** The rules when the level has a friend to find, with their flags after the first `flagStart`; else null. */
  static of(level: Level, model: SolverModel, flagStart: number): FoundRules | null {
    let next = flagStart;
    const flagOf = level.friends.map((f, g) => (g > 0 && f.found === true ? next++ : -1));
    return next === flagStart ? null : new FoundRules(model, flagOf);
  }

  /** The flags with room for one "joined" flag per friend to find, all unset. */
  extend(flags: Uint8Array): Uint8Array {
    const count = this.flagOf.filter((f) => f >= 0).length;
    const out = new Uint8Array(flags.length + count);
    out.set(flags);
    return out;
  }

  /** Planning from a running game: everyone not still waiting has joined. */
  applyLive(flags: Uint8Array, live: LiveState): void {
    this.flagOf.forEach((flag, g) => {
      if (flag >= 0) flags[flag] = live.waiting?.includes(this.model.friends[g]!) ? 0 : 1;
    });
  }

  joined(flags: Uint8Array, g: number): boolean {
    const flag = this.flagOf[g]!;
    return flag < 0 || flags[flag] === 1;
  }

  /** Each friend still waiting, with the cells a friend of the party can find them from. */
  waiting(flags: Uint8Array, pos: readonly number[]): { friend: number; near: number[] }[] {
    const out: { friend: number; near: number[] }[] = [];
    this.flagOf.forEach((flag, g) => {
      if (flag >= 0 && flags[flag] !== 1) out.push({ friend: g, near: this.near(pos[g]!) });
    });
    return out;
  }

  /** The flags after a move: friends waiting within reach of a friend of the party have joined (same array if none). */
  after(flags: Uint8Array, pos: readonly number[]): Uint8Array {
    let out = flags;
    this.flagOf.forEach((flag, g) => {
      if (flag < 0 || flags[flag] === 1) return;
      const near = this.near(pos[g]!);
      if (!pos.some((p, i) => i !== g && this.joined(flags, i) && near.includes(p))) return;
      if (out === flags) out = flags.slice();
      out[flag] = 1;
    });
    return out;
  }

  /** Cells on the same floor whose centre is within reach of `cell`'s, less a margin for where the bot stops. */
  private near(cell: number): number[] {
    const known = this.nearCache.get(cell);
    if (known) return known;
    const m = this.model;
    const c = m.cellRef(cell);
    const size = m.grid.cellSize;
    const reach = FOUND.reach - FOUND.proofMargin;
    const span = Math.floor(reach / size);
    const out: number[] = [];
    for (let row = c.row - span; row <= c.row + span; row++)
      for (let col = c.col - span; col <= c.col + span; col++) {
        if ((col === c.col && row === c.row) || !m.grid.inside(col, row)) continue;
        if (Math.hypot(col - c.col, row - c.row) * size > reach) continue;
        out.push(m.key(c.floor, [col, row]));
      }
    this.nearCache.set(cell, out);
    return out;
  }
}
