// The camera of the title screen and the epilogue: a slow drift over the level instead of a friend's eyes, so the
// menu floats over a living dream. It runs after the Driver each frame and takes the camera over.
import { useFrame } from '@react-three/fiber';
import type { Engine } from '../engine/engine';
import { TITLE_CAMERA } from '../core/tuning';

export interface TitleCameraProps {
  engine: Engine;
  /** 'orbit' circles the labyrinth from above; 'sunrise' stands behind the friends, looking where they look. */
  shot: 'orbit' | 'sunrise';
  /** Reduced motion: the camera stays still. */
  still?: boolean;
}

export function TitleCamera({ engine, shot, still = false }: TitleCameraProps) {
  useFrame(({ camera, clock, gl }) => {
    // In VR the headset places the camera; a moving shot there would be motion the player did not cause.
    if (gl.xr.isPresenting) return;
    const grid = engine.grid;
    const cs = grid.cellSize;
    const t = still ? 0 : clock.elapsedTime;
    if (shot === 'orbit') {
      const cx = (grid.cols * cs) / 2;
      const cz = (grid.rows * cs) / 2;
      const radius = Math.max(grid.cols, grid.rows) * cs * TITLE_CAMERA.orbitRadius;
      const angle = TITLE_CAMERA.orbitStart + t * TITLE_CAMERA.orbitRadiansPerSecond;
      const top = grid.heights[grid.heights.length - 1] ?? 0;
      camera.position.set(
        cx + Math.cos(angle) * radius,
        top + radius * TITLE_CAMERA.orbitHeight,
        cz + Math.sin(angle) * radius,
      );
      camera.lookAt(cx, top, cz);
      return;
    }
    // Behind the friends, a little above their heads, swaying slowly towards the sun they face.
    let x = 0;
    let y = 0;
    let z = 0;
    for (const f of engine.friends) {
      x += f.position.x;
      y += f.position.y;
      z += f.position.z;
    }
    const n = Math.max(1, engine.friends.length);
    x /= n;
    y /= n;
    z /= n;
    const sway = Math.sin(t * TITLE_CAMERA.swayRadiansPerSecond) * TITLE_CAMERA.sway;
    // Looking a little to the right of them leaves the left of the picture to the friends and the right to the words.
    camera.position.set(x - TITLE_CAMERA.behind, y + TITLE_CAMERA.above, z + sway);
    camera.lookAt(x + TITLE_CAMERA.behind * 2, y + TITLE_CAMERA.above * 0.6, z + TITLE_CAMERA.lookAside);
  }, -0.5);
  return null;
}
