// Doubt hazards: they patrol their loop at an even pace and drain the lucidity of friends near them.
import type { EntityOf } from '../../core/schema';
import type { Grid } from '../../core/grid';
import { TICK } from '../../core/tuning';
import { patrolPath, patrolPoint, type PatrolPath } from '../../core/patrol';

export class Hazard {
  readonly entity: EntityOf<'doubt-hazard'>;
  x = 0;
  readonly y: number;
  z = 0;
  /** Where it was at the tick before, for drawing between ticks. */
  previousX = 0;
  previousZ = 0;
  /** Seconds Ava's freeze still holds it still and harmless. */
  frozenLeft = 0;
  private time = 0;
  private readonly path: PatrolPath;

  constructor(entity: EntityOf<'doubt-hazard'>, grid: Grid) {
    this.entity = entity;
    this.y = grid.heights[entity.floor] ?? 0;
    this.path = patrolPath(entity.at, entity.loop, entity.period, grid.cellSize);
    this.place();
    this.previousX = this.x;
    this.previousZ = this.z;
  }

  /** Seconds into its patrol loop (it stands still while frozen): the bot times a walk past it by this. */
  get clock(): number {
    return this.time;
  }

  get frozen(): boolean {
    return this.frozenLeft > 0;
  }

  tick(): void {
    this.previousX = this.x;
    this.previousZ = this.z;
    if (this.frozenLeft > 0) {
      this.frozenLeft = Math.max(0, this.frozenLeft - TICK);
      return;
    }
    this.time += TICK;
    if (this.time >= this.entity.period) this.time -= this.entity.period;
    this.place();
  }

  private place(): void {
    patrolPoint(this.path, this.time, this);
  }

  snapshot(): { x: number; z: number; frozenLeft: number } {
    return { x: this.x, z: this.z, frozenLeft: this.frozenLeft };
  }
}
