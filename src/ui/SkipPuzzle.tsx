// Skip this puzzle (assist): asks first, then moves the party on to the next checkpoint of the route and goes back to
// play. The chapter is marked "assisted" in the chapter list; it is never hidden.
import { useState, type MouseEvent } from 'react';
import { skipPuzzle } from './assist';
import { useGame } from './store';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function SkipPuzzle({ onCancel, onPlay }: { onCancel: () => void; onPlay?: (() => void) | undefined }) {
  const [state, setState] = useState<'ask' | 'finding' | { problem: string }>('ask');
  const chapter = useGame((s) => s.chapter);

  const skip = (e: MouseEvent) => {
    e.stopPropagation();
    setState('finding');
    void skipPuzzle().then((result) => {
      if (!result.skipped) return setState({ problem: result.reason });
      useGame.getState().resume();
      onPlay?.();
    });
  };

  return (
    <div className="overlay overlay-menu" onClick={keepClick} role="dialog" aria-label="Skip this puzzle">
      <section className="glass menu-panel menu-panel-pause">
        <header className="menu-head">
          <div>
            <p className="menu-kicker">Assist</p>
            <h2>Skip this puzzle?</h2>
          </div>
        </header>
        {state === 'ask' && (
          <p className="menu-text">
            You move on to the next checkpoint on the way, with what the puzzle asked already done; the others stand
            where the way leaves them.{chapter ? ' The chapter will be marked “assisted”.' : ''}
          </p>
        )}
        {state === 'finding' && (
          <p className="menu-text" role="status">
            Finding the way from where everyone stands…
          </p>
        )}
        {typeof state === 'object' && (
          <p className="menu-text" role="alert">
            Cannot skip: {state.problem}.
          </p>
        )}
        <div className="menu-row">
          {state === 'ask' && (
            <button type="button" className="menu-button menu-button-primary" onClick={skip} autoFocus>
              Skip to the next checkpoint
            </button>
          )}
          <button
            type="button"
            className="menu-button"
            onClick={onCancel}
            data-nav-back
            autoFocus={state !== 'ask'}
            disabled={state === 'finding'}
          >
            {state === 'ask' ? 'Keep trying' : 'Back'}
          </button>
        </div>
      </section>
    </div>
  );
}
