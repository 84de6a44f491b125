// The game page: the 3D view of the running level, the input that plays it, and the HUD and menus over it.
import { useEffect, useRef, useState } from 'react';
import { Engine } from './engine/engine';
import { createDesktopInput, type DesktopInput } from './input/desktop';
import { gameEvents } from './ui/events';
import { Hud } from './ui/Hud';
import { startLevelSource } from './ui/level-source';
import { ErrorBoundary, hasWebGL, Overlays, WebGLMissing } from './ui/Overlays';
import { glideSeconds, useGame } from './ui/store';
import { GameView } from './view/GameView';

const playing = () => useGame.getState().phase === 'playing';

/** The same level again from its start. */
function restart(): void {
  const { engine, levelName, settings, setEngine } = useGame.getState();
  if (engine) setEngine(new Engine(engine.level, { switchGlide: glideSeconds(settings) }), levelName);
}

export function App() {
  const engine = useGame((s) => s.engine);
  const phase = useGame((s) => s.phase);
  const stage = useRef<HTMLDivElement>(null);
  const [input, setInput] = useState<DesktopInput | null>(null);
  const [webgl] = useState(hasWebGL);

  useEffect(() => startLevelSource(window), []);

  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const desktop = createDesktopInput(element, {
      look: () => useGame.getState().settings,
      onPause: () => useGame.getState().pause(),
    });
    setInput(desktop);
    return () => desktop.dispose();
  }, []);

  useEffect(() => {
    if (!input) return;
    input.enabled = phase === 'playing';
    if (phase !== 'playing') input.exitPointerLock();
  }, [input, phase]);

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
      {webgl && engine && input && (
        <ErrorBoundary where="The 3D view">
          <GameView engine={engine} input={input} running={playing} afterFrame={() => gameEvents.pump(engine)} />
        </ErrorBoundary>
      )}
      {engine && <Hud />}
      <Overlays onPlay={() => input?.requestPointerLock()} onRestart={restart} />
    </div>
  );
}
