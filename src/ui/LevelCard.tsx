// The short card at the end of a level: the time, the memories found of all, "assisted" when an assist was used,
// and the way on (the next chapter, the sunrise after the last). A loose level file offers Play again instead.
import type { MouseEvent } from 'react';
import { campaignFlow } from './campaign-flow';
import { formatDuration, memories } from './format';
import { useGame } from './store';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function LevelCard({ onPlay }: { onPlay?: (() => void) | undefined }) {
  const card = useGame((s) => s.card);
  const mode = useGame((s) => s.mode);
  const chapter = useGame((s) => s.chapter);
  const seconds = useGame((s) => s.completedSeconds);
  const title = card?.title ?? useGame.getState().engine?.level.title ?? '';

  const act = (action: () => void, play: boolean) => (e: MouseEvent) => {
    e.stopPropagation();
    action();
    if (play) onPlay?.();
  };
  const time = card?.seconds ?? seconds;
  const campaign = mode === 'campaign' && chapter;

  return (
    <div className="overlay overlay-card" onClick={keepClick} role="dialog" aria-label="Level complete">
      <section className="glass card">
        <p className="menu-kicker">{campaign ? `Chapter ${chapter.number} complete` : 'Level complete'}</p>
        <h2 className="card-title">{title}</h2>
        <dl className="card-facts">
          {time !== null && (
            <div>
              <dt>Time</dt>
              <dd>{formatDuration(time)}</dd>
            </div>
          )}
          {card && card.total > 0 && (
            <div>
              <dt>Memories</dt>
              <dd>
                {card.found} of {card.total}
              </dd>
            </div>
          )}
          {card && card.total === 0 && (
            <div>
              <dt>Memories</dt>
              <dd>{memories(0)}</dd>
            </div>
          )}
        </dl>
        {card?.assisted && <p className="badge badge-assisted">assisted</p>}
        <div className="menu-row">
          {campaign ? (
            <button
              type="button"
              className="menu-button menu-button-primary"
              onClick={act(() => campaignFlow.goOn(), card?.next != null)}
              autoFocus
            >
              {card?.next ? `On to chapter ${card.next.number}` : 'Watch the sunrise'}
              {card?.next && <span className="menu-detail">{card.next.title}</span>}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="menu-button menu-button-primary"
                onClick={act(() => campaignFlow.restartLevel(), true)}
                autoFocus
              >
                Play again
              </button>
              <button type="button" className="menu-button" onClick={act(() => void campaignFlow.open(), false)}>
                Back to the title
              </button>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
