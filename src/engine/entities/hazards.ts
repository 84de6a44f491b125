// Doubt hazards: they patrol their loop at an even pace and drain the lucidity of friends near them.
import type { EntityOf } from '../../core/schema';
import type { Grid } from '../../core/grid';
import { TICK } from '../../core/tuning';

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
  private readonly xs: number[] = [];
  private readonly zs: number[] = [];
  /** Distance along the loop at each point. */
  private readonly along: number[] = [0];

  constructor(entity: EntityOf<'doubt-hazard'>, grid: Grid) {
    this.entity = entity;
    this.y = grid.heights[entity.floor] ?? 0;
    for (const [col, row] of [entity.at, ...entity.loop, entity.at]) {
      const c = grid.center(entity.floor, col, row);
      const n = this.xs.length;
      if (n > 0) this.along.push(this.along[n - 1]! + Math.hypot(c.x - this.xs[n - 1]!, c.z - this.zs[n - 1]!));
      this.xs.push(c.x);
      this.zs.push(c.z);
    }
    this.place();
    this.previousX = this.x;
    this.previousZ = this.z;
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
    const total = this.along[this.along.length - 1]!;
    if (total <= 0) {
      this.x = this.xs[0]!;
      this.z = this.zs[0]!;
      return;
    }
    const d = (this.time / this.entity.period) * total;
    let i = 1;
    while (i < this.along.length - 1 && this.along[i]! < d) i++;
    const d0 = this.along[i - 1]!;
    const seg = this.along[i]! - d0;
    const t = seg > 0 ? (d - d0) / seg : 0;
    this.x = this.xs[i - 1]! + (this.xs[i]! - this.xs[i - 1]!) * t;
    this.z = this.zs[i - 1]! + (this.zs[i]! - this.zs[i - 1]!) * t;
  }

  snapshot(): { x: number; z: number; frozenLeft: number } {
    return { x: this.x, z: this.z, frozenLeft: this.frozenLeft };
  }
}
