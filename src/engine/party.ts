// The friends in the level: who the player controls, where they wake, and which cell each stands in.
import type * as CANNON from 'cannon-es';
import type { FriendName, FriendStart } from '../core/schema';
import { DIR_YAW, type CellRef, type Grid } from '../core/grid';
import { BODY, FOUND, LUCIDITY } from '../core/tuning';
import type { EventSink } from './events';
import { Friend } from './friend';

export type WakeCause = 'void' | 'lucidity';

export class Party {
  readonly friends: Friend[];
  /** Index into `friends` of the friend the player controls. */
  activeIndex = 0;
  /** Where friends wake after the void or losing all lucidity; null means each friend's own start. */
  checkpoint: CellRef | null = null;
  /** Per friend: in the party (playable). A friend who starts `found` is false until another friend comes near. */
  readonly joined: boolean[];
  /** The active friend woke this tick, so the camera cuts instead of gliding across the level. */
  private activeWoke = false;
  private readonly grid: Grid;
  private readonly starts: readonly FriendStart[];
  private readonly events: EventSink;

  constructor(world: CANNON.World, grid: Grid, starts: readonly FriendStart[], events: EventSink) {
    this.grid = grid;
    this.starts = starts;
    this.events = events;
    this.friends = starts.map((start, slot) => {
      const at = grid.center(start.floor, start.at[0], start.at[1]);
      return new Friend(start.friend, slot, world, at, DIR_YAW[start.facing]);
    });
    // The first friend is played first, so they are always in the party (the checker refuses `found` on them).
    this.joined = starts.map((start, slot) => slot === 0 || start.found !== true);
  }

  /** Whether the friend at `index` is in the party and may be played. */
  isJoined(index: number): boolean {
    return this.joined[index] === true;
  }

  /** Takes a friend into the party without a word (a reloaded level or a resumed save where they had joined). */
  join(index: number): void {
    if (index >= 0 && index < this.joined.length) this.joined[index] = true;
  }

  /** Friends waiting to be found join when a friend of the party stands within reach of them. */
  findFriends(): void {
    const reach = FOUND.reach * FOUND.reach;
    for (let i = 0; i < this.friends.length; i++) {
      if (this.joined[i]) continue;
      const p = this.friends[i]!.position;
      for (let j = 0; j < this.friends.length; j++) {
        if (!this.joined[j]) continue;
        const o = this.friends[j]!.position;
        const dx = o.x - p.x;
        const dz = o.z - p.z;
        if (dx * dx + dz * dz > reach || Math.abs(o.y - p.y) > FOUND.height) continue;
        this.joined[i] = true;
        this.events.emit({ type: 'friend-found', friend: this.friends[i]!.name });
        break;
      }
    }
  }

  get active(): Friend {
    return this.friends[this.activeIndex]!;
  }

  indexOf(name: FriendName): number {
    return this.friends.findIndex((f) => f.name === name);
  }

  /** The cell a friend stands in (the floor whose height is nearest below the feet). */
  cellOf(friend: Friend, out: CellRef = { floor: 0, col: 0, row: 0 }): CellRef {
    const p = friend.position;
    const cs = this.grid.cellSize;
    out.floor = this.grid.floorOfHeight(p.y - BODY.radius);
    out.col = Math.floor(p.x / cs);
    out.row = Math.floor(p.z / cs);
    return out;
  }

  /** Sends a friend back to the last checkpoint (or its start) with full lucidity. */
  wake(friend: Friend, cause: WakeCause): void {
    const start = this.starts[friend.slot]!;
    const cell = this.checkpoint ?? { floor: start.floor, col: start.at[0], row: start.at[1] };
    const at = this.grid.center(cell.floor, cell.col, cell.row);
    // Friends waking on one checkpoint stand a little apart.
    if (this.checkpoint) at.x += (friend.slot - 1.5) * 0.2;
    friend.teleport(at);
    friend.lucidity = LUCIDITY.max;
    if (friend === this.active) this.activeWoke = true;
    this.events.emit({ type: 'respawn', friend: friend.name, cause });
  }

  /** Whether the active friend woke since the last call. */
  takeActiveWoke(): boolean {
    const woke = this.activeWoke;
    this.activeWoke = false;
    return woke;
  }
}
