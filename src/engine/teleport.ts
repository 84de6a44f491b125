// The engine's side of a VR teleport: the level as it is now (doors, revealed platforms, bridges) for the rule in
// src/core/teleport.ts, and the move of the active friend's body when the rule allows it.
import type { Grid } from '../core/grid';
import type { Level } from '../core/schema';
import { cellsOnLine, teleportVerdict, type TeleportCells, type TeleportVerdict } from '../core/teleport';
import { BODY } from '../core/tuning';
import type { Friend } from './friend';
import type { BridgeView, EntityView } from './skills/types';

/** The parts of the engine a teleport reads. */
export interface TeleportScene {
  readonly grid: Grid;
  readonly level: Level;
  readonly active: Friend;
  readonly entities: { views(): EntityView[]; readonly bridges: readonly BridgeView[] };
}

/** Types whose cell is solid while their view says so. */
const BLOCKERS = new Set(['door', 'false-wall', 'cracked-wall']);

/** The level's cells as they are this tick. */
export function teleportCells(scene: TeleportScene): TeleportCells {
  const { grid, level } = scene;
  const views = scene.entities.views();
  const blocked = new Set<number>();
  const extra = new Set<number>();
  level.entities.forEach((e, i) => {
    const v = views[i];
    if (!v || v.id !== e.id) return;
    const key = grid.key(e.floor, e.at[0], e.at[1]);
    if (BLOCKERS.has(e.type) && v.solid) blocked.add(key);
    if (e.type === 'hidden-platform' && v.solid) extra.add(key);
  });
  // A standing bridge is floor along the line between its anchors.
  for (const b of scene.entities.bridges) {
    if (b.progress < 1) continue;
    const floor = grid.floorOfHeight(b.ay);
    cellsOnLine(b.ax, b.az, b.bx, b.bz, grid.cellSize, (col, row) => {
      extra.add(grid.key(floor, col, row));
      return true;
    });
  }
  return {
    standable: (floor, col, row) =>
      !blocked.has(grid.key(floor, col, row)) &&
      (grid.standable(floor, col, row) || extra.has(grid.key(floor, col, row))),
    // Walls, and solid props (a bed, a server rack) that fill their cell like one.
    blocked: (floor, col, row) => blocked.has(grid.key(floor, col, row)) || grid.solid(floor, col, row),
  };
}

/** Whether the active friend may teleport to the point (x, z) on its floor now. */
export function teleportCheck(scene: TeleportScene, x: number, z: number): TeleportVerdict {
  const friend = scene.active;
  const p = friend.position;
  const floor = scene.grid.floorOfHeight(p.y - BODY.radius);
  return teleportVerdict(scene.grid, teleportCells(scene), { floor, x: p.x, z: p.z }, x, z);
}

/** Moves the active friend's body to the centre of the cell at (x, z) when the rule allows; returns the verdict. */
export function teleportActive(scene: TeleportScene, x: number, z: number): TeleportVerdict {
  const verdict = teleportCheck(scene, x, z);
  const to = verdict.to;
  if (to) {
    const at = scene.grid.center(to.floor, to.col, to.row);
    const ground = scene.grid.surfaceHeight(to.floor, at.x, at.z);
    if (ground !== null) at.y = ground;
    scene.active.teleport(at);
  }
  return verdict;
}
