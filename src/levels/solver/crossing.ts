// A walk past doubt hazards counted as the engine drains it: the bot's own pace and turns tick by tick (botWalk),
// each patrol's real position over the walk's timeline, drain only inside the reach. Where a patrolling hazard
// lies ahead, the friend first waits on the last cell out of every reach for the patrol's best window, and the walk
// is counted from that window; the bot waits for the same clock (src/bot/bot.ts). A freeze Ava just set holds for
// its real length against the walk's timeline.
import { PROOF, SKILLS, TICK } from '../../core/tuning';
import type { SkillName } from '../../core/skills';
import type { WalkWait } from '../../core/plan';
import {
  bestWindow,
  botWalk,
  patrols,
  phaseExposures,
  standExposure,
  sweepTicks,
  type BotWalk,
  type Sweep,
} from './hazards';
import type { SolverModel } from './model';

/**
 * Seconds a deed holds the friend at the cell its walk ends on: a read or a skill (the press and the answer, and
 * the skill's cooldown when `cooling`: the friend used it before, src/levels/solver/cooldowns.ts), a cracked wall
 * broken (the dash into it, plus Leo's cooldown when cooling), or a jump or dash over a gap (backing up, the run,
 * the landing; a dash over a gap keeps Leo's whole cooldown, as its 2.6 s measured outlasts PROOF.hazardSecondsPerDeed).
 */
export function deedSeconds(
  kind: 'read' | 'skill' | 'break' | 'jump' | 'dash',
  skill: SkillName,
  cooling = true,
): number {
  if (kind === 'read') return PROOF.hazardSecondsPerRead;
  if (kind === 'skill') return (cooling ? SKILLS[skill].cooldown : 0) + PROOF.hazardSecondsPerSkill;
  if (kind === 'break') return PROOF.hazardSecondsPerBreak + (cooling ? SKILLS.overclock.cooldown : 0);
  return PROOF.hazardSecondsPerDeed + (kind === 'dash' ? SKILLS.overclock.cooldown : 0);
}

/** How a walk ends: stepping onto the exit (the level ends at once), or standing `hold` seconds (a skill, a read). */
export interface WalkEnd {
  exit?: boolean;
  hold?: number;
}

export interface WalkCount {
  /** Lucidity the walk may cost the walker, at most. */
  lost: number;
  /** Seconds the walk may take, waits included, at most. */
  seconds: number;
  /** Where the walker waits, and for which patrol's clock (path indices). */
  waits: WalkWait[];
}

/** Walks kept counted before the store starts over. */
const KNOWN_WALKS = 50_000;
/** How far from the model's track the bot may be when a hazard reaches for it (m): walking, and standing. */
const SLACK = PROOF.hazardReachSlack;
const STAND_SLACK = Math.max(PROOF.hazardReachSlack, PROOF.hazardStartSlack);

/** Seconds counted for `seconds` in a reach: a little more, for a bot a few ticks slower than the model. */
export function counted(seconds: number): number {
  return seconds > 0 ? seconds * PROOF.hazardTimeShare + PROOF.hazardExtraSeconds : 0;
}

export class Crossings {
  private readonly model: SolverModel;
  private readonly sweeps: Sweep[];
  private readonly at: Map<number, number[]>;
  /** Walks already counted (without a freeze), by their cells. */
  private readonly known = new Map<string, WalkCount>();

  constructor(model: SolverModel) {
    this.model = model;
    this.sweeps = model.sweeps.sweeps;
    this.at = model.sweeps.at;
  }

  /**
   * The walk along `path` (cell keys). `frozen`, per sweep, holds the seconds of a freeze left as the walk starts
   * (0 where none): then the walker goes at once, and a frozen hazard counts only from its thaw on; otherwise the
   * walker waits for the best window of each patrol ahead. `end` says how it ends: onto the exit, or standing a
   * while at its last cell (counted on the same timeline, so a timed window covers the deed too).
   */
  count(path: readonly number[], frozen: Float64Array | null, end: WalkEnd = {}): WalkCount {
    const met = new Set<number>();
    for (const k of path) for (const h of this.at.get(k) ?? []) met.add(h);
    // The same way walked in another state of the search costs the same (unless a freeze is counted).
    const key = frozen === null || met.size === 0 ? `${end.exit ? 'x' : ''}${end.hold ?? ''}|${path.join(',')}` : '';
    const known = key ? this.known.get(key) : undefined;
    if (known) return known;
    const count = met.size === 0 ? this.clear(path, end) : this.countMet(path, met, frozen, end);
    if (key) {
      if (this.known.size >= KNOWN_WALKS) this.known.clear();
      this.known.set(key, count);
    }
    return count;
  }

  /** A walk no hazard reaches: nothing lost; its seconds worked out only if asked (others stand in a reach). */
  private clear(path: readonly number[], end: WalkEnd): WalkCount {
    let seconds = -1;
    const walkOf = () => this.walkOf(path, end);
    return {
      lost: 0,
      waits: [],
      get seconds(): number {
        if (seconds < 0) seconds = (walkOf().xs.length + 1) * TICK * PROOF.hazardTimeShare + PROOF.hazardExtraSeconds;
        return seconds;
      },
    };
  }

  private countMet(path: readonly number[], met: Set<number>, frozen: Float64Array | null, end: WalkEnd): WalkCount {
    const thawing = frozen !== null && [...met].some((h) => frozen[h]! > 0);
    const waits = thawing ? [] : this.waitCells(path);
    // The legs between waits, each walked from rest.
    const bounds = [0, ...waits, path.length - 1];
    let lost = 0;
    let seconds = 0;
    const out: WalkWait[] = [];
    for (let j = 0; j + 1 < bounds.length; j++) {
      const b = bounds[j]!;
      const leg = path.slice(b, bounds[j + 1]! + 1);
      const walk = this.walkOf(leg, j + 2 === bounds.length ? end : {});
      seconds += (walk.xs.length + 1) * TICK;
      const legMet = new Set<number>();
      for (const k of leg) for (const h of this.at.get(k) ?? []) legMet.add(h);
      const counts = new Map<number, { worst: number; phases: number[] }>();
      for (const h of legMet) {
        const sweep = this.sweeps[h]!;
        const inSweep = (i: number) => this.at.get(leg[i]!)?.includes(h) ?? false;
        // A frozen hazard drains nothing until the freeze ends (counted short, as if the bot were slower).
        const left = frozen ? frozen[h]! - PROOF.freezeLead : 0;
        const from = left > 0 ? Math.max(0, Math.floor(left / (TICK * PROOF.hazardTimeShare))) : 0;
        const phases = phaseExposures(sweep, walk, SLACK, sweepTicks(walk, inSweep, from), from);
        counts.set(h, { worst: counted(Math.max(...phases)), phases: phases.map(counted) });
      }
      // After a wait, the patrol whose best window saves the most lucidity is timed; the others count at their worst.
      if (j > 0) {
        let timed = -1;
        let timedClock = 0;
        let saved = -1;
        for (const [h, c] of counts) {
          const sweep = this.sweeps[h]!;
          if (!patrols(sweep)) continue;
          const best = bestWindow(sweep, c.phases, PROOF.hazardWindowSlack);
          const gain = (c.worst - best.seconds) * sweep.drain;
          if (gain > saved) {
            saved = gain;
            timed = h;
            timedClock = best.clock;
          }
        }
        if (timed >= 0) {
          lost -= saved;
          out.push({ at: b, hazard: this.sweeps[timed]!.id, clock: timedClock });
          seconds += this.sweeps[timed]!.period + PROOF.hazardWindowSlack;
        }
      }
      for (const [h, c] of counts) lost += this.sweeps[h]!.drain * c.worst;
    }
    return { lost, seconds: seconds * PROOF.hazardTimeShare + PROOF.hazardExtraSeconds, waits: out };
  }

  /**
   * Lucidity lost standing in cell `k` for `seconds` (using a skill, reading, waiting while others act), with
   * `frozen` seconds of freeze left per sweep as the standing starts.
   */
  stand(k: number, seconds: number, frozen: Float64Array | null): number {
    const list = this.at.get(k);
    if (!list || seconds <= 0) return 0;
    const c = this.model.cellRef(k);
    const p = this.model.grid.center(c.floor, c.col, c.row);
    let lost = 0;
    for (const h of list) {
      const sweep = this.sweeps[h]!;
      const left = frozen ? Math.max(0, frozen[h]! - PROOF.freezeLead) : 0;
      // A freeze that outlasts the standing spares it all (never less than nothing).
      const standing = seconds - left;
      if (standing > 0) lost += sweep.drain * counted(standExposure(sweep, p.x, p.z, standing, STAND_SLACK));
    }
    return lost;
  }

  /**
   * Path indices where the walker may wait for a patrol ahead: the last cell out of every reach before each stretch
   * of cells a patrolling hazard can reach.
   */
  private waitCells(path: readonly number[]): number[] {
    const waits: number[] = [];
    let clear = -1;
    let placed = false;
    for (let i = 0; i < path.length; i++) {
      const list = this.at.get(path[i]!);
      if (!list) {
        clear = i;
        placed = false;
        continue;
      }
      if (placed || clear < 0 || !list.some((h) => patrols(this.sweeps[h]!))) continue;
      waits.push(clear);
      placed = true;
    }
    return waits;
  }

  private walkOf(path: readonly number[], end: WalkEnd = {}): BotWalk {
    const xs: number[] = [];
    const zs: number[] = [];
    for (const k of path) {
      const c = this.model.cellRef(k);
      const p = this.model.grid.center(c.floor, c.col, c.row);
      xs.push(p.x);
      zs.push(p.z);
    }
    return botWalk(xs, zs, end.exit ? this.model.grid.cellSize / 2 : 0, end.hold ?? 0);
  }
}
