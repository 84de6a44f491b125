// Moving platforms as the solver counts them: a slab shuttling along a straight line of void cells while active
// (src/engine/entities/platforms.ts), carrying whoever stands on it. A ride is "step on from ground beside one of its
// cells, stay on, step off onto ground beside another", timed as the engine moves it: the friend may wait a whole
// trip there and back before it comes, then half a trip on it.
import { DIR_STEP } from '../../core/grid';
import { RIDE } from '../../core/tuning';
import type { LiveState } from '../../core/live-state';
import type { EntityOf, Level } from '../../core/schema';
import type { Node, SolverModel } from './model';

/** One way a friend can ride a platform: on from `from` at line cell `on`, off at line cell `off` onto `to`. */
export interface Ride {
  /** Index into RideRules.platforms. */
  platform: number;
  from: number;
  on: number;
  off: number;
  to: number;
  /** The longest it can take: a whole trip waiting, half a trip on, and the steps on and off. */
  seconds: number;
}

/** A platform and whether the solver rides it; when it does not, why not (for "not proven"). */
export interface PlatformInfo {
  entity: EntityOf<'moving-platform'>;
  /** Its cells from `at` to `to`. */
  line: number[];
  /** Metres a second along its line while active (the engine's: there and back once a period). */
  speed: number;
  /** Null when the solver rides it. */
  unridden: string | null;
}

export class RideRules {
  readonly model: SolverModel;
  readonly platforms: PlatformInfo[];
  /** Every ride of every platform the solver rides. */
  readonly rides: Ride[] = [];
  /** The flag of each platform: 1 when a node has switched it from how the level starts it. */
  private readonly flagsAt: number;

  private constructor(model: SolverModel, flagsAt: number) {
    this.model = model;
    this.flagsAt = flagsAt;
    this.platforms = model.movingPlatforms.map((e) => describe(model, e));
    this.platforms.forEach((p, i) => {
      if (p.unridden === null) this.rides.push(...ridesOf(model, p, i));
    });
  }

  /** Rules for the level's moving platforms; null when it has none. */
  static of(_level: Level, model: SolverModel, flagsAt: number): RideRules | null {
    return model.movingPlatforms.length > 0 ? new RideRules(model, flagsAt) : null;
  }

  /** The world's flags with room for one flag per platform. */
  extend(flags: Uint8Array): Uint8Array {
    const out = new Uint8Array(flags.length + this.platforms.length);
    out.set(flags);
    return out;
  }

  /** Whether the platform shuttles now. */
  active(flags: Uint8Array, p: number): boolean {
    return this.platforms[p]!.entity.active !== (flags[this.flagsAt + p] === 1);
  }

  /** Whether reprogramming the node switches a platform the solver rides. */
  switches(node: Node): boolean {
    return node.platforms.some((id) => this.platforms.some((p) => p.entity.id === id && p.unridden === null));
  }

  /** Ava's reprogramming of a node switches its platforms on or off (in `flags`, a copy of the state's). */
  toggle(flags: Uint8Array, node: Node): void {
    this.platforms.forEach((p, i) => {
      if (node.platforms.includes(p.entity.id)) flags[this.flagsAt + i] = flags[this.flagsAt + i] ? 0 : 1;
    });
  }

  /** The flags of a level as it stands in a running game: set for each platform a node left switched. */
  applyLive(flags: Uint8Array, live: LiveState): void {
    this.platforms.forEach((p, i) => (flags[this.flagsAt + i] = live.toggled.includes(p.entity.id) ? 1 : 0));
  }

  /** The cells a ride waits in, crosses and ends in, for the doubt hazards that may reach the friend there. */
  cellsOf(ride: Ride): number[] {
    const line = this.platforms[ride.platform]!.line;
    const i = line.indexOf(ride.on);
    const j = line.indexOf(ride.off);
    return [ride.from, ...line.slice(Math.min(i, j), Math.max(i, j) + 1), ride.to];
  }

  /** The platform's entity id. */
  idOf(ride: Ride): string {
    return this.platforms[ride.platform]!.entity.id;
  }

  /**
   * Rides that can start now: the platform shuttles, the friend can walk to `from` (`reached`), and `to` is ground
   * it can stand on (`passable`) that it cannot walk to already.
   */
  available(flags: Uint8Array, reached: (k: number) => boolean, passable: (k: number) => boolean): Ride[] {
    const out: Ride[] = [];
    for (const r of this.rides)
      if (this.active(flags, r.platform) && reached(r.from) && !reached(r.to) && passable(r.to)) out.push(r);
    return out;
  }

  /**
   * What the solver does not count, for "not proven" when it finds no route: platforms it does not ride, and
   * standing on a platform while it is switched off (it stops where it is, a slab in the void).
   */
  unmodelled(): { entity: string; reason: string }[] {
    return this.platforms.flatMap((p) => {
      const id = p.entity.id;
      if (p.unridden !== null)
        return [{ entity: id, reason: `the solver does not ride moving platform "${id}": ${p.unridden}` }];
      const switched = this.model.nodes.some((n) => n.platforms.includes(id));
      if (p.entity.active && !switched) return [];
      return [
        {
          entity: id,
          reason: `the solver rides moving platform "${id}" while it runs, but does not count standing on it while it is switched off`,
        },
      ];
    });
  }
}

/** A platform's line and speed, and why the solver does not ride it (null when it does). */
function describe(model: SolverModel, e: EntityOf<'moving-platform'>): PlatformInfo {
  const g = model.grid;
  const dc = Math.sign(e.to[0] - e.at[0]);
  const dr = Math.sign(e.to[1] - e.at[1]);
  const cells = Math.abs(e.to[0] - e.at[0]) + Math.abs(e.to[1] - e.at[1]);
  const line: number[] = [];
  for (let i = 0; i <= cells; i++) line.push(model.key(e.floor, [e.at[0] + dc * i, e.at[1] + dr * i]));
  const speed = (2 * cells * g.cellSize) / e.period;
  const info: PlatformInfo = { entity: e, line, speed, unridden: null };
  if (cells === 0) info.unridden = 'it does not move (its "to" is its "at"), and the solver does not stand on it';
  else if (speed > RIDE.maxSpeed)
    info.unridden = `it moves ${round(speed)} m/s, faster than the ${RIDE.maxSpeed} m/s the solver counts a friend can step onto`;
  else if (!line.every((k) => model.isVoid(k) && !model.platformAt.has(k) && !model.spansOver.has(k)))
    info.unridden = 'its line crosses ground, a wall or a bridge, and the solver only rides it over the void';
  return info;
}

/** Every ground cell beside a line cell: across the line anywhere, and along it past either end. */
function ridesOf(model: SolverModel, p: PlatformInfo, index: number): Ride[] {
  const g = model.grid;
  const onLine = new Set(p.line);
  const ground = (k: number) => model.standable(k) && !model.isRamp(k) && !model.isWall(k);
  const sides: { cell: number; line: number }[] = [];
  for (const k of p.line) {
    const c = model.cellRef(k);
    for (const [dc, dr] of Object.values(DIR_STEP)) {
      if (!g.inside(c.col + dc, c.row + dr)) continue;
      const n = g.key(c.floor, c.col + dc, c.row + dr);
      if (!onLine.has(n) && ground(n)) sides.push({ cell: n, line: k });
    }
  }
  const seconds = p.entity.period * 1.5 + RIDE.stepSeconds;
  const rides: Ride[] = [];
  for (const a of sides)
    for (const b of sides)
      if (a.cell !== b.cell)
        rides.push({ platform: index, from: a.cell, on: a.line, off: b.line, to: b.cell, seconds });
  return rides;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
