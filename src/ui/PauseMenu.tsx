// The pause menu: Resume, Restart from checkpoint, Skip this puzzle (when that assist is on), Settings, Save replay,
// Enter VR, Quit to title. Esc opens it while playing and closes it again (Resume is its back control).
import { useState, type MouseEvent } from 'react';
import { campaignFlow } from './campaign-flow';
import { saveReplay } from './replays';
import { ControlsTable } from './ControlsTable';
import { ProofLine } from './ProofStatus';
import { SettingsDialog } from './SettingsPanel';
import { SkipPuzzle } from './SkipPuzzle';
import { useGame } from './store';
import { XrOffer } from './XrOffer';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function PauseMenu({ onPlay }: { onPlay?: (() => void) | undefined }) {
  const [view, setView] = useState<'menu' | 'settings' | 'skip'>('menu');
  const skipOn = useGame((s) => s.settings.assistSkipPuzzle);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const title = useGame((s) => s.engine?.level.title ?? s.levelName);
  const chapter = useGame((s) => s.chapter);
  const checkpoint = useGame((s) => s.lastCheckpoint);

  if (view === 'settings') return <SettingsDialog onClose={() => setView('menu')} />;
  if (view === 'skip') return <SkipPuzzle onCancel={() => setView('menu')} onPlay={onPlay} />;

  const act = (action: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    action();
  };
  const resume = act(() => {
    useGame.getState().resume();
    onPlay?.();
  });
  const restart = act(() => {
    campaignFlow.restartFromCheckpoint();
    onPlay?.();
  });
  const quit = act(() => void campaignFlow.open());

  return (
    <div className="overlay overlay-menu" onClick={keepClick} role="dialog" aria-label="Paused">
      <section className="glass menu-panel menu-panel-pause">
        <header className="menu-head">
          <div>
            <p className="menu-kicker">{chapter ? `Chapter ${chapter.number}` : 'Paused'}</p>
            <h2>{title}</h2>
          </div>
        </header>
        <ProofLine place="menu" />
        <div className="menu-stack">
          <button type="button" className="menu-button menu-button-primary" onClick={resume} autoFocus data-nav-back>
            Resume
          </button>
          <button type="button" className="menu-button" onClick={restart}>
            Restart from checkpoint
            <span className="menu-detail">
              {checkpoint ? 'the last checkpoint you reached' : 'the start of the level'}
            </span>
          </button>
          {skipOn && (
            <button type="button" className="menu-button" onClick={() => setView('skip')}>
              Skip this puzzle
              <span className="menu-detail">assist: on to the next checkpoint</span>
            </button>
          )}
          <button type="button" className="menu-button" onClick={() => setView('settings')}>
            Settings
          </button>
          <button type="button" className="menu-button" onClick={act(() => setSavedAs(saveReplay() ?? 'nothing yet'))}>
            Save replay
            <span className="menu-detail" role="status">
              {savedAs ? `saved as ${savedAs}` : 'the run so far, to watch or check again'}
            </span>
          </button>
          <XrOffer />
          <button type="button" className="menu-button" onClick={quit}>
            Quit to title
            <span className="menu-detail">
              {chapter ? 'your progress is saved at the last checkpoint' : 'this level file is not saved'}
            </span>
          </button>
        </div>
        <details className="menu-controls">
          <summary>Controls</summary>
          <ControlsTable />
        </details>
      </section>
    </div>
  );
}
