// The self-doubt boss as a state machine: shrouded until Noah's diagnosis reaches it, then cores over the void that
// Leo's overclock breaks (from Mia's bridges), then the loop — Ava reprograms the cycle nodes while doubt waves throw
// the friends back and whispers blur sight and swap left and right — and at last broken, which opens the exit.
import type { Entity, EntityOf } from '../core/schema';
import type { Grid } from '../core/grid';
import { BODY, BOSS, TICK } from '../core/tuning';
import type { EventSink } from './events';
import type { Friend } from './friend';
import type { DiagnoseFinding, EntityView } from './skills/types';

export type BossPhase = 'shrouded' | 'cores' | 'loop' | 'broken';
export const BOSS_PHASES: readonly BossPhase[] = ['shrouded', 'cores', 'loop', 'broken'];

/** What the boss needs of the party: the friends (bodies to throw back) and who the player controls. */
export interface BossParty {
  readonly friends: readonly Friend[];
  readonly active: Friend;
}

interface Core {
  entity: EntityOf<'boss-core'>;
  x: number;
  y: number;
  z: number;
  broken: boolean;
}

interface CycleNode {
  entity: EntityOf<'cycle-node'>;
  done: boolean;
}

/** A doubt wave's ring as it spreads, for drawing. */
export interface DoubtWave {
  x: number;
  z: number;
  radius: number;
  /** The radius at the tick before, for drawing between ticks. */
  previousRadius: number;
  /** 0 when thrown, 1 when it reaches the boss's reach and fades. */
  progress: number;
}

/** What changes, for comparing runs and checking replays. */
export interface BossSnapshot {
  phase: BossPhase;
  cores: string[];
  nodes: string[];
  waveIn: number;
  whisperIn: number;
  whisperLeft: number;
}

export class Boss {
  readonly entity: EntityOf<'boss'>;
  phase: BossPhase = 'shrouded';
  /** Centre of the figure's feet in the world. */
  readonly x: number;
  readonly y: number;
  readonly z: number;
  readonly cores: readonly Core[];
  readonly nodes: readonly CycleNode[];
  /** Seconds left of the whisper now: while above 0, sight is blurred and left and right are swapped. */
  whisperLeft = 0;
  /** The doubt wave spreading now, or null. */
  wave: DoubtWave | null = null;
  private readonly waveState: DoubtWave = { x: 0, z: 0, radius: 0, previousRadius: 0, progress: 0 };
  private waveIn: number = BOSS.firstWave;
  private whisperIn: number = BOSS.firstWhisper;
  private readonly reachMetres: number;
  /** Whispers said so far: the level's lines are whispered in turn. */
  private whispered = 0;
  /** The dash that was already told the boss is shrouded, so it is said once a dash. */
  private toldDash: object | null = null;

  /** The level's boss, or null when it has none. */
  static of(grid: Grid, entities: readonly Entity[], party: BossParty, events: EventSink): Boss | null {
    const entity = entities.find((e): e is EntityOf<'boss'> => e.type === 'boss');
    return entity ? new Boss(entity, grid, entities, party, events) : null;
  }

  constructor(
    entity: EntityOf<'boss'>,
    private readonly grid: Grid,
    entities: readonly Entity[],
    private readonly party: BossParty,
    private readonly events: EventSink,
  ) {
    this.entity = entity;
    const c = grid.center(entity.floor, entity.at[0], entity.at[1]);
    this.x = c.x;
    this.y = c.y;
    this.z = c.z;
    const byId = new Map(entities.map((e) => [e.id, e]));
    this.cores = entity.cores.flatMap((id) => {
      const e = byId.get(id);
      if (e?.type !== 'boss-core') return [];
      const p = grid.center(e.floor, e.at[0], e.at[1]);
      return [{ entity: e, x: p.x, y: p.y + BOSS.coreHeight, z: p.z, broken: false }];
    });
    this.nodes = entity.nodes.flatMap((id) => {
      const e = byId.get(id);
      return e?.type === 'cycle-node' ? [{ entity: e, done: false }] : [];
    });
    this.reachMetres = entity.reach * grid.cellSize;
  }

  get broken(): boolean {
    return this.phase === 'broken';
  }

  /** Whether sight is blurred now (the view reads this). */
  get blurred(): boolean {
    return this.whisperLeft > 0;
  }

  /** Whether left and right are swapped for the friend the player controls now. */
  get swapped(): boolean {
    return this.whisperLeft > 0;
  }

  /** The cycle node Ava must reprogram next (the first not done when order matters), or null. */
  nextNode(): EntityOf<'cycle-node'> | null {
    return this.nodes.find((n) => !n.done)?.entity ?? null;
  }

  /** Noah's scan pulse from a point: lifts the shroud when it reaches the boss or one of its cores. */
  reveal(x: number, y: number, z: number, radius: number, found: DiagnoseFinding[]): void {
    if (this.phase !== 'shrouded') return;
    let nearest = Math.hypot(this.x - x, this.y - y, this.z - z);
    for (const c of this.cores) nearest = Math.min(nearest, Math.hypot(c.x - x, c.y - BOSS.coreHeight - y, c.z - z));
    if (nearest > radius) return;
    found.push({ id: this.entity.id, type: 'boss', distance: Math.round(nearest * 10) / 10 });
    for (const c of this.cores)
      found.push({
        id: c.entity.id,
        type: 'boss-core',
        distance: Math.round(Math.hypot(c.x - x, c.y - BOSS.coreHeight - y, c.z - z) * 10) / 10,
      });
    this.enter('cores');
  }

  /** Ava's reprogramming of a cycle node; why not, or null when it took. */
  reprogram(nodeId: string): string | null {
    const node = this.nodes.find((n) => n.entity.id === nodeId);
    if (!node) return `"${nodeId}" is not a node of the cycle`;
    if (this.phase === 'shrouded') return 'the cycle is hidden in the shroud: Noah must diagnose the boss first';
    if (this.phase === 'cores') {
      const left = this.cores.filter((c) => !c.broken).length;
      return `the cycle is sealed while ${left} ${left === 1 ? 'core holds' : 'cores hold'} it: Mia bridges out, Leo breaks ${left === 1 ? 'it' : 'them'}`;
    }
    if (this.phase === 'broken') return 'the cycle is already broken';
    if (node.done) return `"${nodeId}" is already rewritten`;
    const next = this.nextNode();
    if (this.entity.ordered && next && next.id !== nodeId) return `the cycle resists: rewrite "${next.id}" first`;
    node.done = true;
    const done = this.nodes.filter((n) => n.done).length;
    this.events.emit({ type: 'cycle-node', id: nodeId, done, of: this.nodes.length });
    if (done === this.nodes.length) {
      this.events.emit({ type: 'cycle-broken', id: this.entity.id });
      this.enter('broken');
    }
    return null;
  }

  /** Breaks a core (Leo's dash into it, or skipping a puzzle); the last one starts the loop. */
  breakCore(id: string): void {
    const core = this.cores.find((c) => c.entity.id === id);
    if (!core || core.broken || this.phase !== 'cores') return;
    core.broken = true;
    const left = this.cores.filter((c) => !c.broken).length;
    this.events.emit({ type: 'core-broken', id, left });
    if (left === 0) this.enter('loop');
  }

  /** Before the friends move: Leo's dash into a core, doubt waves and whispers. */
  beforePhysics(): void {
    for (const friend of this.party.friends) if (friend.boost) this.dashInto(friend);
    if (this.phase !== 'loop') return;
    this.waveIn -= TICK;
    if (this.waveIn <= 0) {
      this.waveIn += this.entity.waveEvery;
      this.throwWave();
    }
    this.whisperIn -= TICK;
    if (this.whisperIn <= 0) {
      this.whisperIn += this.entity.whisperEvery;
      this.whisperLeft = this.entity.whisperSeconds;
      const lines = this.entity.whispers;
      const line = lines[this.whispered++ % Math.max(1, lines.length)];
      this.events.emit(
        line
          ? { type: 'whisper', seconds: this.entity.whisperSeconds, line }
          : { type: 'whisper', seconds: this.entity.whisperSeconds },
      );
    }
  }

  /** After the physics step: the wave spreads and throws back whoever it passes; the whisper fades. */
  afterPhysics(): void {
    if (this.whisperLeft > 0) this.whisperLeft = Math.max(0, this.whisperLeft - TICK);
    const w = this.wave;
    if (!w) return;
    const before = w.radius;
    w.previousRadius = before;
    w.radius = Math.min(this.reachMetres, w.radius + BOSS.waveSpeed * TICK);
    w.progress = w.radius / this.reachMetres;
    for (const friend of this.party.friends) {
      const p = friend.position;
      if (Math.abs(p.y - BODY.radius - this.y) > BOSS.heightReach) continue;
      const d = Math.hypot(p.x - w.x, p.z - w.z);
      if (d <= before || d > w.radius) continue;
      // Thrown away from the boss and off the ground, so the push carries instead of being walked off at once.
      // Over the void (on Mia's light bridge) the bridge holds them: a stagger, not a throw into the abyss.
      const v = friend.body.velocity;
      const cs = this.grid.cellSize;
      const onBridge = this.grid.terrain(this.entity.floor, Math.floor(p.x / cs), Math.floor(p.z / cs)) === 'void';
      const k = d > 1e-6 && !onBridge ? BOSS.knockSpeed / d : 0;
      v.x += (p.x - w.x) * k;
      v.z += (p.z - w.z) * k;
      v.y = Math.max(v.y, BOSS.knockLift);
    }
    if (w.progress >= 1) this.wave = null;
  }

  /** The drawn state of its parts: a core shows once revealed until broken; a node glows once rewritten. */
  view(e: Entity, v: EntityView): void {
    if (e.type === 'boss') {
      v.visible = true;
      v.active = this.phase !== 'shrouded';
      v.progress = BOSS_PHASES.indexOf(this.phase) / (BOSS_PHASES.length - 1);
    } else if (e.type === 'boss-core') {
      const core = this.cores.find((c) => c.entity === e);
      v.y = core ? core.y : v.y;
      v.visible = this.phase !== 'shrouded' && !!core && !core.broken;
      v.active = !!core?.broken;
    } else if (e.type === 'cycle-node') {
      const node = this.nodes.find((n) => n.entity === e);
      v.active = !!node?.done;
      // Nodes wake when the loop begins.
      v.progress = this.phase === 'loop' || this.phase === 'broken' ? 1 : 0;
    }
  }

  snapshot(): BossSnapshot {
    return {
      phase: this.phase,
      cores: this.cores.filter((c) => c.broken).map((c) => c.entity.id),
      nodes: this.nodes.filter((n) => n.done).map((n) => n.entity.id),
      waveIn: Math.round(this.waveIn * 1000) / 1000,
      whisperIn: Math.round(this.whisperIn * 1000) / 1000,
      whisperLeft: Math.round(this.whisperLeft * 1000) / 1000,
    };
  }

  private enter(phase: BossPhase): void {
    this.phase = phase;
    if (phase === 'loop') {
      this.waveIn = BOSS.firstWave;
      this.whisperIn = BOSS.firstWhisper;
    }
    if (phase === 'broken') {
      this.whisperLeft = 0;
      this.wave = null;
    }
    this.events.emit({ type: 'boss-phase', id: this.entity.id, phase });
  }

  private throwWave(): void {
    const w = this.waveState;
    w.x = this.x;
    w.z = this.z;
    w.radius = 0;
    w.previousRadius = 0;
    w.progress = 0;
    this.wave = w;
    this.events.emit({ type: 'doubt-wave', x: this.x, z: this.z });
  }

  /** Leo's dash breaks a core just ahead of him (once the shroud is lifted) and stops him in its cell. */
  private dashInto(friend: Friend): void {
    const b = friend.boost!;
    const len = Math.hypot(b.vx, b.vz);
    if (len < 1e-6) return;
    const p = friend.position;
    const reach = BODY.radius + BOSS.coreReach;
    const ax = p.x + (b.vx / len) * reach;
    const az = p.z + (b.vz / len) * reach;
    const half = this.grid.cellSize / 2;
    for (const core of this.cores) {
      if (core.broken || Math.abs(p.y - BODY.radius - (core.y - BOSS.coreHeight)) > BOSS.heightReach) continue;
      if (Math.abs(ax - core.x) > half || Math.abs(az - core.z) > half) continue;
      if (this.phase === 'shrouded') {
        if (this.toldDash !== b) {
          this.toldDash = b;
          this.events.emit({
            type: 'skill-failed',
            friend: friend.name,
            skill: 'overclock',
            reason: "the boss is shrouded: Noah's diagnosis must reach it first",
          });
        }
        continue;
      }
      // Breaking a core spends the dash: Leo stops where it floated instead of flying on off the bridge.
      b.seconds = Math.min(b.seconds, Math.hypot(core.x - p.x, core.z - p.z) / len);
      this.breakCore(core.entity.id);
    }
  }
}
