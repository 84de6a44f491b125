// The camera settings the player chose, applied to the 3D view's camera at once: field of view. Goes inside the
// <GameView> canvas. (Reduced motion is read by the engine's camera glide through the store, and by the view's
// effects from `settings.reducedMotion`.)
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useGame } from './store';

export function CameraComfort() {
  const camera = useThree((s) => s.camera);
  const fov = useGame((s) => s.settings.fieldOfView);
  useEffect(() => {
    const perspective = camera as PerspectiveCamera;
    if (!perspective.isPerspectiveCamera) return;
    perspective.fov = fov;
    perspective.updateProjectionMatrix();
  }, [camera, fov]);
  return null;
}
