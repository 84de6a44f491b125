// What tests and benchmarks read from a running game: `window.__dreamcycle`, set once the first frame is drawn.
import type * as THREE from 'three';
import type { Engine } from '../engine/engine';
import type { Replay } from '../engine/replay';

export interface DreamcycleHandle {
  engine: Engine;
  /** Draw calls and triangles of the last frame drawn. */
  renderInfo: () => { calls: number; triangles: number };
  /** Frames drawn since the view started. */
  frames: () => number;
  /** The run so far as a replay (recorded from the level's first tick), or null when nothing records it. */
  replay: () => Replay | null;
  /** Draws one frame now and waits for the GPU (a 1-pixel read); returns milliseconds. For benchmarks. */
  timeRender: () => number;
  /** The post-processing effects drawing now (empty at low quality and under reduced motion). */
  effects: () => readonly string[];
  gl: THREE.WebGLRenderer;
  scene: THREE.Scene;
  camera: THREE.Camera;
}

declare global {
  interface Window {
    __dreamcycle?: DreamcycleHandle;
  }
}

export function exposeHandle(handle: DreamcycleHandle): void {
  window.__dreamcycle = handle;
}

export function clearHandle(engine: Engine): void {
  if (window.__dreamcycle?.engine === engine) delete window.__dreamcycle;
}
