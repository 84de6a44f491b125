// The 3D view of a running level: the canvas, the labyrinth, the friends and the entities, driven by the engine.
import type { ReactNode } from 'react';
import { Canvas } from '@react-three/fiber';
import type { Engine } from '../engine/engine';
import { Atmosphere } from './Atmosphere';
import { BossFigure } from './BossFigure';
import { Driver, type LookSource } from './Driver';
import { EntityMeshes } from './EntityMeshes';
import { FriendFigures } from './FriendFigures';
import { Labyrinth } from './Labyrinth';

export interface GameViewProps {
  engine: Engine;
  input: LookSource;
  /** Whether the simulation advances (false while paused, before the first click, after the exit). */
  running: () => boolean;
  /** Called once a frame after the engine ran (the UI drains the engine's events here). */
  afterFrame?: () => void;
  /** More of the scene from the UI (the title camera, the trail of Show the way). */
  children?: ReactNode;
}

export function GameView({ engine, input, running, afterFrame, children }: GameViewProps) {
  return (
    <Canvas
      className="game-canvas"
      dpr={1}
      gl={{ antialias: false, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      camera={{ fov: 75, near: 0.05, far: 400 }}
      onCreated={({ gl }) => {
        // One render per frame: the counts reset at each render, so they are this frame's.
        gl.info.autoReset = true;
      }}
    >
      <Atmosphere level={engine.level} />
      <Driver engine={engine} input={input} running={running} afterFrame={afterFrame} />
      <Labyrinth engine={engine} />
      <FriendFigures engine={engine} />
      <EntityMeshes engine={engine} />
      <BossFigure engine={engine} />
      {children}
    </Canvas>
  );
}
