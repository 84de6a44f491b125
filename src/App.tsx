// The game page: the 3D view of the running level, the input that plays it, and the HUD and menus over it.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { showTheWay } from './ui/assist';
import { campaignFlow } from './ui/campaign-flow';
import { watchContextLoss } from './ui/context-loss';
import { watchCrashes } from './ui/crash';
import { exposeReplayPlayer, recordRuns, ReplayOverride, setReplayOverride } from './ui/replays';
import { gameEvents } from './ui/events';
import { Hud } from './ui/Hud';
import { startLevelSource } from './ui/level-source';
import { ErrorBoundary, hasWebGL, Overlays, WebGLMissing } from './ui/Overlays';
import { usePlayerInput } from './ui/player-input';
import type { Engine } from './engine/engine';
import { useGame } from './ui/store';
import { LoadingBar } from './view/LoadingBar';
import { bootSoundOnFirstGesture } from './sound-boot';
import { startXr, XrSlot } from './xr/boot';
import { XrAwareInput } from './xr/xr-input';

// three, R3F and the view load as their own chunk while the title and menus already show.
const GameScene = lazy(() => import('./GameScene'));

/** Whether this engine is the one being played now (an engine being replaced stops at once). */
const playing = (engine: Engine) => () => {
  const state = useGame.getState();
  return state.phase === 'playing' && state.engine === engine;
};

export function App() {
  const engine = useGame((s) => s.engine);
  const phase = useGame((s) => s.phase);
  const stage = useRef<HTMLDivElement>(null);
  // Keyboard, mouse and gamepad into one action state; menus by keyboard or gamepad alone; settings applied live.
  const input = usePlayerInput(stage);
  const [webgl] = useState(hasWebGL);
  const presenting = useGame((s) => s.xr.presenting);
  const stillCamera = useGame((s) => s.settings.reducedMotion);
  const quality = useGame((s) => s.settings.quality);
  const way = useGame((s) => s.way);
  // The title and the epilogue draw the level from a slow camera instead of a friend's eyes.
  const scene = phase === 'title' ? 'orbit' : phase === 'epilogue' ? 'sunrise' : null;
  // The engine reads the desktop's input, or the VR controllers' while a session shows the game.
  // A recorded run can stand in for the player's hands (tests, demos); the VR controllers stand in for both.
  const replayInput = useMemo(() => (input ? new ReplayOverride(input) : null), [input]);
  const gameInput = useMemo(() => (replayInput ? new XrAwareInput(replayInput) : null), [replayInput]);
  useEffect(() => setReplayOverride(replayInput), [replayInput]);
  useEffect(() => recordRuns(), []);
  useEffect(() => exposeReplayPlayer((replay) => campaignFlow.playRecorded(replay)), []);

  // Progress follows the engine's events; without `?level=` the page opens on the campaign's title.
  useEffect(() => campaignFlow.listen(), []);
  useEffect(() => startLevelSource(window, useGame, () => void campaignFlow.open()), []);
  useEffect(() => showTheWay(), []);
  useEffect(() => startXr(), []);
  useEffect(() => bootSoundOnFirstGesture(window), []);
  useEffect(() => watchCrashes(), []);
  useEffect(() => watchContextLoss(), []);

  useEffect(() => {
    if (!input) return;
    input.enabled = phase === 'playing' && !presenting;
    if (phase !== 'playing' || presenting) input.exitPointerLock();
  }, [input, phase, presenting]);

  // A click on the game itself (not on a menu) also resumes; the browser may refuse the lock and play goes on.
  const onClick = () => {
    const state = useGame.getState();
    if (state.phase !== 'start' && state.phase !== 'paused') return;
    state.start();
    input?.requestPointerLock();
  };

  return (
    <div className="stage" ref={stage} onClick={onClick}>
      {!webgl && <WebGLMissing />}
      {webgl && engine && gameInput && (
        <ErrorBoundary where="The 3D view">
          <Suspense fallback={<LoadingBar stages={[{ label: 'Loading the dream…', done: false }]} />}>
            <GameScene
              engine={engine}
              input={gameInput}
              running={playing(engine)}
              afterFrame={() => gameEvents.pump(engine)}
              quality={quality}
              reducedMotion={stillCamera}
              palette={scene === 'sunrise' ? 'sunrise' : undefined}
              shot={scene}
              way={way}
              still={stillCamera}
              xr={presenting}
            >
              <XrSlot engine={engine} input={gameInput} />
            </GameScene>
          </Suspense>
        </ErrorBoundary>
      )}
      {engine && !scene && phase !== 'loading' && <Hud />}
      <Overlays onPlay={() => input?.requestPointerLock()} />
    </div>
  );
}
