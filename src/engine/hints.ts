// Tutorial prompts: a hint shows while the friend the player controls is near it, and is put away for good once its
// action is done (or for now when the friend walks off). The UI puts the bound key where the text says {key}.
import type { Entity, EntityOf, HintAction } from '../core/schema';
import type { Grid } from '../core/grid';
import { BODY } from '../core/tuning';
import type { EventSink } from './events';
import type { Friend } from './friend';
import type { TickInput } from './tick-input';
import { NearCells } from './entities/near-cells';

/** What hints need of the party: who the player controls. */
export interface HintParty {
  readonly active: Friend;
}

/** The button edges of this tick. */
export interface HintPresses {
  jump: boolean;
  skill: boolean;
  interact: boolean;
}

interface Live {
  entity: EntityOf<'hint'>;
  x: number;
  z: number;
  showing: boolean;
  done: boolean;
}

const FRIEND_KEY: Partial<Record<HintAction, TickInput['switchTo']>> = {
  friend1: 'mia',
  friend2: 'noah',
  friend3: 'ava',
  friend4: 'leo',
};

/** Whether the tick's input does the action. */
export function doesAction(action: HintAction, input: TickInput, pressed: HintPresses): boolean {
  switch (action) {
    case 'move':
      return Math.abs(input.moveX) > 0.1 || Math.abs(input.moveY) > 0.1;
    case 'look':
      return input.lookYaw !== 0 || input.lookPitch !== 0;
    case 'jump':
      return pressed.jump;
    case 'run':
      return input.run && (Math.abs(input.moveX) > 0.1 || Math.abs(input.moveY) > 0.1);
    case 'skill':
      return pressed.skill;
    case 'interact':
      return pressed.interact;
    case 'switch':
      return input.switchTo !== null || input.cycle !== 0;
    case 'next':
      return input.cycle > 0;
    case 'pause':
      // The engine never sees the pause key: the UI says so with Hints.done.
      return false;
    default:
      return input.switchTo !== null && input.switchTo === FRIEND_KEY[action];
  }
}

export class Hints {
  private readonly list: Live[];
  /** The hints by the cells their reach covers. */
  private readonly near: NearCells<Live>;
  /** How many hints show now. */
  private showingCount = 0;

  constructor(
    private readonly grid: Grid,
    entities: readonly Entity[],
    private readonly party: HintParty,
    private readonly events: EventSink,
  ) {
    this.list = entities
      .filter((e): e is EntityOf<'hint'> => e.type === 'hint')
      .map((entity) => {
        const c = grid.center(entity.floor, entity.at[0], entity.at[1]);
        return { entity, x: c.x, z: c.z, showing: false, done: false };
      });
    this.near = new NearCells(grid, this.list, (h, out) => {
      const reach = h.entity.radius * grid.cellSize;
      out.minX = h.x - reach;
      out.maxX = h.x + reach;
      out.minZ = h.z - reach;
      out.maxZ = h.z + reach;
    });
  }

  /** Once a tick, after the physics step. */
  tick(input: TickInput, pressed: HintPresses): void {
    if (this.list.length === 0) return;
    const friend = this.party.active;
    const p = friend.position;
    if (this.showingCount === 0) {
      // None showing and none whose reach covers the friend's cell: nothing can change this tick.
      const near = this.near;
      near.begin();
      if (near.add(p.x, p.z) && near.count === 0) return;
    }
    const floor = this.grid.floorOfHeight(p.y - BODY.radius);
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      const h = list[i]!;
      if (h.done) continue;
      if (h.showing && doesAction(h.entity.action, input, pressed)) {
        this.finish(h, true);
        continue;
      }
      const reach = h.entity.radius * this.grid.cellSize;
      const dx = p.x - h.x;
      const dz = p.z - h.z;
      const near = floor === h.entity.floor && dx * dx + dz * dz <= reach * reach;
      if (near && !h.showing) {
        h.showing = true;
        this.showingCount++;
        const { id, action, text } = h.entity;
        this.events.emit({ type: 'hint', id, action, text });
      } else if (!near && h.showing) {
        h.showing = false;
        this.showingCount--;
        this.events.emit({ type: 'hint-done', id: h.entity.id, done: false });
      }
    }
  }

  /** An action the engine cannot see (pause) was done: the hints showing for it are put away. */
  done(action: HintAction): void {
    for (const h of this.list) if (h.showing && h.entity.action === action) this.finish(h, true);
  }

  /** Ids of the hints showing now. */
  showing(): string[] {
    return this.list.filter((h) => h.showing).map((h) => h.entity.id);
  }

  /** Ids of the hints done for good. */
  snapshot(): string[] {
    return this.list.filter((h) => h.done).map((h) => h.entity.id);
  }

  private finish(h: Live, done: boolean): void {
    if (h.showing) this.showingCount--;
    h.showing = false;
    h.done = done;
    this.events.emit({ type: 'hint-done', id: h.entity.id, done });
  }
}
