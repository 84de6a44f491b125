// The epilogue over the sunrise scene: a page at a time (the morning, the four friends, the vow), then the
// credits and the way back to the title.
import { useState, type MouseEvent } from 'react';
import { campaignFlow } from './campaign-flow';
import { CREDITS, EPILOGUE } from './epilogue';
import { FRIEND_TITLE } from './hud-feed';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function Epilogue() {
  const [page, setPage] = useState(0);
  const credits = page >= EPILOGUE.length;
  const current = EPILOGUE[page];
  const next = (e: MouseEvent) => {
    e.stopPropagation();
    setPage((p) => p + 1);
  };
  const home = (e: MouseEvent) => {
    e.stopPropagation();
    void campaignFlow.open();
  };

  return (
    <div className="overlay overlay-epilogue" onClick={keepClick} role="dialog" aria-label="Epilogue">
      <section className="glass epilogue" key={page}>
        {current && (
          <>
            <p className="menu-kicker">Epilogue</p>
            <h2 className="epilogue-heading">{current.heading}</h2>
            {current.lines.map((line, i) =>
              line.speaker ? (
                <blockquote key={i} className={`epilogue-line epilogue-${line.speaker}`}>
                  <p>{line.text}</p>
                  <footer>{FRIEND_TITLE[line.speaker]}</footer>
                </blockquote>
              ) : (
                <p key={i} className="epilogue-narration">
                  {line.text}
                </p>
              ),
            )}
            <div className="menu-row">
              <button type="button" className="menu-button menu-button-primary" onClick={next} autoFocus>
                {page + 1 < EPILOGUE.length ? 'Go on' : 'Credits'}
              </button>
            </div>
          </>
        )}
        {credits && (
          <>
            <p className="menu-kicker">Dreamcycle</p>
            <h2 className="epilogue-heading">Credits</h2>
            <dl className="credits">
              {CREDITS.map((c) => (
                <div key={c.role}>
                  <dt>{c.role}</dt>
                  <dd>{c.names}</dd>
                </div>
              ))}
            </dl>
            <div className="menu-row">
              <button type="button" className="menu-button menu-button-primary" onClick={home} autoFocus data-nav-back>
                Back to the title
              </button>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
