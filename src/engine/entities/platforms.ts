// Moving platforms: a kinematic slab shuttling between `at` and `to` and back once a period, while active.
import type * as CANNON from 'cannon-es';
import type { EntityOf } from '../../core/schema';
import type { Grid } from '../../core/grid';
import { TICK } from '../../core/tuning';
import { cellBox } from './bodies';
import type { Reach } from './near-cells';

export class MovingPlatform {
  readonly entity: EntityOf<'moving-platform'>;
  readonly body: CANNON.Body;
  /** Switched off and standing as it stood at the last tick: a tick changes nothing, so none is run. */
  private settled = false;
  private on = false;
  /** 0–1 through the trip there and back. */
  phase = 0;
  /** Where the slab was at the tick before, for drawing between ticks. */
  previousX: number;
  previousZ: number;
  private readonly ax: number;
  private readonly az: number;
  private readonly dx: number;
  private readonly dz: number;

  constructor(entity: EntityOf<'moving-platform'>, world: CANNON.World, grid: Grid) {
    this.entity = entity;
    this.active = entity.active;
    this.body = cellBox(world, grid, entity.floor, entity.at[0], entity.at[1], entity.at[0], entity.at[1], 0, true);
    this.ax = this.body.position.x;
    this.az = this.body.position.z;
    this.previousX = this.ax;
    this.previousZ = this.az;
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
    return this.on;
  }

  set active(on: boolean) {
    this.on = on;
    this.settled = false;
  }

  /** Before the physics step: the velocity that brings the slab to where it must be after this tick. */
  tick(): void {
    if (this.settled) return;
    const v = this.body.velocity;
    this.previousX = this.body.position.x;
    this.previousZ = this.body.position.z;
    if (!this.on) {
      v.set(0, 0, 0);
      // Standing still now: its place, its last place and its velocity stay as they are until it is switched.
      this.settled = true;
      return;
    }
    this.phase += TICK / this.entity.period;
    if (this.phase >= 1) this.phase -= 1;
    const u = this.phase < 0.5 ? this.phase * 2 : 2 - this.phase * 2;
    const p = this.body.position;
    v.set((this.ax + this.dx * u - p.x) / TICK, 0, (this.az + this.dz * u - p.z) / TICK);
  }
}
