// The screens over the game, one per phase: the title (campaign), the start screen of a loose level file, the
// pause menu, the level card, the epilogue, the level error panel, the WebGL-missing message and an error boundary
// so a broken component shows what went wrong instead of a white page.
//
// For App.tsx: render <Overlays onPlay={() => input.requestPointerLock()} /> over the canvas. Its buttons stop
// their clicks from reaching the stage, start or resume play themselves and call `onPlay` inside the click, where
// the browser allows pointer lock. Check `hasWebGL()` before mounting the canvas; show <WebGLMissing /> when false.
import type { MouseEvent } from 'react';
import { formatPath } from '../levels/positions';
import { ContextLostNotice } from './ContextLostNotice';
import { ControlsTable } from './ControlsTable';
import { CrashPanel } from './ErrorBoundary';
import { Epilogue } from './Epilogue';
import { LevelCard } from './LevelCard';
import { PauseMenu } from './PauseMenu';
import { ProofAnnouncer, ProofLine } from './ProofStatus';
import { useGame, type LevelProblems } from './store';
import { TitleScreen } from './TitleScreen';
import './ui.css';
import './menus.css';

export { ControlsTable };

let webgl: boolean | null = null;

/** Whether this browser can draw WebGL2, asked once before the canvas is made. */
export function hasWebGL(): boolean {
  if (webgl !== null) return webgl;
  try {
    const canvas = document.createElement('canvas');
    webgl = !!canvas.getContext('webgl2');
  } catch {
    webgl = false;
  }
  return webgl;
}

const keepClick = (e: MouseEvent) => e.stopPropagation();

export interface OverlaysProps {
  /** Called inside the click that starts or resumes play (ask for pointer lock here). */
  onPlay?: () => void;
}

export function Overlays({ onPlay }: OverlaysProps) {
  const phase = useGame((s) => s.phase);
  const problems = useGame((s) => s.problems);
  return (
    <>
      {phase === 'loading' && <LoadingScreen />}
      {phase === 'title' && <TitleScreen onPlay={onPlay} />}
      {phase === 'start' && <StartScreen onPlay={onPlay} />}
      {phase === 'paused' && <PauseMenu onPlay={onPlay} />}
      {phase === 'complete' && <LevelCard onPlay={onPlay} />}
      {phase === 'epilogue' && <Epilogue />}
      {phase === 'error' && !problems && <ErrorScreen />}
      {problems && <ProblemsPanel problems={problems} />}
      <ProofAnnouncer />
      <ContextLostNotice />
      <CrashPanel />
    </>
  );
}

export function LoadingScreen() {
  return (
    <div className="overlay overlay-dim" role="status">
      <p className="overlay-quiet">Entering the dream…</p>
    </div>
  );
}

export function StartScreen({ onPlay }: { onPlay?: (() => void) | undefined }) {
  const title = useGame((s) => s.engine?.level.title ?? s.levelName);
  const play = (e: MouseEvent) => {
    e.stopPropagation();
    useGame.getState().start();
    onPlay?.();
  };
  return (
    <div className="overlay overlay-dim overlay-start" onClick={play} role="dialog" aria-label="Start">
      <div className="panel">
        <p className="overlay-kicker">Dreamcycle</p>
        <h1>{title}</h1>
        <ProofLine place="menu" />
        <button className="button-primary" onClick={play} autoFocus>
          Play
        </button>
        <ControlsTable />
      </div>
    </div>
  );
}

/** Every problem of a level file with where it is; dismissible when a level still runs behind it. */
export function ProblemsPanel({ problems }: { problems: LevelProblems }) {
  const dismiss = useGame((s) => s.dismissProblems);
  // Over a level being played, the panel covers the HUD's corner: the running level's proof line comes in with it.
  const playing = useGame((s) => s.phase === 'playing');
  const count = problems.problems.length;
  return (
    <div className={`overlay ${problems.running ? 'overlay-side' : 'overlay-dim'}`} onClick={keepClick}>
      <div className="panel panel-problems" role="alert">
        <h2>
          {problems.file} {problems.unproven ? 'is not proven beatable' : 'cannot be played'}: {count}{' '}
          {count === 1 ? 'problem' : 'problems'}
        </h2>
        <p className="overlay-note">
          {problems.unproven
            ? 'It is loaded and can be played, but the proof did not reach its exit; why is below. Fix the file and save or drop it again.'
            : problems.running
              ? 'The level that was loaded keeps running. Fix the file and save or drop it again.'
              : 'Fix the file and reload the page, or drop a level file here.'}
        </p>
        {problems.running && playing && <ProofLine place="menu" />}
        <ol className="problems">
          {problems.problems.map((p, i) => (
            <li key={i}>
              <code>
                {p.file}:{p.line}:{p.column}
              </code>{' '}
              <span className="problem-path">{p.path || formatPath([])}</span>
              <div>{p.message}</div>
              {p.hint && <div className="problem-hint">{p.hint}</div>}
            </li>
          ))}
        </ol>
        {problems.running && (
          <button onClick={dismiss} autoFocus>
            Back to the game
          </button>
        )}
      </div>
    </div>
  );
}

export function ErrorScreen() {
  const error = useGame((s) => s.error);
  return (
    <div className="overlay overlay-dim" role="alert">
      <div className="panel">
        <h2>The dream could not start</h2>
        <p>{error ?? 'Something went wrong while loading.'}</p>
      </div>
    </div>
  );
}

export function WebGLMissing() {
  return (
    <div className="overlay overlay-dim" role="alert">
      <div className="panel">
        <h2>This browser cannot draw the dream</h2>
        <p>
          Dreamcycle needs WebGL2. Turn on hardware acceleration in the browser&apos;s settings, or open the game in a
          current Chrome, Edge, Firefox or Safari.
        </p>
      </div>
    </div>
  );
}

export { ErrorBoundary } from './ErrorBoundary';
