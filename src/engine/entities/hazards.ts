// Doubt hazards: they patrol their loop at an even pace and drain the lucidity of friends near them.
// A hazard's place is a function of its patrol clock alone, so it is worked out when asked for (by a friend near
// it, the view, a snapshot), not every tick for every hazard of the level: the same numbers, only fewer times.
import type { EntityOf } from '../../core/schema';
import type { Grid } from '../../core/grid';
import { TICK } from '../../core/tuning';
import { patrolPath, patrolPoint, type PatrolPath } from '../../core/patrol';

export class Hazard {
  readonly entity: EntityOf<'doubt-hazard'>;
  readonly y: number;
  /** Seconds Ava's freeze still holds it still and harmless. */
  frozenLeft = 0;
  private time = 0;
  /** The clock at the tick before. */
  private timeBefore = 0;
  private readonly path: PatrolPath;
  /** Its place at the clock `placedAt` (NaN: not worked out yet), and at the tick before's clock. */
  private readonly here = { x: 0, z: 0 };
  private placedAt = NaN;
  private readonly before = { x: 0, z: 0 };
  private placedBeforeAt = NaN;

  constructor(entity: EntityOf<'doubt-hazard'>, grid: Grid) {
    this.entity = entity;
    this.y = grid.heights[entity.floor] ?? 0;
    this.path = patrolPath(entity.at, entity.loop, entity.period, grid.cellSize);
  }

  /** Where it stands now. */
  get x(): number {
    return this.place().x;
  }

  get z(): number {
    return this.place().z;
  }

  /** Where it was at the tick before, for drawing between ticks. */
  get previousX(): number {
    return this.placeBefore().x;
  }

  get previousZ(): number {
    return this.placeBefore().z;
  }

  /** Seconds into its patrol loop (it stands still while frozen): the bot times a walk past it by this. */
  get clock(): number {
    return this.time;
  }

  get frozen(): boolean {
    return this.frozenLeft > 0;
  }

  tick(): void {
    // The place now, when it was worked out, is the place at the tick before from now on.
    if (this.placedAt === this.time) {
      this.before.x = this.here.x;
      this.before.z = this.here.z;
      this.placedBeforeAt = this.time;
    }
    this.timeBefore = this.time;
    if (this.frozenLeft > 0) {
      this.frozenLeft = Math.max(0, this.frozenLeft - TICK);
      return;
    }
    this.time += TICK;
    if (this.time >= this.entity.period) this.time -= this.entity.period;
  }

  private place(): { x: number; z: number } {
    if (this.placedAt !== this.time) {
      patrolPoint(this.path, this.time, this.here);
      this.placedAt = this.time;
    }
    return this.here;
  }

  private placeBefore(): { x: number; z: number } {
    if (this.placedBeforeAt !== this.timeBefore) {
      patrolPoint(this.path, this.timeBefore, this.before);
      this.placedBeforeAt = this.timeBefore;
    }
    return this.before;
  }

  snapshot(): { x: number; z: number; frozenLeft: number } {
    return { x: this.x, z: this.z, frozenLeft: this.frozenLeft };
  }
}
