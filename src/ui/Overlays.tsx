// The screens over the game: start ("Click to play" and the controls), the pause menu with the settings,
// "Level complete", the level error panel, the WebGL-missing message and an error boundary so a broken component
// shows what went wrong instead of a white page.
//
// For App.tsx: render <Overlays onPlay={() => input.requestPointerLock()} /> over the canvas. Its buttons stop
// their clicks from reaching the stage, start or resume play themselves and call `onPlay` inside the click, where
// the browser allows pointer lock. Check `hasWebGL()` before mounting the canvas; show <WebGLMissing /> when false.
import { Component, type ErrorInfo, type MouseEvent, type ReactNode } from 'react';
import { formatPath } from '../levels/positions';
import { controlsList } from './controls';
import { MOUSE_SENSITIVITY } from './settings';
import { useGame, type LevelProblems } from './store';
import './ui.css';

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
  /** Play the level again from its start, after it was completed. */
  onRestart?: () => void;
}

export function Overlays({ onPlay, onRestart }: OverlaysProps) {
  const phase = useGame((s) => s.phase);
  const problems = useGame((s) => s.problems);
  return (
    <>
      {phase === 'loading' && <LoadingScreen />}
      {phase === 'start' && <StartScreen onPlay={onPlay} />}
      {phase === 'paused' && <PauseMenu onPlay={onPlay} />}
      {phase === 'complete' && <CompletePanel onRestart={onRestart} />}
      {phase === 'error' && !problems && <ErrorScreen />}
      {problems && <ProblemsPanel problems={problems} />}
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
        <button className="button-primary" onClick={play} autoFocus>
          Play
        </button>
        <ControlsTable />
      </div>
    </div>
  );
}

export function ControlsTable() {
  return (
    <table className="controls">
      <tbody>
        {controlsList().map((c) => (
          <tr key={c.what}>
            <th>
              <kbd>{c.keys}</kbd>
            </th>
            <td>{c.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PauseMenu({ onPlay }: { onPlay?: (() => void) | undefined }) {
  const settings = useGame((s) => s.settings);
  const settingsProblem = useGame((s) => s.settingsProblem);
  const change = useGame((s) => s.changeSettings);
  const resume = (e: MouseEvent) => {
    e.stopPropagation();
    useGame.getState().resume();
    onPlay?.();
  };
  return (
    <div className="overlay overlay-dim" onClick={keepClick} role="dialog" aria-label="Paused">
      <div className="panel">
        <h2>Paused</h2>
        <button className="button-primary" onClick={resume} autoFocus>
          Resume
        </button>
        <fieldset className="settings">
          <legend>Settings</legend>
          <label>
            Mouse sensitivity <output>{settings.mouseSensitivity.toFixed(2)}</output>
            <input
              type="range"
              min={MOUSE_SENSITIVITY.min}
              max={MOUSE_SENSITIVITY.max}
              step={MOUSE_SENSITIVITY.step}
              value={settings.mouseSensitivity}
              onChange={(e) => change({ mouseSensitivity: Number(e.currentTarget.value) })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.invertY}
              onChange={(e) => change({ invertY: e.currentTarget.checked })}
            />
            Invert mouse Y
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={settings.switchGlide}
              onChange={(e) => change({ switchGlide: e.currentTarget.checked })}
            />
            Camera glides to the chosen friend
          </label>
          {settingsProblem && <p className="overlay-note">{settingsProblem}</p>}
        </fieldset>
        <ControlsTable />
      </div>
    </div>
  );
}

/** 83.4 → "1:23.4" */
export function formatDuration(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  return `${m}:${s.toFixed(1).padStart(4, '0')}`;
}

export function CompletePanel({ onRestart }: { onRestart?: (() => void) | undefined }) {
  const seconds = useGame((s) => s.completedSeconds);
  const title = useGame((s) => s.engine?.level.title ?? s.levelName);
  return (
    <div className="overlay overlay-dim" onClick={keepClick} role="dialog" aria-label="Level complete">
      <div className="panel">
        <p className="overlay-kicker">{title}</p>
        <h2>Level complete</h2>
        {seconds !== null && <p className="overlay-time">Time: {formatDuration(seconds)}</p>}
        {onRestart && (
          <button className="button-primary" onClick={onRestart}>
            Play again
          </button>
        )}
      </div>
    </div>
  );
}

/** Every problem of a level file with where it is; dismissible when a level still runs behind it. */
export function ProblemsPanel({ problems }: { problems: LevelProblems }) {
  const dismiss = useGame((s) => s.dismissProblems);
  const count = problems.problems.length;
  return (
    <div className={`overlay ${problems.running ? 'overlay-side' : 'overlay-dim'}`} onClick={keepClick}>
      <div className="panel panel-problems" role="alert">
        <h2>
          {problems.file} cannot be played: {count} {count === 1 ? 'problem' : 'problems'}
        </h2>
        <p className="overlay-note">
          {problems.running
            ? 'The level that was loaded keeps running. Fix the file and save or drop it again.'
            : 'Fix the file and reload the page, or drop a level file here.'}
        </p>
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

interface BoundaryState {
  error: Error | null;
}

/** Shows a readable message instead of a white page when something below it throws while drawing. */
export class ErrorBoundary extends Component<{ children: ReactNode; where?: string }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Dreamcycle: ${this.props.where ?? 'the game'} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="overlay overlay-dim" role="alert">
        <div className="panel">
          <h2>Something in the dream broke</h2>
          <p>
            {this.props.where ? `${this.props.where}: ` : ''}
            {error.message}
          </p>
          <p className="overlay-note">
            Reload the page to try again. If it happens again, the message above helps us find it.
          </p>
          <button onClick={() => location.reload()}>Reload</button>
        </div>
      </div>
    );
  }
}
