// Every memory fragment the player has found, chapter by chapter, to read again; the ones not found yet are
// counted, not shown. Fragment text comes from the level files and is always rendered as text.
import { useState, type MouseEvent } from 'react';
import type { Memory } from './campaign';
import { useGame } from './store';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function MemoryList({ onBack }: { onBack: () => void }) {
  const chapters = useGame((s) => s.campaign?.chapters ?? []);
  const progress = useGame((s) => s.progress);
  const found = chapters.map((c) => {
    const ids = progress.chapters[c.id]?.fragments ?? [];
    return { chapter: c, memories: c.memories.filter((m) => ids.includes(m.id)) };
  });
  const all = found.flatMap((f) => f.memories);
  const [open, setOpen] = useState<Memory | null>(all[0] ?? null);

  return (
    <div className="overlay overlay-menu" onClick={keepClick} role="dialog" aria-label="Memories">
      <section className="glass menu-panel menu-panel-wide">
        <header className="menu-head">
          <h2>Memories</h2>
          <button type="button" className="menu-button menu-button-small" onClick={onBack} data-nav-back>
            Back
          </button>
        </header>
        {all.length === 0 ? (
          <p className="menu-quiet">
            No memories yet. Fragments glow in every chapter; walk up to one and read it to keep it here.
          </p>
        ) : (
          <div className="memories">
            <nav className="memory-index" aria-label="Found memories">
              {found.map(({ chapter, memories }) => (
                <div key={chapter.id} className="memory-chapter">
                  <h3>
                    {chapter.number} · {chapter.title}
                    <span className="memory-count">
                      {memories.length} of {chapter.memories.length}
                    </span>
                  </h3>
                  {memories.map((m, i) => (
                    <button
                      type="button"
                      key={m.id}
                      className={`memory-link${open?.id === m.id ? ' memory-link-open' : ''}`}
                      aria-pressed={open?.id === m.id}
                      onClick={() => setOpen(m)}
                      autoFocus={m === all[0]}
                    >
                      {m.title ?? `Memory ${i + 1}`}
                    </button>
                  ))}
                </div>
              ))}
            </nav>
            {open && (
              <article className="memory-page" aria-live="polite">
                <h3>{open.title ?? 'A memory'}</h3>
                <p>{open.text}</p>
              </article>
            )}
          </div>
        )}
      </section>
    </div>
  );
}
