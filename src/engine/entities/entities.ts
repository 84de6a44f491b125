// The level's entities at play: checkpoints and the exit now; doors, plates, nodes, bridges and hazards hang here too.
import type { Entity, EntityOf } from '../../levels/schema';
import type { Engine } from '../engine';
import type { TickInput } from '../input';

export interface Pressed {
  jump: boolean;
  skill: boolean;
  interact: boolean;
}

export class Entities {
  readonly byId = new Map<string, Entity>();
  /** Ids of fragments the party has read. */
  readonly read = new Set<string>();
  /** Id of the checkpoint last reached. */
  checkpointId: string | null = null;
  private readonly engine: Engine;

  constructor(engine: Engine) {
    this.engine = engine;
    for (const e of engine.level.entities) this.byId.set(e.id, e);
  }

  all<T extends Entity['type']>(type: T): EntityOf<T>[] {
    return this.engine.level.entities.filter((e): e is EntityOf<T> => e.type === type);
  }

  /** Before the physics step: skills and interactions of the active friend. */
  beforePhysics(_input: TickInput, _pressed: Pressed): void {}

  /** After the physics step: what friends now stand on or near. */
  afterPhysics(): void {
    const engine = this.engine;
    for (const friend of engine.friends) {
      const cell = engine.cellOf(friend);
      for (const cp of this.all('checkpoint')) {
        if (cp.id !== this.checkpointId && sameCell(cell, cp)) {
          this.checkpointId = cp.id;
          engine.checkpoint = { floor: cp.floor, col: cp.at[0], row: cp.at[1] };
          engine.emit({ type: 'checkpoint', id: cp.id });
        }
      }
    }
    const cell = engine.cellOf(engine.active);
    for (const exit of this.all('exit')) {
      if (!sameCell(cell, exit)) continue;
      const missing = this.all('fragment')
        .filter((f) => f.required && !this.read.has(f.id))
        .map((f) => f.id);
      if (missing.length === 0) engine.complete();
    }
  }

  snapshot(): Record<string, unknown> {
    return { checkpoint: this.checkpointId, read: [...this.read].sort() };
  }
}

export function sameCell(cell: { floor: number; col: number; row: number }, e: { floor: number; at: [number, number] }): boolean {
  return cell.floor === e.floor && cell.col === e.at[0] && cell.row === e.at[1];
}
