// Prepares the scene before play: compiles every shader of the level while the loading bar shows (not on the
// first frame), then says so.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Engine } from '../engine/engine';

export function Preparation({ engine, onCompiled }: { engine: Engine; onCompiled: () => void }) {
  const { gl, scene, camera } = useThree();
  // A new engine is a new level: its materials are compiled again.
  useEffect(() => {
    let live = true;
    gl.compileAsync(scene, camera)
      .catch((e: unknown) => console.warn('Shaders could not be compiled ahead; they compile on first use.', e))
      .finally(() => {
        if (live) onCompiled();
      });
    return () => {
      live = false;
    };
  }, [gl, scene, camera, engine, onCompiled]);
  return null;
}
