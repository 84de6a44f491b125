// The bot: plays a plan in the engine as a player would, one tick of input at a time (look, move, run, jump,
// switch, skill, E). It steers to each cell's centre and says which step failed and where when it cannot go on.
import type { FriendName } from '../../levels/schema';
import { describeCell, describeStep, type Plan, type PlanStep } from '../../levels/plan';
import type { Engine } from '../engine';
import type { GameEvent } from '../events';
import { wrapAngle, type Friend } from '../friend';
import type { CellRef } from '../grid';
import { idleInput, type InputSource, type TickInput } from '../input';
import { aimPoint } from '../skills/aim';
import { BODY, BOT, TICK } from '../tuning';

export interface BotFailure {
  step: number;
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
  private phase = 0;
  private stepTicks = 0;
  private waypoints: Waypoint[] = [];
  private wp = 0;
  private best = Infinity;
  private sinceBest = 0;
  /** Events seen since the last tick. */
  private seen: GameEvent[] = [];
  /** Where each friend last stood on solid ground, to say where a fall began. */
  private readonly lastCells = new Map<FriendName, string>();

  constructor(engine: Engine, plan: Plan) {
    this.engine = engine;
    this.plan = plan;
  }

  get done(): boolean {
    return this.stepIndex >= this.plan.steps.length;
  }

  /** The events of the tick just played (playLevel passes them on after each tick). */
  notice(events: GameEvent[]): void {
    this.seen = events;
    for (const e of events) {
      if (e.type === 'respawn' && !this.failure && !this.done) {
        const why = e.cause === 'void' ? 'fell into the void' : 'lost all lucidity';
        this.fail(`${e.friend} ${why}; last stood at ${this.whereIs(e.friend)}`);
      }
    }
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
      input.switchTo = this.slotOf(step.friend);
      if (input.switchTo < 0) this.fail(`no friend "${step.friend}" in this level`);
      return input;
    }
    switch (step.kind) {
      case 'switch':
        return this.playSwitch(step.friend, input);
      case 'walk':
        if (this.phase === 0) this.startWalk(step.path);
        return this.walk(input, true) ? this.advance(input) : input;
      case 'jump':
      case 'dash':
        return this.playLeap(step, input);
      case 'skill':
        return this.playSkill(step, input);
      case 'read':
        return this.playRead(step, input);
      case 'exit':
        if (this.engine.status === 'complete') return this.advance(input);
        for (const e of this.seen) if (e.type === 'exit-locked') this.fail(`the exit is locked: fragments ${e.missing.join(', ')} not read`);
        if (this.phase === 0) this.startWalk([step.at]);
        if (this.walk(input, true)) this.fail('stood on the exit but the level did not end');
        return input;
    }
  }

  private playSwitch(friend: FriendName, input: TickInput): TickInput {
    if (this.engine.active.name === friend) return this.advance(input);
    input.switchTo = this.slotOf(friend);
    if (input.switchTo < 0) this.fail(`no friend "${friend}" in this level`);
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
      case 0: // to the centre of the cell it starts from
        this.startWalk([step.from]);
        this.phase = 1;
        return input;
      case 1:
        if (!this.walk(input, true)) return input;
        if (step.kind === 'dash' && engine.skillStatus(friend).cooldownLeft > 0) return input;
        this.phase = 2;
        return input;
      case 2: {
        // Run straight along the line, aiming far ahead so any sideways error shrinks.
        this.face(friend, input, from.x + dx * 50, from.z + dz * 50, 0);
        input.moveY = 1;
        input.run = true;
        const along = (friend.position.x - from.x) * dx + (friend.position.z - from.z) * dz;
        const lead = step.kind === 'jump' ? BOT.jumpLead : BOT.dashLead;
        if (along >= half - lead) {
          if (step.kind === 'jump') input.jump = true;
          else input.skill = true;
          this.phase = 3;
        }
        return input;
      }
      case 3: {
        // In the air (or dashing): keep going until standing in the cell it leaps to.
        for (const e of this.seen) if (e.type === 'skill-failed') this.fail(`the dash failed: ${e.reason}`);
        this.face(friend, input, to.x + dx * 50, to.z + dz * 50, 0);
        const c = engine.cellOf(friend);
        const landed = friend.ground !== null && !friend.boost && c.floor === step.to.floor;
        const past = (friend.position.x - to.x) * dx + (friend.position.z - to.z) * dz;
        input.moveY = past < 0 ? 1 : 0;
        input.run = true;
        if (landed && past > -half) {
          this.startWalk([step.to]);
          this.phase = 4;
        } else if (this.stepTicks * TICK > 4) this.fail(`did not land on ${describeCell(step.to)}`);
        return input;
      }
      default:
        return this.walk(input, true) ? this.advance(input) : input;
    }
  }

  private playSkill(step: Extract<PlanStep, { kind: 'skill' }>, input: TickInput): TickInput {
    const engine = this.engine;
    const friend = engine.active;
    switch (this.phase) {
      case 0:
        this.startWalk([step.from]);
        this.phase = 1;
        return input;
      case 1:
        if (!this.walk(input, true) || friend.speed() > 0.3) return input;
        if (engine.skillStatus(friend).cooldownLeft > 0) return input;
        this.phase = 2;
        return input;
      case 2: {
        if (step.target) {
          const e = engine.entities.byId.get(step.target);
          if (!e || (e.type !== 'bridge-anchor' && e.type !== 'code-node')) {
            this.fail(`"${step.target}" is not something to aim ${step.skill} at`);
            return input;
          }
          const p = aimPoint(engine, e);
          this.face(friend, input, p.x, p.z, p.y);
        }
        this.phase = 3;
        return input;
      }
      case 3:
        input.skill = true;
        this.phase = 4;
        return input;
      default:
        for (const e of this.seen) {
          if (e.type === 'skill-failed') this.fail(`${e.skill} failed: ${e.reason}`);
          if (e.type === 'skill' && e.friend === friend.name) return this.advance(input);
        }
        if (this.phase++ > 10) this.fail(`${step.skill} gave no answer`);
        return input;
    }
  }

  private playRead(step: Extract<PlanStep, { kind: 'read' }>, input: TickInput): TickInput {
    const engine = this.engine;
    switch (this.phase) {
      case 0:
        this.startWalk([step.from]);
        this.phase = 1;
        return input;
      case 1:
        if (this.walk(input, true)) this.phase = 2;
        return input;
      case 2:
        input.interact = true;
        this.phase = 3;
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
      const straight = a && b && Math.sign(p.x - a.x) === Math.sign(b.x - p.x) && Math.sign(p.z - a.z) === Math.sign(b.z - p.z);
      if (i === 0 && pts.length > 1) continue;
      if (!straight) this.waypoints.push({ x: p.x, z: p.z });
    }
    this.wp = 0;
    this.best = Infinity;
    this.sinceBest = 0;
    this.phase = Math.max(this.phase, 1);
  }

  /** Steers along the waypoints; true once at the last one. */
  private walk(input: TickInput, stop: boolean): boolean {
    const friend = this.engine.active;
    const target = this.waypoints[this.wp];
    if (!target) return true;
    const last = this.wp === this.waypoints.length - 1;
    const d = Math.hypot(target.x - friend.position.x, target.z - friend.position.z);
    if (d < (last && stop ? BOT.stopRadius : BOT.passRadius)) {
      this.wp++;
      this.best = Infinity;
      return this.wp >= this.waypoints.length;
    }
    if (d < this.best - 0.05) {
      this.best = d;
      this.sinceBest = 0;
    } else if ((this.sinceBest += TICK) > BOT.stuckSeconds) {
      this.fail(`stuck at ${describeCell(this.engine.cellOf(friend))} on the way to [${this.engine.grid.cellOf(target.x, target.z).col}, ${this.engine.grid.cellOf(target.x, target.z).row}]`);
      return false;
    }
    this.face(friend, input, target.x, target.z, null);
    input.moveY = d < BOT.slowDistance ? Math.max(0.3, d / BOT.slowDistance) : 1;
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
    this.phase = 0;
    this.stepTicks = 0;
    this.waypoints = [];
    return input;
  }

  private fail(reason: string): void {
    if (this.failure) return;
    const step = this.plan.steps[this.stepIndex];
    this.failure = { step: this.stepIndex, reason: `step ${this.stepIndex + 1} (${step ? describeStep(step) : 'after the last step'}): ${reason}` };
  }

  private slotOf(name: FriendName): number {
    return this.engine.friends.findIndex((f) => f.name === name);
  }

  private whereIs(name: FriendName): string {
    return this.lastCells.get(name) ?? '?';
  }
}

const IDLE: Readonly<TickInput> = idleInput();
