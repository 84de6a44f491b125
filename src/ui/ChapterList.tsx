// Every chapter of the campaign: open or not yet, memories found of all, best time, and "assisted" where an assist
// moved the party on (such a chapter is marked, never hidden). A finished campaign opens the epilogue from here.
import type { MouseEvent } from 'react';
import { campaignFlow } from './campaign-flow';
import { formatDuration } from './format';
import { campaignFinished, chapterStates } from './progress';
import { useGame } from './store';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function ChapterList({ onBack, onPlay }: { onBack: () => void; onPlay?: (() => void) | undefined }) {
  const chapters = useGame((s) => s.campaign?.chapters ?? []);
  const progress = useGame((s) => s.progress);
  const states = chapterStates(progress, chapters);
  const finished = campaignFinished(progress, chapters);

  return (
    <div className="overlay overlay-menu" onClick={keepClick} role="dialog" aria-label="Chapters">
      <section className="glass menu-panel">
        <header className="menu-head">
          <h2>Chapters</h2>
          <button type="button" className="menu-button menu-button-small" onClick={onBack} data-nav-back>
            Back
          </button>
        </header>
        <ol className="chapter-list">
          {chapters.map((chapter, i) => {
            const state = states[i]!;
            const play = (e: MouseEvent) => {
              e.stopPropagation();
              campaignFlow.playChapter(chapter);
              onPlay?.();
            };
            return (
              <li key={chapter.id}>
                <button
                  type="button"
                  className={`chapter${state.unlocked ? '' : ' chapter-locked'}`}
                  onClick={play}
                  disabled={!state.unlocked}
                  autoFocus={i === 0}
                >
                  {/* The name read aloud is the visible text, with "Chapter" before the number. */}
                  <span className="visually-hidden">Chapter </span>
                  <span className="chapter-number">{String(chapter.number).padStart(2, '0')}</span>
                  <span className="chapter-title">{chapter.title}</span>
                  <span className="chapter-facts">
                    {state.unlocked ? (
                      <>
                        <span>
                          {state.found} of {state.total} memories
                        </span>
                        <span>
                          {state.bestSeconds !== null
                            ? `best ${formatDuration(state.bestSeconds)}`
                            : 'not finished yet'}
                        </span>
                        {state.assisted && <span className="badge badge-assisted">assisted</span>}
                      </>
                    ) : (
                      <span>opens when chapter {chapter.number - 1} is finished</span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
          {finished && (
            <li>
              <button
                type="button"
                className="chapter chapter-epilogue"
                onClick={(e) => {
                  e.stopPropagation();
                  campaignFlow.showEpilogue();
                }}
              >
                <span className="chapter-number">☀</span>
                <span className="chapter-title">Epilogue · Sunrise</span>
                <span className="chapter-facts">
                  <span>the four friends, together</span>
                </span>
              </button>
            </li>
          )}
        </ol>
      </section>
    </div>
  );
}
