// The 3D view of a running level: the canvas, the sky, the labyrinth, the friends, the entities and the decor,
// driven by the engine; the quality preset sets resolution and post-processing (loaded lazily); a loading bar
// shows while the shaders compile.
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { Canvas } from '@react-three/fiber';
import { PerformanceMonitor } from '@react-three/drei';
import type { Engine } from '../engine/engine';
import { VIEW } from '../core/tuning';
import { Atmosphere } from './Atmosphere';
import { BossFigure } from './BossFigure';
import { Decor } from './Decor';
import { Driver, type LookSource } from './Driver';
import { EntityMeshes } from './EntityMeshes';
import { FriendFigures } from './FriendFigures';
import { Labyrinth } from './Labyrinth';
import { LoadingBar } from './LoadingBar';
import type { PaletteName } from './palette';
import { Preparation } from './Preparation';
import { qualityPlan, type Quality } from './quality';

const Effects = lazy(() => import('./Effects'));

export interface GameViewProps {
  engine: Engine;
  input: LookSource;
  /** Whether the simulation advances (false while paused, before the first click, after the exit). */
  running: () => boolean;
  /** Called once a frame after the engine ran (the UI drains the engine's events here). */
  afterFrame?: () => void;
  /** Resolution and post-processing; medium when not given. */
  quality?: Quality;
  /** No post-processing (and calmer effects) for players who asked for reduced motion. */
  reducedMotion?: boolean;
  /** Another mood's sky and light than the level's (the epilogue's sunrise). */
  palette?: PaletteName;
  /** More of the scene from the UI (the title camera, the trail of Show the way). */
  children?: ReactNode;
  /** A VR session shows the scene: no post-processing (each eye is drawn straight, at the headset's rate). */
  xr?: boolean;
}

export function GameView(props: GameViewProps) {
  const { engine, input, running, afterFrame, children } = props;
  const plan = qualityPlan(props.quality ?? 'medium', props.reducedMotion ?? false);
  // The automatic step down: frames dropping lower the resolution, down to a share of the preset's.
  const [share, setShare] = useState(1);
  const [compiled, setCompiled] = useState(false);
  const [effectsReady, setEffectsReady] = useState(plan.effects === null);
  useEffect(() => setCompiled(false), [engine]);
  useEffect(() => setShare(1), [plan.dpr]);
  const onCompiled = useCallback(() => setCompiled(true), []);
  const dpr = plan.dpr * share;

  return (
    <>
      <Canvas
        className="game-canvas"
        dpr={dpr}
        gl={{ antialias: false, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
        camera={{ fov: 75, near: 0.05, far: 400 }}
        onCreated={({ gl }) => {
          // One render per frame: the counts reset at each render, so they are this frame's.
          gl.info.autoReset = true;
        }}
      >
        <PerformanceMonitor
          onDecline={() => setShare((s) => Math.max(VIEW.minDprShare, s - 0.2))}
          onIncline={() => setShare((s) => Math.min(1, s + 0.2))}
          flipflops={3}
        />
        <Atmosphere level={engine.level} palette={props.palette} />
        <Driver engine={engine} input={input} running={running} afterFrame={afterFrame} />
        <Labyrinth engine={engine} />
        <Decor engine={engine} />
        <FriendFigures engine={engine} />
        <EntityMeshes engine={engine} />
        <BossFigure engine={engine} />
        {children}
        <Preparation engine={engine} onCompiled={onCompiled} />
        {plan.effects && !props.xr && (
          <Suspense fallback={null}>
            <Effects high={plan.effects === 'high'} onReady={() => setEffectsReady(true)} />
          </Suspense>
        )}
      </Canvas>
      <LoadingBar
        stages={[
          { label: 'Compiling the dream…', done: compiled },
          { label: 'Adding the glow…', done: effectsReady || plan.effects === null },
        ]}
      />
    </>
  );
}
