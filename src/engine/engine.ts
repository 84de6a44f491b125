// The game without a screen: a deterministic fixed-step simulation of one level.
// `new Engine(level)`, then `step(input)` for one tick or `frame(seconds, source)` for a frame of real time.
import type * as CANNON from 'cannon-es';
import type { FriendName, Level } from '../core/schema';
import { CameraRig } from './camera';
import { EventQueue, type GameEvent } from './events';
import { WAKE_DISTANCE, WAKE_HEIGHT, type Friend } from './friend';
import { Grid, type CellRef } from '../core/grid';
import { idleInput, type EngineCommand, type InputSource, type TickInput } from './tick-input';
import { teleportActive } from './teleport';
import type { TeleportVerdict } from '../core/teleport';
import { buildLevelBodies, createWorld } from './physics/world';
import { Entities, type EntitiesSnapshot, type Pressed } from './entities/entities';
import { Party, type WakeCause } from './party';
import { useContactPairs } from './physics/contact-pairs';
import { stepWorld } from './physics/step';
import { stillColumns } from './physics/still-columns';
import { Skills } from './skills/skills';
import type { Boss } from './boss';
import { Hints } from './hints';
import { liveStateOf, skipTo } from './assist';
import type { LiveState } from '../core/live-state';
import type { PlanStep } from '../core/plan';
import type { Prompt, SkillStatus } from './skills/types';
import { BODY, CAMERA, MAX_FRAME_SECONDS, MOVE, TICK } from '../core/tuning';

/** Bump when a change makes the same inputs play differently: replays of older versions are then refused. */
export const ENGINE_VERSION = 4;

export interface EngineOptions {
  /** Seconds the camera glides to a newly chosen friend; 0 cuts at once (a setting). */
  switchGlide?: number;
  /** Assist: doubt hazards do not drain lucidity. */
  noLucidityLoss?: boolean;
}

export type EngineStatus = 'playing' | 'complete';

/** A plain copy of everything that changes, for comparing runs and saving replays. */
export interface EngineSnapshot {
  tick: number;
  active: number;
  status: EngineStatus;
  /** Per friend: in the party yet (a friend who starts `found` joins when the party reaches them). */
  joined: boolean[];
  friends: {
    name: FriendName;
    p: [number, number, number];
    v: [number, number, number];
    yaw: number;
    pitch: number;
    lucidity: number;
  }[];
  entities: EntitiesSnapshot;
}

export class Engine {
  readonly level: Level;
  readonly grid: Grid;
  readonly world: CANNON.World;
  readonly friends: Friend[];
  /** The friends with who is active and where they wake: what entities and skills are handed instead of the engine. */
  readonly party: Party;
  readonly camera: CameraRig;
  readonly entities: Entities;
  readonly skills: Skills;
  /** Tutorial prompts near the active friend. */
  readonly hints: Hints;
  /** How many boxes the static labyrinth became. */
  readonly levelShapes: number;
  /** How many static bodies (chunks of cells) hold those boxes. */
  readonly levelChunks: number;
  /** Milliseconds the level took to build. */
  readonly buildMs: number;

  tick = 0;
  status: EngineStatus = 'playing';
  /** Fraction of a tick of real time not yet simulated (0 ≤ alpha < 1), for drawing between ticks. */
  alpha = 0;
  /** Sees every tick's input before the tick runs, whatever its source: a replay recorder. */
  inputTap: ((input: TickInput) => void) | null = null;
  /** Commands applied since the last tick, for the input tap to hear with the next tick's input. */
  private taken: EngineCommand[] = [];

  private accumulator = 0;
  /** The buttons held at the last tick (copied, so a source may reuse its input object). */
  private readonly held = { jump: false, skill: false, interact: false };
  /** Whether the player asks the friend they steer to move or jump this tick (worked out before any friend moves). */
  private activeAsks = false;
  private readonly events = new EventQueue();
  /** Edges of the buttons this tick, reused so a tick allocates nothing. */
  private readonly pressed: Pressed = { jump: false, skill: false, interact: false };
  /** Below this height is the void. */
  private readonly voidHeight: number;

  constructor(level: Level, options: EngineOptions = {}) {
    const started = performance.now();
    this.level = level;
    const grid = (this.grid = new Grid(level));
    const world = (this.world = createWorld());
    useContactPairs(world);
    const built = buildLevelBodies(world, grid);
    this.levelShapes = built.shapeCount;
    this.levelChunks = built.chunks.length;
    this.voidHeight = grid.lowestHeight() - MOVE.voidDepth;
    const events = this.events;
    this.party = new Party(world, grid, level.friends, events);
    this.friends = this.party.friends;
    this.entities = new Entities(world, grid, level.entities, this.party, events);
    this.skills = new Skills({ world, grid, level }, this.party, this.entities, events);
    this.hints = new Hints(grid, level.entities, this.party, events);
    // The ground probe's columns are filed now, while the level loads, not on the first tick.
    stillColumns(world);
    this.entities.lucidityLoss = !options.noLucidityLoss;
    this.camera = new CameraRig(options.switchGlide ?? CAMERA.switchGlide);
    this.camera.update(this.active, 0, true);
    this.buildMs = performance.now() - started;
  }

  get active(): Friend {
    return this.party.active;
  }

  /** Index into `friends` of the friend the player controls. */
  get activeIndex(): number {
    return this.party.activeIndex;
  }

  set activeIndex(index: number) {
    this.party.activeIndex = index;
  }

  /** Where friends wake after the void or losing all lucidity; null means each friend's own start. */
  get checkpoint(): CellRef | null {
    return this.party.checkpoint;
  }

  set checkpoint(cell: CellRef | null) {
    this.party.checkpoint = cell;
  }

  get time(): number {
    return this.tick * TICK;
  }

  /** Runs as many fixed ticks as `seconds` of real time hold (cut to MAX_FRAME_SECONDS). Returns the ticks run. */
  frame(seconds: number, source: InputSource): number {
    const dt = Math.min(Math.max(seconds, 0), MAX_FRAME_SECONDS);
    this.accumulator += dt;
    let ticks = 0;
    // The epsilon keeps 4 ms frames and 200 ms frames landing on the same tick boundaries.
    while (this.accumulator >= TICK - 1e-9) {
      this.accumulator -= TICK;
      this.step(source.next());
      ticks++;
    }
    if (this.accumulator < 0) this.accumulator = 0;
    this.alpha = this.accumulator / TICK;
    return ticks;
  }

  /** One fixed tick of 1/60 s. */
  step(input: TickInput): void {
    if (this.taken.length > 0) {
      // Commands the player gave since the last tick were applied then; the tap hears them with this tick.
      if (this.inputTap) this.inputTap({ ...input, commands: this.taken });
      this.taken = [];
    } else {
      if (this.inputTap) this.inputTap(input);
      // A replay's commands are applied where the live game applied them: before this tick.
      const commands = input.commands;
      for (let i = 0; i < commands.length; i++) this.apply(commands[i]!);
    }
    const held = this.held;
    this.handleSwitch(input);
    const active = this.active;
    active.turn(input.lookYaw, input.lookPitch);
    const pressed = this.pressed;
    pressed.jump = input.jump && !held.jump;
    pressed.skill = input.skill && !held.skill;
    pressed.interact = input.interact && !held.interact;
    const playing = this.status === 'playing';
    // Only the friend the player controls uses a skill; the others' presses never reach the engine.
    if (playing && pressed.skill) this.skills.press(active);
    if (playing) this.entities.beforePhysics(input, pressed);
    else this.entities.holdPlatforms();
    // A whisper swaps left and right for whoever the player controls, the bot included.
    const steer = this.entities.boss?.swapped ? swapLeftRight(input) : input;
    const friends = this.friends;
    this.activeAsks = playing && (pressed.jump || steer.moveX !== 0 || steer.moveY !== 0);
    for (let i = 0; i < friends.length; i++) {
      const friend = friends[i]!;
      const mine = playing && friend === active;
      const intent = mine ? steer : null;
      const jump = mine && pressed.jump;
      const asks = jump || (intent !== null && (intent.moveX !== 0 || intent.moveY !== 0));
      if (friend.resting) {
        if (!asks && !this.disturbed(friend)) continue;
        friend.wake();
      }
      friend.control(this.world, intent, jump);
      // Idle friends sleep: the physics skips a friend standing still on still ground until something wakes it.
      if (!asks && friend.canRest() && !this.disturbed(friend)) friend.rest();
    }
    stepWorld(this.world, TICK);
    this.entities.afterStep();
    this.tick++;
    for (let i = 0; i < friends.length; i++) {
      const friend = friends[i]!;
      if (friend.position.y - BODY.radius < this.voidHeight) this.party.wake(friend, 'void');
    }
    if (playing) {
      this.party.findFriends();
      this.entities.afterPhysics();
      this.hints.tick(input, pressed);
      if (this.entities.exitReached) this.complete();
    }
    this.skills.tick(TICK);
    // A friend who woke elsewhere is cut to, not glided to.
    this.camera.update(this.active, TICK, this.party.takeActiveWoke());
    held.jump = input.jump;
    held.skill = input.skill;
    held.interact = input.interact;
  }

  /**
   * Whether an awake friend moves or is about to: the one the player steers, or any that could not rest now. Two
   * idle friends standing side by side disturb neither: each rests, as the player walks away from them.
   */
  private stirs(friend: Friend): boolean {
    if (friend.resting) return false;
    if (friend === this.active && this.activeAsks) return true;
    return !friend.canRest();
  }

  /** Something near a friend moves, or pushed it: it must not sleep through it. */
  private disturbed(friend: Friend): boolean {
    const v = friend.body.velocity;
    if (friend.resting && (v.x !== 0 || v.y !== 0 || v.z !== 0)) return true;
    if (friend.boost) return true;
    const p = friend.position;
    const near = WAKE_DISTANCE * WAKE_DISTANCE;
    const friends = this.friends;
    for (let i = 0; i < friends.length; i++) {
      const other = friends[i]!;
      if (other === friend || !this.stirs(other)) continue;
      const o = other.position;
      const dx = o.x - p.x;
      const dz = o.z - p.z;
      if (dx * dx + dz * dz < near && Math.abs(o.y - p.y) < WAKE_HEIGHT) return true;
    }
    const reach = this.grid.cellSize + WAKE_DISTANCE;
    // Only platforms whose trip passes near the friend's cell can come near it.
    const nearby = this.entities.platformCells;
    nearby.begin();
    if (!nearby.add(p.x, p.z)) nearby.all();
    const platforms = nearby.items;
    for (let k = 0; k < nearby.count; k++) {
      const platform = platforms[nearby.found[k]!]!;
      if (!platform.active) continue;
      const o = platform.body.position;
      const dx = o.x - p.x;
      const dz = o.z - p.z;
      if (dx * dx + dz * dz < reach * reach && Math.abs(o.y - p.y) < WAKE_HEIGHT) return true;
    }
    return false;
  }

  /** The friend's skill with its cooldown (and Mia's bridges standing), for the HUD. */
  skillStatus(friend: Friend): SkillStatus {
    return this.skills.status(friend);
  }

  /** The thing at the active friend's crosshair it could act on ("Click — build bridge", "E — read fragment"). */
  prompt(): Prompt | null {
    return this.skills.prompt();
  }

  /** Takes the events of the ticks since the last call (the same empty array when there were none). */
  drainEvents(): readonly GameEvent[] {
    return this.events.drain();
  }

  /** Events not drained yet (at most a bounded number: the oldest go first). */
  get pendingEvents(): number {
    return this.events.size;
  }

  emit(event: GameEvent): void {
    this.events.emit(event);
  }

  /** The cell a friend stands in (the floor whose height is nearest below the feet). */
  cellOf(friend: Friend): CellRef {
    return this.party.cellOf(friend);
  }

  /** Sends a friend back to the last checkpoint (or its start) with full lucidity. */
  wake(friend: Friend, cause: WakeCause): void {
    this.party.wake(friend, cause);
    if (this.party.takeActiveWoke()) this.camera.update(friend, 0, true);
  }

  complete(): void {
    if (this.status === 'complete') return;
    this.status = 'complete';
    this.emit({ type: 'complete', ticks: this.tick });
    // Leaving the level of the broken cycle is the end of the dream: the sunrise.
    if (this.entities.boss?.broken) this.emit({ type: 'epilogue' });
  }

  /** The level as it stands now, for the solver to plan from (Show the way, skipping a puzzle). */
  liveState(): LiveState {
    return liveStateOf(this.scene());
  }

  /**
   * Assist: skips to a checkpoint — the route's deeds before it (from the solver's plan from the live state) done at
   * once, each friend where the route leaves them, the player as the friend on the checkpoint. False when there is
   * no such checkpoint.
   */
  skipPuzzle(checkpointId: string, deeds: readonly PlanStep[] = []): boolean {
    return this.command({ kind: 'skip', checkpoint: checkpointId, deeds }) === true;
  }

  /** VR: moves the player's friend to the cell at (x, z) if the teleport rule allows it now; says why not. */
  teleportActive(x: number, z: number): TeleportVerdict {
    return this.command({ kind: 'teleport', x, z }) as TeleportVerdict;
  }

  /** Applies a command now, between ticks, and keeps it for the replay; what it returns is the command's result. */
  command(command: EngineCommand): boolean | TeleportVerdict {
    if (this.inputTap) this.taken.push(command);
    return this.apply(command);
  }

  private apply(command: EngineCommand): boolean | TeleportVerdict {
    if (command.kind === 'teleport') return teleportActive(this, command.x, command.z);
    return this.skip(command.checkpoint, command.deeds);
  }

  private skip(checkpointId: string, deeds: readonly PlanStep[]): boolean {
    const onIt = skipTo(this.scene(), checkpointId, deeds);
    if (!onIt) return false;
    // The route lets only friends of the party act: whoever acts in the skipped deeds was found on the way.
    for (const step of deeds) {
      const index = this.party.indexOf(step.friend);
      if (index < 0 || this.party.isJoined(index)) continue;
      this.party.join(index);
      this.emit({ type: 'friend-found', friend: step.friend });
    }
    // The player goes on as the friend standing on the checkpoint.
    this.switchToFriend(onIt);
    this.camera.update(this.active, 0, true);
    return true;
  }

  private scene() {
    return { level: this.level, grid: this.grid, party: this.party, entities: this.entities, events: this.events };
  }

  /** The self-doubt boss, when the level has one. */
  get boss(): Boss | null {
    return this.entities.boss;
  }

  /** Assist: whether doubt hazards spare the friends' lucidity (a setting the player may change during play). */
  get noLucidityLoss(): boolean {
    return !this.entities.lucidityLoss;
  }

  set noLucidityLoss(on: boolean) {
    this.entities.lucidityLoss = !on;
  }

  /** Makes another friend the one the player controls (one in the party). */
  switchTo(index: number): boolean {
    if (index < 0 || index >= this.friends.length || index === this.activeIndex) return false;
    if (!this.party.isJoined(index)) return false;
    const from = this.active;
    this.party.activeIndex = index;
    this.camera.glide();
    this.emit({ type: 'switch', from: from.name, to: this.active.name });
    return true;
  }

  /** Takes control of a friend by name; a friend not in the level yet is refused with a message. */
  switchToFriend(name: FriendName): boolean {
    const index = this.party.indexOf(name);
    if (index < 0 || !this.party.isJoined(index)) {
      this.emit({ type: 'switch-refused', friend: name });
      return false;
    }
    return this.switchTo(index);
  }

  private handleSwitch(input: TickInput): void {
    if (input.switchTo !== null) this.switchToFriend(input.switchTo);
    else if (input.cycle !== 0) {
      const n = this.friends.length;
      // Tab and Q pass over friends the party has not found yet.
      let index = this.activeIndex;
      do index = (index + (input.cycle > 0 ? 1 : n - 1)) % n;
      while (index !== this.activeIndex && !this.party.isJoined(index));
      this.switchTo(index);
    }
  }

  snapshot(): EngineSnapshot {
    return {
      tick: this.tick,
      active: this.activeIndex,
      status: this.status,
      joined: [...this.party.joined],
      friends: this.friends.map((f) => ({
        name: f.name,
        p: [f.position.x, f.position.y, f.position.z],
        v: [f.body.velocity.x, f.body.velocity.y, f.body.velocity.z],
        yaw: f.yaw,
        pitch: f.pitch,
        lucidity: f.lucidity,
      })),
      entities: this.entities.snapshot(),
    };
  }
}

/** The input with left and right swapped, in a reused object so a whispered tick allocates nothing. */
const swapped: TickInput = idleInput();
function swapLeftRight(input: TickInput): TickInput {
  Object.assign(swapped, input);
  swapped.moveX = -input.moveX;
  return swapped;
}
