// Where each decor prop stands: floor kinds at their cell's centre plus the offset, turned by their rotation;
// wall kinds on the face of their wall cell towards a floor neighbour (the one their rotation points to when it
// is a floor), hung at their height. Built once per level.
import * as THREE from 'three';
import { WALL_DECOR_KINDS, type Decor, type DecorKind } from '../core/schema';
import type { Grid } from '../core/grid';
import { WALL_MOUNT_HEIGHT } from './decor-shapes';

/** Wall kinds stand this far off the wall face, so they never flicker into it. */
const WALL_GAP = 0.01;
/** Compass directions, clockwise from north (-z), as [dx, dz]. */
const COMPASS: readonly (readonly [number, number])[] = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
];

export interface Placed {
  decor: Decor;
  matrix: THREE.Matrix4;
  /** Where a label sits and which way it faces (wall kinds: out of the wall). */
  labelAt: THREE.Vector3;
  labelYaw: number;
}

const q = new THREE.Quaternion();
const up = new THREE.Vector3(0, 1, 0);

export function placeDecor(grid: Grid, decor: readonly Decor[]): Map<DecorKind, Placed[]> {
  const out = new Map<DecorKind, Placed[]>();
  const cs = grid.cellSize;
  for (const d of decor) {
    const c = grid.center(d.floor, d.at[0], d.at[1]);
    const floorY = grid.heights[d.floor] ?? 0;
    const turn = (-d.rotation * Math.PI) / 180;
    const position = new THREE.Vector3(c.x + d.offset[0] * cs, floorY, c.z + d.offset[1] * cs);
    let yaw = turn;
    const labelAt = new THREE.Vector3();
    if (WALL_DECOR_KINDS.has(d.kind) && grid.terrain(d.floor, d.at[0], d.at[1]) === 'wall') {
      const [dx, dz] = wallFace(grid, d);
      position.set(
        c.x + dx * (cs / 2 + WALL_GAP),
        floorY + (WALL_MOUNT_HEIGHT[d.kind] ?? 1.5),
        c.z + dz * (cs / 2 + WALL_GAP),
      );
      // Slide along the wall by the offset across the face.
      position.x += dz !== 0 ? d.offset[0] * cs : 0;
      position.z += dx !== 0 ? d.offset[1] * cs : 0;
      // Local -z (the front) points into the floor cell.
      yaw = Math.atan2(-dx, -dz);
    }
    q.setFromAxisAngle(up, yaw);
    const matrix = new THREE.Matrix4().compose(position, q, new THREE.Vector3(d.size, d.size, d.size));
    // The label: just in front of the sign's or poster's face, or over a floor prop.
    labelAt.set(0, d.kind === 'neon-sign' ? -0.27 : d.kind === 'poster' ? -0.22 : 1.2, -0.09).applyMatrix4(matrix);
    const list = out.get(d.kind) ?? [];
    list.push({ decor: d, matrix, labelAt, labelYaw: yaw });
    out.set(d.kind, list);
  }
  return out;
}

/**
 * The direction from a wall cell to the floor its prop faces: a neighbour friends can stand on (the one its
 * rotation points to first), where a player sees it; else any that is not a wall (a sign over the void).
 */
function wallFace(grid: Grid, d: Decor): readonly [number, number] {
  const preferred = Math.round((((d.rotation % 360) + 360) % 360) / 90) % 4;
  for (const seen of [true, false])
    for (let i = 0; i < 4; i++) {
      const dir = COMPASS[(preferred + i) % 4]!;
      const col = d.at[0] + dir[0];
      const row = d.at[1] + dir[1];
      if (seen ? grid.standable(d.floor, col, row) : grid.terrain(d.floor, col, row) !== 'wall') return dir;
    }
  return COMPASS[preferred]!;
}
