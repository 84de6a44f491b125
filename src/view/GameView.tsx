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
import { FigureShadows } from './FigureShadows';
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
  // The automatic step down: frames dropping lower the resolution twice, then turn the post-processing off; frames
  // recovering step back up (never above the chosen preset).
  const [step, setStep] = useState(0);
  const [compiled, setCompiled] = useState(false);
  const [effectsReady, setEffectsReady] = useState(plan.effects === null);
  useEffect(() => setCompiled(false), [engine]);
  useEffect(() => setStep(0), [plan.dpr, plan.effects]);
  const onCompiled = useCallback(() => setCompiled(true), []);
  const dpr = plan.dpr * Math.max(VIEW.minDprShare, 1 - 0.2 * step);
  // Without a GPU (a software renderer) the default preset draws no post-processing: it would cost most of the
  // frame. A preset chosen above it is honoured.
  const [software, setSoftware] = useState(false);
  const effects =
    step >= VIEW.stepsBeforeNoEffects || (software && (props.quality ?? 'medium') === 'medium') ? null : plan.effects;

  return (
    <>
      <Canvas
        className="game-canvas"
        dpr={dpr}
        gl={{ antialias: false, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
        camera={{ fov: 75, near: 0.05, far: 400 }}
        onCreated={({ gl }) => {
          setSoftware(softwareRenderer(gl.getContext()));
          // One render per frame: the counts reset at each render, so they are this frame's.
          gl.info.autoReset = true;
        }}
      >
        <PerformanceMonitor
          onDecline={() => setStep((n) => Math.min(VIEW.stepsBeforeNoEffects, n + 1))}
          onIncline={() => setStep((n) => Math.max(0, n - 1))}
          onFallback={() => setStep(VIEW.stepsBeforeNoEffects)}
          flipflops={3}
        />
        <Atmosphere level={engine.level} palette={props.palette} />
        <Driver engine={engine} input={input} running={running} afterFrame={afterFrame} />
        <Labyrinth engine={engine} />
        <Decor engine={engine} />
        <FriendFigures engine={engine} />
        {VIEW.figureShadows[props.quality ?? 'medium'] && <FigureShadows engine={engine} />}
        <EntityMeshes engine={engine} />
        <BossFigure engine={engine} />
        {children}
        <Preparation engine={engine} onCompiled={onCompiled} />
        {effects && !props.xr && (
          <Suspense fallback={null}>
            <Effects high={effects === 'high'} onReady={() => setEffectsReady(true)} />
          </Suspense>
        )}
      </Canvas>
      <LoadingBar
        stages={[
          { label: 'Compiling the dream…', done: compiled },
          { label: 'Adding the glow…', done: effectsReady || effects === null },
        ]}
      />
    </>
  );
}

/** Whether WebGL runs on the CPU (SwiftShader, llvmpipe): no GPU to spend on post-processing. */
function softwareRenderer(context: WebGLRenderingContext | WebGL2RenderingContext): boolean {
  const info = context.getExtension('WEBGL_debug_renderer_info');
  const name = info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  return /swiftshader|llvmpipe|software/i.test(name);
}
