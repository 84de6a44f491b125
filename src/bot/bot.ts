// The bot: plays a plan in the engine as a player would, one tick of input at a time (look, move, run, jump,
// switch, skill, E). It steers along the line of cell centres, recovers from small drifts, retries a jump or dash
// once after falling back to a checkpoint it can walk from, and says which step failed and where when it cannot go on.
import type { FriendName, Level } from '../core/schema';
import { describeCell, type Plan, type PlanStep } from '../core/plan';
import type { Engine } from '../engine/engine';
import type { GameEvent } from '../engine/events';
import { wrapAngle, type Friend } from '../engine/friend';
import type { CellRef } from '../core/grid';
import { idleInput, type InputSource, type TickInput } from '../engine/tick-input';
import { aimPoint } from '../engine/skills/aim';
import { BODY, BOT, RIDE, SKILLS, TICK } from '../core/tuning';
import { dashStart, runsUp } from '../core/reach';
import { crossingSafe, slabAhead, type Flat } from './ride';

export interface BotFailure {
  /** Index of the plan step that failed. */
  step: number;
  /** What went wrong and where (the cell), without the step: PlayResult and the tools say which step. */
  reason: string;
}

interface Waypoint {
  x: number;
  z: number;
}

export class Bot implements InputSource {
  readonly engine: Engine;
  readonly plan: Plan;
  /** Index of the plan step being played; equals steps.length when all are done. */
  stepIndex = 0;
  failure: BotFailure | null = null;
  /** Two inputs used in turn: the engine compares each tick's input with the one before. */
  private readonly inputs: [TickInput, TickInput] = [idleInput(), idleInput()];
  private flip = 0;
  private phase: Phase = 'start';
  /** Ticks spent in 'await' for a skill's answer. */
  private awaitTicks = 0;
  private stepTicks = 0;
  private waypoints: Waypoint[] = [];
  private wp = 0;
  /** Where the current leg of the walk starts: the bot keeps to the line from here to the next waypoint. */
  private legX = 0;
  private legZ = 0;
  private best = Infinity;
  private sinceBest = 0;
  /** How near the end of the walk counts as there. */
  private stopRadius: number = BOT.stopRadius;
  /** Whether the current step already backed off to a cell centre after getting stuck. */
  private unstuck = false;
  /** Whether the current jump or dash was already tried again after a fall. */
  private retried = false;
  /** Ticks in the air (or dashing) during a jump or dash step. */
  private airTicks = 0;
  /** The jump or dash of this step starts from standing still (a dash always; a jump with nothing to back onto). */
  private leapStill = false;
  /** Which leg of a walk with waits is being walked (src/core/plan.ts WalkWait). */
  private leg = 0;
  /** Stepping onto or off a moving platform has begun: keep walking across. */
  private crossing = false;
  /** The cells each friend has walked in the plan so far, to walk back after waking at a checkpoint. */
  private readonly trails = new Map<FriendName, CellRef[]>();
  /** Events seen since the last tick. */
  private seen: readonly GameEvent[] = [];
  /** Where each friend last stood on solid ground, to say where a fall began. */
  private readonly lastCells = new Map<FriendName, string>();

  constructor(engine: Engine, plan: Plan) {
    this.engine = engine;
    this.plan = plan;
    for (const f of engine.level.friends) this.trails.set(f.friend, [{ floor: f.floor, col: f.at[0], row: f.at[1] }]);
  }

  get done(): boolean {
    return this.stepIndex >= this.plan.steps.length;
  }

  /** The events of the tick just played (playLevel passes them on after each tick). */
  notice(events: readonly GameEvent[]): void {
    this.seen = events;
    for (const e of events) {
      if (e.type === 'respawn' && !this.failure && !this.done) {
        const why = e.cause === 'void' ? 'fell into the void' : 'lost all lucidity';
        if (!this.retryLeap(e.friend)) this.fail(`${e.friend} ${why}; last stood at ${this.whereIs(e.friend)}`);
      }
    }
  }

  /**
   * After a fall during a jump or dash: walk back along the cells this friend already walked from where it woke
   * to the run-up, and try once more. Only when it woke somewhere on its own trail, so the way back is one it took.
   */
  private retryLeap(name: FriendName): boolean {
    const step = this.plan.steps[this.stepIndex];
    if (this.retried || !step || (step.kind !== 'jump' && step.kind !== 'dash') || step.friend !== name) return false;
    const friend = this.engine.active;
    if (friend.name !== name) return false;
    const woke = this.engine.cellOf(friend);
    const trail = this.trails.get(name) ?? [];
    let at = -1;
    for (let i = trail.length - 1; i >= 0; i--)
      if (sameCell(trail[i]!, woke)) {
        at = i;
        break;
      }
    if (at === -1 || !sameCell(trail[trail.length - 1]!, step.from)) return false;
    const back = trail.slice(at);
    // A way back that needs a jump of its own is not a walk.
    for (let i = 1; i < back.length; i++)
      if (Math.abs(back[i]!.col - back[i - 1]!.col) + Math.abs(back[i]!.row - back[i - 1]!.row) > 1) return false;
    this.retried = true;
    this.startWalk(back);
    this.phase = 'retreat';
    this.airTicks = 0;
    return true;
  }

  next(): TickInput {
    this.flip ^= 1;
    const input = this.inputs[this.flip]!;
    Object.assign(input, IDLE);
    const step = this.plan.steps[this.stepIndex];
    if (!step || this.failure) return input;
    for (const f of this.engine.friends) if (f.ground) this.lastCells.set(f.name, describeCell(this.engine.cellOf(f)));
    this.stepTicks++;
    if (this.stepTicks * TICK > BOT.stepSeconds) {
      this.fail(`took longer than ${BOT.stepSeconds} s`);
      return input;
    }
    if (step.kind !== 'switch' && this.engine.active.name !== step.friend) {
      // Plans may leave the switch implicit: take control of the step's friend first.
      input.switchTo = step.friend;
      if (this.slotOf(step.friend) < 0) this.fail(`no friend "${step.friend}" in this level`);
      return input;
    }
    switch (step.kind) {
      case 'switch':
        return this.playSwitch(step.friend, input);
      case 'walk':
        return this.playWalk(step, input);
      case 'jump':
      case 'dash':
        return this.playLeap(step, input);
      case 'skill':
        return this.playSkill(step, input);
      case 'ride':
        return this.playRide(step, input);
      case 'read':
        return this.playRead(step, input);
      case 'exit':
        if (this.engine.status === 'complete') return this.advance(input);
        for (const e of this.seen)
          if (e.type === 'exit-locked') this.fail(`the exit is locked: fragments ${e.missing.join(', ')} not read`);
        if (this.phase === 'start') this.startWalk([step.at]);
        if (this.walk(input, true)) this.fail('stood on the exit but the level did not end');
        return input;
    }
  }

  /**
   * A walk, in legs between its waits: at each wait (a cell out of every hazard's reach) the friend stands still
   * until the doubt hazard's patrol clock comes round to the window the solver counted, then walks on at once.
   */
  private playWalk(step: Extract<PlanStep, { kind: 'walk' }>, input: TickInput): TickInput {
    const waits = step.waits ?? [];
    if (this.phase === 'start') {
      this.leg = 0;
      this.startWalk(legOf(step, 0));
      this.trail(step.friend, step.path);
    }
    if (this.phase === 'wait') {
      const w = waits[this.leg]!;
      const friend = this.engine.active;
      const h = this.engine.entities.hazards.find((x) => x.entity.id === w.hazard);
      // Standing still is not being stuck: the step's clock starts again with each leg.
      this.stepTicks = 0;
      const open = !h || (!h.frozen && windowOpen(h.clock, w.clock, h.entity.period));
      if (friend.speed() > BOT.stillSpeed || !open) {
        // A frozen patrol's clock stands still: the wait for its window starts again when it thaws.
        if (h?.frozen) this.awaitTicks = 0;
        const patience = h ? h.entity.period * 2 + BOT.stuckSeconds : BOT.stuckSeconds;
        if (++this.awaitTicks * TICK > patience)
          this.fail(
            `waited at ${describeCell(this.engine.cellOf(friend))} for "${w.hazard}" and its window never came`,
          );
        return input;
      }
      // The window is open: the first step of the next leg is taken this very tick, as the solver counted it.
      this.leg++;
      this.phase = 'approach';
      this.startWalk(legOf(step, this.leg));
    }
    if (!this.walk(input, true)) return input;
    if (this.leg < waits.length) {
      this.phase = 'wait';
      this.awaitTicks = 0;
      return input;
    }
    return this.advance(input);
  }

  private playSwitch(friend: FriendName, input: TickInput): TickInput {
    if (this.engine.active.name === friend) return this.advance(input);
    input.switchTo = friend;
    if (this.slotOf(friend) < 0) this.fail(`no friend "${friend}" in this level`);
    return input;
  }

  /** A running jump or Leo's dash from one cell to another in a straight line. */
  private playLeap(step: Extract<PlanStep, { kind: 'jump' | 'dash' }>, input: TickInput): TickInput {
    const engine = this.engine;
    const friend = engine.active;
    const from = engine.grid.center(step.from.floor, step.from.col, step.from.row);
    const to = engine.grid.center(step.to.floor, step.to.col, step.to.row);
    const dx = Math.sign(step.to.col - step.from.col);
    const dz = Math.sign(step.to.row - step.from.row);
    const half = engine.grid.cellSize / 2;
    switch (this.phase) {
      case 'start': {
        // A jump runs from the centre of the cell behind, to leave at full speed; a dash starts where it will end
        // just short of the landing cell's centre (src/core/reach.ts, which the solver counts with), so it never
        // carries Leo past a narrow ledge. A dash into a cracked wall beside him starts where he stands.
        this.airTicks = 0;
        const runUp = { floor: step.from.floor, col: step.from.col - dx, row: step.from.row - dz };
        // The same test as the solver's: plain ground behind, with no door or wall that comes and goes on it.
        const canBackUp =
          runsUp(engine.grid, step.from.floor, step.from.col, step.from.row, dx, dz) &&
          !holdsPassage(engine.level, runUp);
        this.leapStill = step.kind === 'dash' || !canBackUp;
        if (step.kind === 'jump') {
          this.startWalk(canBackUp ? [step.from, runUp] : [step.from]);
          // A standing jump runs from the take-off cell's centre, standing still there first, as reach.ts counts it.
          if (!canBackUp) this.stopRadius = BOT.skillStopRadius;
          this.phase = 'approach';
          return input;
        }
        const gapCells = Math.abs(step.to.col - step.from.col) + Math.abs(step.to.row - step.from.row) - 1;
        const start = gapCells > 0 ? dashStart(engine.grid.cellSize, gapCells, canBackUp ? 'run' : 'stand') : 0;
        this.startWalk(start < -half ? [step.from, runUp] : [step.from]);
        const last = this.waypoints[this.waypoints.length - 1];
        if (last) {
          last.x = from.x + dx * start;
          last.z = from.z + dz * start;
        }
        this.stopRadius = BOT.skillStopRadius;
        this.phase = 'approach';
        return input;
      }
      case 'approach':
        if (!this.walk(input, true)) return input;
        if (this.leapStill && friend.speed() > BOT.stillSpeed) return input;
        if (step.kind === 'dash' && engine.skillStatus(friend).cooldownLeft > 0) return input;
        this.phase = 'run-up';
        return input;
      case 'run-up': {
        if (step.kind === 'dash') {
          // Turned along the line and dashing in the same tick: the turn is applied before the skill.
          this.face(friend, input, from.x + dx * 50, from.z + dz * 50, 0);
          input.skill = true;
          this.phase = 'airborne';
          return input;
        }
        // Run straight along the line, aiming far ahead so any sideways error shrinks.
        this.face(friend, input, from.x + dx * 50, from.z + dz * 50, 0);
        input.moveY = 1;
        input.run = true;
        const along = (friend.position.x - from.x) * dx + (friend.position.z - from.z) * dz;
        const lead = step.kind === 'jump' ? BOT.jumpLead : BOT.dashLead;
        if (along >= half - lead) {
          if (step.kind === 'jump') input.jump = true;
          else input.skill = true;
          this.phase = 'airborne';
          this.airTicks = 0;
        }
        return input;
      }
      case 'airborne': {
        // In the air (or dashing): keep going until standing in the cell it leaps to.
        for (const e of this.seen) if (e.type === 'skill-failed') this.fail(`the dash failed: ${e.reason}`);
        this.face(friend, input, to.x + dx * 50, to.z + dz * 50, 0);
        const c = engine.cellOf(friend);
        const landed = friend.ground !== null && !friend.boost && c.floor === step.to.floor;
        const past = (friend.position.x - to.x) * dx + (friend.position.z - to.z) * dz;
        input.moveY = past < 0 ? 1 : 0;
        input.run = true;
        if (landed && past > -half) {
          this.trail(friend.name, [step.to]);
          this.startWalk([step.to]);
          this.phase = 'settle';
        } else if (++this.airTicks * TICK > BOT.landSeconds)
          this.fail(`did not land on ${describeCell(step.to)} within ${BOT.landSeconds} s; now at ${describeCell(c)}`);
        return input;
      }
      case 'settle':
        // Standing still before the next step: a walk starts from rest, as the solver counts it near doubt hazards.
        return this.walk(input, true) && friend.speed() <= BOT.stillSpeed ? this.advance(input) : input;
      default:
        // 'retreat': walking back along its trail after a fall; then the leap starts over.
        if (this.walk(input, true)) this.phase = 'start';
        return input;
    }
  }

  /**
   * A ride on a moving platform: walk to the cell beside it, step on when a walk started now lands on the slab,
   * stand on the slab's centre while it carries the friend, and step off the same way onto the cell the step ends on.
   */
  private playRide(step: Extract<PlanStep, { kind: 'ride' }>, input: TickInput): TickInput {
    const engine = this.engine;
    const friend = engine.active;
    const grid = engine.grid;
    const p = engine.entities.platforms.find((m) => m.entity.id === step.platform);
    if (!p) {
      this.fail(`"${step.platform}" is not a moving platform`);
      return input;
    }
    const slab = slabAhead(grid, p, 0, SLAB);
    const aboard = friend.ground?.body === p.body;
    const boarding = this.phase === 'board';
    const a = boarding ? step.from : step.off;
    const b = boarding ? step.on : step.to;
    const dx = Math.sign(b.col - a.col);
    const dz = Math.sign(b.row - a.row);
    const patience = (p.entity.period * 2 + BOT.stuckSeconds) / TICK;
    switch (this.phase) {
      case 'start':
        this.startWalk([step.from]);
        return input;
      case 'approach':
        if (!this.walk(input, true)) return input;
        this.trail(friend.name, [step.from]);
        this.phase = 'board';
        this.awaitTicks = 0;
        this.stepTicks = 0;
        return input;
      case 'board':
        this.face(friend, input, friend.position.x + dx * 50, friend.position.z + dz * 50, null);
        if (aboard) {
          this.phase = 'aboard';
          this.crossing = false;
          this.awaitTicks = 0;
          this.stepTicks = 0;
          return input;
        }
        if (!this.crossing) {
          if (!p.active) this.fail(`moving platform "${step.platform}" is switched off`);
          else if (++this.awaitTicks > patience)
            this.fail(`waited beside moving platform "${step.platform}" and never found a moment to step on`);
          else this.crossing = crossingSafe(grid, friend, p, dx, dz, true, step.on);
          if (!this.crossing) return input;
        }
        input.moveY = 1;
        return input;
      case 'aboard': {
        const d = Math.hypot(slab.x - friend.position.x, slab.z - friend.position.z);
        if (!this.crossing && d > RIDE.centreRadius) {
          // Keep to the slab's centre: it carries whoever stands on it.
          this.face(friend, input, slab.x, slab.z, null);
          input.moveY = Math.max(BOT.slowestShare, Math.min(1, d / BOT.slowDistance));
          return input;
        }
        this.face(friend, input, friend.position.x + dx * 50, friend.position.z + dz * 50, null);
        if (!this.crossing) {
          if (++this.awaitTicks > patience)
            this.fail(
              `rode moving platform "${step.platform}" and never found a moment to step off onto ${describeCell(step.to)}`,
            );
          else this.crossing = crossingSafe(grid, friend, p, dx, dz, false, step.to);
          if (!this.crossing) return input;
        }
        input.moveY = 1;
        if (!aboard && friend.ground && sameCell(engine.cellOf(friend), step.to)) {
          this.crossing = false;
          this.trail(friend.name, [step.to]);
          this.startWalk([step.to]);
          this.phase = 'settle';
        }
        return input;
      }
      default:
        // 'settle': onto the centre of the cell stepped off onto.
        return this.walk(input, true) ? this.advance(input) : input;
    }
  }

  private playSkill(step: Extract<PlanStep, { kind: 'skill' }>, input: TickInput): TickInput {
    const engine = this.engine;
    const friend = engine.active;
    switch (this.phase) {
      case 'start':
        this.startWalk([step.from]);
        // The solver measures reach and the scan radius from the cell centre: stand on it.
        this.stopRadius = BOT.skillStopRadius;
        this.phase = 'approach';
        return input;
      case 'approach':
        if (!this.walk(input, true) || friend.speed() > BOT.stillSpeed) return input;
        if (engine.skillStatus(friend).cooldownLeft > 0) return input;
        this.phase = 'aim';
        return input;
      case 'aim': {
        if (step.target) {
          const e = engine.entities.byId.get(step.target);
          if (!e || (e.type !== 'bridge-anchor' && e.type !== 'code-node' && e.type !== 'cycle-node')) {
            this.fail(`"${step.target}" is not something to aim ${step.skill} at`);
            return input;
          }
          // A cycle node of the boss is aimed at like a code node.
          const p = aimPoint(
            engine,
            e.type === 'cycle-node' ? { ...e, type: 'code-node', controls: [], freezeSeconds: 0 } : e,
          );
          this.face(friend, input, p.x, p.z, p.y);
        }
        this.phase = 'press';
        return input;
      }
      case 'press':
        input.skill = true;
        this.phase = 'await';
        this.awaitTicks = 0;
        return input;
      default:
        for (const e of this.seen) {
          if (e.type === 'skill-failed') this.fail(`${e.skill} failed: ${e.reason}`);
          // The solver only scans where something new is hidden: an empty scan means the two disagree.
          if (e.type === 'diagnose' && e.found.length === 0)
            this.fail(
              `the scan from ${describeCell(engine.cellOf(friend))} found nothing hidden within ${SKILLS.diagnose.radius} m`,
            );
          if (e.type === 'skill' && e.friend === friend.name) return this.advance(input);
        }
        if (++this.awaitTicks > AWAIT_TICKS) this.fail(`${step.skill} gave no answer`);
        return input;
    }
  }

  private playRead(step: Extract<PlanStep, { kind: 'read' }>, input: TickInput): TickInput {
    const engine = this.engine;
    switch (this.phase) {
      case 'start':
        this.startWalk([step.from]);
        this.phase = 'approach';
        return input;
      case 'approach':
        if (this.walk(input, true)) this.phase = 'press';
        return input;
      case 'press':
        input.interact = true;
        this.phase = 'await';
        return input;
      default:
        for (const e of this.seen) if (e.type === 'fragment' && e.id === step.fragment) return this.advance(input);
        if (engine.entities.read.has(step.fragment)) return this.advance(input);
        this.fail(`fragment "${step.fragment}" was not in reach to read`);
        return input;
    }
  }

  /** Sets the waypoints: the centres of the cells where the path turns, and its end. */
  private startWalk(path: CellRef[]): void {
    const g = this.engine.grid;
    const pts = path.map((c) => g.center(c.floor, c.col, c.row));
    this.waypoints = [];
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i]!;
      const a = pts[i - 1];
      const b = pts[i + 1];
      const straight =
        a && b && Math.sign(p.x - a.x) === Math.sign(b.x - p.x) && Math.sign(p.z - a.z) === Math.sign(b.z - p.z);
      if (i === 0 && pts.length > 1) continue;
      if (!straight) this.waypoints.push({ x: p.x, z: p.z });
    }
    this.wp = 0;
    this.best = Infinity;
    this.sinceBest = 0;
    this.stopRadius = BOT.stopRadius;
    if (this.phase === 'start') this.phase = 'approach';
    const p = this.engine.active.position;
    this.legX = p.x;
    this.legZ = p.z;
  }

  /** Adds walked cells to a friend's trail (kept short: only the way back to a checkpoint matters). */
  private trail(name: FriendName, cells: CellRef[]): void {
    const t = this.trails.get(name) ?? [];
    for (const c of cells) if (!t.length || !sameCell(t[t.length - 1]!, c)) t.push(c);
    if (t.length > BOT.trailCells) t.splice(0, t.length - BOT.trailCells);
    this.trails.set(name, t);
  }

  /** Steers along the waypoints; true once at the last one. */
  private walk(input: TickInput, stop: boolean): boolean {
    const friend = this.engine.active;
    const target = this.waypoints[this.wp];
    if (!target) return true;
    const last = this.wp === this.waypoints.length - 1;
    const d = Math.hypot(target.x - friend.position.x, target.z - friend.position.z);
    if (d < (last && stop ? this.stopRadius : BOT.passRadius)) {
      this.wp++;
      this.legX = target.x;
      this.legZ = target.z;
      this.best = Infinity;
      return this.wp >= this.waypoints.length;
    }
    if (d < this.best - 0.05) {
      this.best = d;
      this.sinceBest = 0;
    } else if ((this.sinceBest += TICK) > BOT.stuckSeconds) {
      const at = this.engine.cellOf(friend);
      const to = this.engine.grid.cellOf(target.x, target.z);
      if (!this.unstuck) {
        // Back off to the centre of the cell it stands in, then head on along the line once more.
        this.unstuck = true;
        const c = this.engine.grid.center(at.floor, at.col, at.row);
        this.waypoints.splice(this.wp, 0, { x: c.x, z: c.z });
        this.legX = friend.position.x;
        this.legZ = friend.position.z;
        this.best = Infinity;
        this.sinceBest = 0;
        return false;
      }
      this.fail(`stuck at ${describeCell(at)} on the way to [${to.col}, ${to.row}]`);
      return false;
    }
    // Keep to the line between cell centres: aim at a point a little ahead on it, so a drift sideways shrinks.
    const lx = target.x - this.legX;
    const lz = target.z - this.legZ;
    const len = Math.hypot(lx, lz);
    let aimX = target.x;
    let aimZ = target.z;
    if (len > 1e-6) {
      const along = ((friend.position.x - this.legX) * lx + (friend.position.z - this.legZ) * lz) / len;
      const ahead = Math.min(len, Math.max(0, along) + BOT.lookAhead);
      aimX = this.legX + (lx / len) * ahead;
      aimZ = this.legZ + (lz / len) * ahead;
    }
    this.face(friend, input, aimX, aimZ, null);
    input.moveY = d < BOT.slowDistance ? Math.max(BOT.slowestShare, d / BOT.slowDistance) : 1;
    input.run = d > BOT.slowDistance * 2;
    return false;
  }

  /** Turns the friend to look at a point; `y` null keeps the pitch level. */
  private face(friend: Friend, input: TickInput, x: number, z: number, y: number | null): void {
    const dx = x - friend.position.x;
    const dz = z - friend.position.z;
    input.lookYaw = wrapAngle(Math.atan2(-dx, -dz) - friend.yaw);
    const eyeY = friend.position.y + BODY.eyeOffset;
    const pitch = y === null ? 0 : Math.atan2(y - eyeY, Math.hypot(dx, dz));
    input.lookPitch = pitch - friend.pitch;
  }

  private advance(input: TickInput): TickInput {
    this.stepIndex++;
    this.phase = 'start';
    this.stepTicks = 0;
    this.waypoints = [];
    this.unstuck = false;
    this.retried = false;
    this.crossing = false;
    return input;
  }

  private fail(reason: string): void {
    if (this.failure) return;
    this.failure = { step: this.stepIndex, reason };
  }

  private slotOf(name: FriendName): number {
    return this.engine.friends.findIndex((f) => f.name === name);
  }

  private whereIs(name: FriendName): string {
    return this.lastCells.get(name) ?? '?';
  }
}

const IDLE: Readonly<TickInput> = idleInput();
/** Where the slab of the platform being ridden is, reused every tick. */
const SLAB: Flat = { x: 0, z: 0 };
/**
 * Where the bot is in playing a step: 'start' (nothing done yet), 'approach' (walking to where the step begins),
 * 'run-up' (running at the edge of a jump or dash), 'aim' (turning to a target), 'press' (pressing the button),
 * 'airborne' (in a jump or dash), 'settle' (walking onto the landing cell's centre), 'await' (waiting for the
 * engine's answer), 'wait' (standing out of reach until a doubt hazard's patrol comes round to a walk's window), 'retreat' (walking back along the trail after a fall, to try the leap again), 'board' (beside a
 * moving platform, waiting for it and stepping on), 'aboard' (carried on it, then stepping off).
 */
type Phase =
  | 'start'
  | 'approach'
  | 'run-up'
  | 'aim'
  | 'press'
  | 'airborne'
  | 'settle'
  | 'await'
  | 'retreat'
  | 'board'
  | 'aboard'
  | 'wait';
/** Ticks to wait for the engine to answer a skill before calling it lost. */
const AWAIT_TICKS = 7;

/** Whether a door, a false wall or a cracked wall stands on the cell: a run-up over it is never counted. */
function holdsPassage(level: Level, c: CellRef): boolean {
  return level.entities.some(
    (e) =>
      (e.type === 'door' || e.type === 'false-wall' || e.type === 'cracked-wall') &&
      e.floor === c.floor &&
      e.at[0] === c.col &&
      e.at[1] === c.row,
  );
}

/** The cells of a walk's leg: from its start or a wait to the next wait or its end. */
function legOf(step: Extract<PlanStep, { kind: 'walk' }>, leg: number): CellRef[] {
  const bounds = [0, ...(step.waits ?? []).map((w) => w.at), step.path.length - 1];
  return step.path.slice(bounds[leg], bounds[leg + 1]! + 1);
}

/** Whether a patrol clock just came round to `at`: within the tick after it (the clock moves a tick at a time). */
function windowOpen(clock: number, at: number, period: number): boolean {
  const past = (((clock - at) % period) + period) % period;
  return past < TICK;
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.floor === b.floor && a.col === b.col && a.row === b.row;
}
