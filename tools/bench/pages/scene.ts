// What the anchor and floor pages share: the level file (served at /level.json by the bench), a camera where the
// game's starts, and the same timing the game's test handle gives (one render plus a 1-pixel read).
import * as THREE from 'three';
import { DIR_YAW, Grid } from '../../../src/core/grid';
import { levelSchema, type Level } from '../../../src/core/schema';
import { BODY } from '../../../src/core/tuning';

export interface BenchPage {
  level: Level;
  grid: Grid;
  renderer: THREE.WebGLRenderer;
  scene: THREE.Scene;
  camera: THREE.PerspectiveCamera;
}

export interface BenchHandle {
  ready: boolean;
  renderInfo: () => { calls: number; triangles: number };
  timeRender: () => number;
  frames: () => number;
}

declare global {
  interface Window {
    __bench?: BenchHandle;
  }
}

export async function openBenchPage(): Promise<BenchPage> {
  const level = levelSchema.parse(await (await fetch('/level.json')).json());
  const grid = new Grid(level);
  const renderer = new THREE.WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
  renderer.setPixelRatio(1);
  renderer.setSize(window.innerWidth, window.innerHeight);
  document.body.appendChild(renderer.domElement);
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(0x88aacc);
  const camera = new THREE.PerspectiveCamera(70, window.innerWidth / window.innerHeight, 0.05, 400);
  camera.rotation.order = 'YXZ';
  const s = level.spawn;
  const at = grid.center(s.floor, s.at[0], s.at[1]);
  camera.position.set(at.x, at.y + BODY.radius + BODY.eyeOffset, at.z);
  camera.rotation.y = DIR_YAW[s.facing];
  return { level, grid, renderer, scene, camera };
}

/** Exposes the page to the bench and draws every animation frame, calling `beforeRender` first. */
export function runBenchPage(page: BenchPage, beforeRender: (seconds: number) => void): void {
  const { renderer, scene, camera } = page;
  const pixel = new Uint8Array(4);
  let frames = 0;
  let last = performance.now();
  const draw = () => {
    const now = performance.now();
    beforeRender(Math.min(0.05, (now - last) / 1000));
    last = now;
    renderer.render(scene, camera);
    frames++;
  };
  window.__bench = {
    ready: true,
    renderInfo: () => ({ calls: renderer.info.render.calls, triangles: renderer.info.render.triangles }),
    frames: () => frames,
    timeRender: () => {
      const start = performance.now();
      draw();
      const gl = renderer.getContext();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      return performance.now() - start;
    },
  };
  renderer.setAnimationLoop(draw);
}
