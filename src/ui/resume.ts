// A run's resume point: taken from the engine at a checkpoint (every friend where they stand, who is played, the
// fragments read) and put back into a fresh engine of the same level for Continue and "Restart from checkpoint".
import type { Engine } from '../engine/engine';
import { BODY, TICK } from '../core/tuning';
import type { ResumePoint } from './progress';

/** Where everyone is now, as Continue will put them back. */
export function takeResumePoint(engine: Engine, chapter: string, secondsBefore: number): ResumePoint {
  return {
    chapter,
    checkpoint: engine.entities.checkpointId,
    active: engine.active.name,
    friends: engine.friends.map((f) => ({
      friend: f.name,
      p: [f.position.x, f.position.y, f.position.z],
      yaw: f.yaw,
      pitch: f.pitch,
      ...(engine.party.isJoined(f.slot) ? {} : { joined: false as const }),
    })),
    read: [...engine.entities.read].sort(),
    seconds: secondsBefore + engine.tick * TICK,
  };
}

/**
 * Puts a fresh engine back at a resume point: the checkpoint taken, the fragments read, each friend where they
 * stood (a friend whose place is not ground any more stays at its start) and the same friend played.
 */
export function applyResumePoint(engine: Engine, point: ResumePoint): void {
  const checkpoint = point.checkpoint ? engine.level.entities.find((e) => e.id === point.checkpoint) : undefined;
  if (checkpoint && checkpoint.type === 'checkpoint') {
    engine.entities.checkpointId = checkpoint.id;
    engine.checkpoint = { floor: checkpoint.floor, col: checkpoint.at[0], row: checkpoint.at[1] };
  }
  const ids = new Set(engine.level.entities.map((e) => e.id));
  for (const id of point.read) if (ids.has(id)) engine.entities.read.add(id);
  for (const place of point.friends) {
    const friend = engine.friends.find((f) => f.name === place.friend);
    if (!friend) continue;
    if (place.joined !== false) engine.party.join(friend.slot);
    const [x, y, z] = place.p;
    const feet = y - BODY.radius - 0.02;
    const { col, row } = engine.grid.cellOf(x, z);
    const floor = engine.grid.floorOfHeight(feet);
    if (!engine.grid.standable(floor, col, row)) continue;
    friend.teleport({ x, y: Math.max(feet, engine.grid.heights[floor] ?? 0), z }, place.yaw);
    friend.pitch = place.pitch;
  }
  const active = engine.friends.findIndex((f) => f.name === point.active);
  if (active >= 0) engine.activeIndex = active;
  engine.camera.update(engine.active, 0, true);
}
