// Drives the engine from the render loop and puts the camera at the active friend's eyes. It reads the engine;
// the rules stay in the engine.
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Engine } from '../engine/engine';
import type { CameraPose } from '../engine/camera';
import type { InputSource } from '../engine/tick-input';
import { recordingOf } from '../engine/replay';
import { clearHandle, exposeHandle } from './test-handle';
import { effectsOn } from './effects-state';

export interface LookSource extends InputSource {
  /** Mouse turn a tick has not taken yet, shown at once so looking feels immediate. */
  pendingLook(): { yaw: number; pitch: number };
}

const pose: CameraPose = { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 };
const pixel = new Uint8Array(4);

export interface DriverProps {
  engine: Engine;
  input: LookSource;
  running: () => boolean;
  afterFrame?: (() => void) | undefined;
}

export function Driver({ engine, input, running, afterFrame }: DriverProps) {
  const { gl, scene, camera } = useThree();
  const frames = useRef(0);

  useEffect(() => () => clearHandle(engine), [engine]);

  // Runs before everything else that reads the engine this frame.
  useFrame((_, delta) => {
    if (running()) engine.frame(delta, input);
    afterFrame?.();
    const look = running() ? input.pendingLook() : { yaw: 0, pitch: 0 };
    engine.camera.interpolated(engine.alpha, look.yaw, look.pitch, pose);
    // In VR the headset places the camera (inside the XR origin); setting it here would fight the headset.
    if (!gl.xr.isPresenting) {
      camera.position.set(pose.x, pose.y, pose.z);
      camera.rotation.set(pose.pitch, pose.yaw, 0, 'YXZ');
    }
    frames.current++;
    // The first frame has been drawn by the time the second one starts; a reloaded level brings a new engine.
    if (frames.current >= 2 && window.__dreamcycle?.engine !== engine) {
      exposeHandle({
        engine,
        renderInfo: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
        frames: () => frames.current,
        replay: () => recordingOf(engine)?.toJSON() ?? null,
        timeRender: () => {
          const started = performance.now();
          gl.render(scene, camera);
          const ctx = gl.getContext();
          ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
          return performance.now() - started;
        },
        effects: effectsOn,
        gl,
        scene,
        camera,
      });
    }
  }, -1);

  return null;
}
