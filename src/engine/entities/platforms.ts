// Moving platforms: a kinematic slab shuttling between `at` and `to` and back once a period, while active.
// A platform's place is a function of its clock (its phase) alone. The clocks of all the level's platforms run on
// in one array every tick; only the slabs whose trip passes near a friend are moved in the physics. The others are
// parked where they last stood, and are placed by their clock when a friend comes near. Every place is exactly
// the clock's, so a slab parked and placed again stands where it would have stood had it moved all along.
import type * as CANNON from 'cannon-es';
import type { EntityOf } from '../../core/schema';
import type { Grid } from '../../core/grid';
import { TICK } from '../../core/tuning';
import { empty, keptArray } from '../physics/kept-array';
import { moveOnlyKinematic } from '../physics/moving-kinematic';
import { cellBox } from './bodies';
import type { NearCells, Reach } from './near-cells';

/** Where on its trip a platform is at a phase: 0 at `at`, 1 at `to` (half way through the period), back at 0. */
function along(phase: number): number {
  return phase < 0.5 ? phase * 2 : 2 - phase * 2;
}

export class MovingPlatform {
  readonly entity: EntityOf<'moving-platform'>;
  readonly body: CANNON.Body;
  /** Its place in the level's platforms (and their clocks). */
  readonly index: number;
  private readonly clocks: PlatformClocks;
  private readonly ax: number;
  private readonly az: number;
  private readonly dx: number;
  private readonly dz: number;

  constructor(entity: EntityOf<'moving-platform'>, world: CANNON.World, grid: Grid, clocks: PlatformClocks) {
    this.entity = entity;
    this.clocks = clocks;
    this.index = clocks.add(this, entity);
    this.body = cellBox(world, grid, entity.floor, entity.at[0], entity.at[1], entity.at[0], entity.at[1], 0, true);
    this.ax = this.body.position.x;
    this.az = this.body.position.z;
    this.dx = (entity.to[0] - entity.at[0]) * grid.cellSize;
    this.dz = (entity.to[1] - entity.at[1]) * grid.cellSize;
  }

  /** The ground within `reach` metres of the slab's centre wherever it is on its trip. */
  trip(reach: number, out: Reach): void {
    out.minX = Math.min(this.ax, this.ax + this.dx) - reach;
    out.maxX = Math.max(this.ax, this.ax + this.dx) + reach;
    out.minZ = Math.min(this.az, this.az + this.dz) - reach;
    out.maxZ = Math.max(this.az, this.az + this.dz) + reach;
  }

  /** Shuttling; switched (Ava's nodes), it moves on from where it stands. */
  get active(): boolean {
    return this.clocks.on[this.index] === 1;
  }

  set active(on: boolean) {
    this.clocks.on[this.index] = on ? 1 : 0;
  }

  /** 0–1 through the trip there and back. */
  get phase(): number {
    return this.clocks.phase[this.index]!;
  }

  /** Where the slab's centre stands now (parked or not). */
  get x(): number {
    return this.xAt(this.phase);
  }

  get z(): number {
    return this.zAt(this.phase);
  }

  /** Where it stood at the tick before, for drawing between ticks. */
  get previousX(): number {
    return this.xAt(this.clocks.phaseBefore[this.index]!);
  }

  get previousZ(): number {
    return this.zAt(this.clocks.phaseBefore[this.index]!);
  }

  xAt(phase: number): number {
    return this.ax + this.dx * along(phase);
  }

  zAt(phase: number): number {
    return this.az + this.dz * along(phase);
  }
}

/** The clocks of a level's platforms, and which slabs move in the physics this tick. */
export class PlatformClocks {
  readonly platforms: MovingPlatform[] = [];
  /** Per platform: its phase now and at the tick before, what a tick adds to it, and whether it runs. */
  readonly phase: Float64Array;
  readonly phaseBefore: Float64Array;
  private readonly step: Float64Array;
  readonly on: Uint8Array;
  /** Per platform: 1 while its slab moves in the physics. */
  private readonly moving: Uint8Array;
  /** The platforms whose slabs move in the physics this tick, by index, and their bodies. */
  private readonly near = keptArray<number>();
  private readonly bodies = keptArray<CANNON.Body>();
  private readonly world: CANNON.World;

  /** Clocks for the `count` platforms of a level, each added once by its MovingPlatform. */
  constructor(world: CANNON.World, count: number) {
    this.world = world;
    this.phase = new Float64Array(count);
    this.phaseBefore = new Float64Array(count);
    this.step = new Float64Array(count);
    this.on = new Uint8Array(count);
    this.moving = new Uint8Array(count);
  }

  add(platform: MovingPlatform, entity: EntityOf<'moving-platform'>): number {
    const i = this.platforms.length;
    this.platforms.push(platform);
    this.step[i] = TICK / entity.period;
    this.on[i] = entity.active ? 1 : 0;
    return i;
  }

  /**
   * Before the physics step: every clock runs on, and the slabs whose trips pass near a friend (`cells` gathered
   * around the friends) move there, each with the velocity that brings it to its clock's place by the tick's end.
   * A slab no friend is near any longer stands where it is; one a friend comes near is first placed by its clock.
   */
  tick(cells: NearCells<MovingPlatform>): void {
    const n = this.platforms.length;
    const phase = this.phase;
    const moving = this.moving;
    const near = this.near;
    // Slabs no friend is near any longer are parked: still, where their clock put them at the last tick.
    for (let k = 0; k < near.length; k++) {
      const i = near[k]!;
      if (!cells.has(i)) {
        moving[i] = 0;
        this.platforms[i]!.body.velocity.set(0, 0, 0);
      }
    }
    empty(near);
    empty(this.bodies);
    for (let k = 0; k < cells.count; k++) {
      const i = cells.found[k]!;
      const body = this.platforms[i]!.body;
      if (moving[i] === 0) {
        // Placed where its clock has it, as if it had moved all along.
        moving[i] = 1;
        const p = this.platforms[i]!;
        body.position.x = p.xAt(phase[i]!);
        body.position.z = p.zAt(phase[i]!);
        body.previousPosition.copy(body.position);
        body.velocity.set(0, 0, 0);
        body.aabbNeedsUpdate = true;
      }
      near.push(i);
      this.bodies.push(body);
    }
    this.phaseBefore.set(phase);
    const step = this.step;
    const on = this.on;
    for (let i = 0; i < n; i++) {
      if (on[i] === 0) continue;
      let f = phase[i]! + step[i]!;
      if (f >= 1) f -= 1;
      phase[i] = f;
    }
    for (let k = 0; k < near.length; k++) {
      const i = near[k]!;
      const p = this.platforms[i]!;
      const body = p.body;
      if (on[i] === 0) {
        body.velocity.set(0, 0, 0);
        continue;
      }
      const at = body.position;
      body.velocity.set((p.xAt(phase[i]!) - at.x) / TICK, 0, (p.zAt(phase[i]!) - at.z) / TICK);
    }
    moveOnlyKinematic(this.world, this.bodies);
  }

  /** Every slab parked where it stands, and the clocks stopped (until the next tick). */
  hold(): void {
    const near = this.near;
    for (let k = 0; k < near.length; k++) {
      this.moving[near[k]!] = 0;
      this.platforms[near[k]!]!.body.velocity.set(0, 0, 0);
    }
    empty(near);
    empty(this.bodies);
    this.phaseBefore.set(this.phase);
    moveOnlyKinematic(this.world, this.bodies);
  }

  /** After the physics step: each moving slab stands exactly at its clock's place (not a rounding off it). */
  afterStep(): void {
    const near = this.near;
    const phase = this.phase;
    for (let k = 0; k < near.length; k++) {
      const i = near[k]!;
      if (this.on[i] === 0) continue;
      const p = this.platforms[i]!;
      p.body.position.x = p.xAt(phase[i]!);
      p.body.position.z = p.zAt(phase[i]!);
    }
  }
}
