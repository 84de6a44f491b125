// A level file saved while it is being played: the new engine takes over where the old one was.
import { BODY } from '../core/tuning';
import type { Engine } from './engine';

/**
 * Puts each friend of the old engine into the new one where it stood, when the new level still has that friend
 * and that cell is still ground to stand on; otherwise the friend stays at its start. The active friend, where
 * everyone looks and the checkpoint carry over the same way.
 */
export function carryFriends(from: Engine, to: Engine): void {
  for (const old of from.friends) {
    const friend = to.friends.find((f) => f.name === old.name);
    if (!friend) continue;
    // Whoever the party had found stays in it.
    if (from.party.isJoined(old.slot)) to.party.join(friend.slot);
    const cell = from.cellOf(old);
    if (cell.floor >= to.grid.floorCount || !to.grid.standable(cell.floor, cell.col, cell.row)) continue;
    const p = old.position;
    const floorHeight = to.grid.heights[cell.floor] ?? 0;
    // Feet where they were (on a ramp, in the air), but never under the cell's floor if the designer raised it.
    const feet = Math.max(p.y - BODY.radius - 0.02, floorHeight);
    friend.teleport({ x: p.x, y: feet, z: p.z }, old.yaw);
    friend.pitch = old.pitch;
  }
  const active = to.friends.findIndex((f) => f.name === from.active.name);
  if (active >= 0) to.activeIndex = active;
  const checkpoint = from.checkpoint;
  if (
    checkpoint &&
    checkpoint.floor < to.grid.floorCount &&
    to.grid.standable(checkpoint.floor, checkpoint.col, checkpoint.row)
  ) {
    to.checkpoint = { ...checkpoint };
  }
  to.camera.update(to.active, 0, true);
}
