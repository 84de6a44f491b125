// Where the level's warm pool of light hangs: over the lamp nearest the start, or over the start itself.
import type { Engine } from '../engine/engine';

/** The lamp's light sits this high above its floor. */
const LAMP_HEIGHT = 2.4;

export function lampOf(engine: Engine): { x: number; y: number; z: number } {
  const s = engine.level.spawn;
  const start = engine.grid.center(s.floor, s.at[0], s.at[1]);
  let best = { x: start.x, y: start.y + LAMP_HEIGHT, z: start.z };
  let bestDistance = Infinity;
  for (const d of engine.level.decor ?? []) {
    if (d.kind !== 'lamp') continue;
    const at = engine.grid.center(d.floor, d.at[0], d.at[1]);
    const distance = Math.hypot(at.x - start.x, at.z - start.z);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = { x: at.x, y: at.y + LAMP_HEIGHT, z: at.z };
    }
  }
  return best;
}
