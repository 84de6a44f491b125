// The front door: the game's name over a living dream (the level Continue would play, seen from a slow camera),
// and Continue, New game, Chapters, Memories, Settings, Play a level file, Enter VR. Every entry is a real button
// in a labelled dialog, the first one focused, so the keyboard and the gamepad move through it like the mouse.
import { useRef, useState, type ChangeEvent, type MouseEvent } from 'react';
import { campaignFlow } from './campaign-flow';
import { ChapterList } from './ChapterList';
import { playLevelFile } from './level-source';
import { MemoryList } from './MemoryList';
import { SettingsDialog } from './SettingsPanel';
import { useGame } from './store';
import { XrOffer } from './XrOffer';

type TitleView = 'menu' | 'chapters' | 'memories' | 'settings';

const keepClick = (e: MouseEvent) => e.stopPropagation();

export function TitleScreen({ onPlay }: { onPlay?: (() => void) | undefined }) {
  const [view, setView] = useState<TitleView>('menu');
  const back = () => setView('menu');
  if (view === 'chapters') return <ChapterList onBack={back} onPlay={onPlay} />;
  if (view === 'memories') return <MemoryList onBack={back} />;
  if (view === 'settings') return <SettingsDialog onClose={back} />;
  return <TitleMenu onPlay={onPlay} onOpen={setView} />;
}

function TitleMenu({ onPlay, onOpen }: { onPlay?: (() => void) | undefined; onOpen: (view: TitleView) => void }) {
  const notice = useGame((s) => s.progressNotice);
  const resume = useGame((s) => s.progress.resume);
  const chapters = useGame((s) => s.campaign?.chapters ?? []);
  const file = useRef<HTMLInputElement>(null);
  const continueTo = resume ? chapters.find((c) => c.id === resume.chapter) : undefined;

  const play = (action: () => void) => (e: MouseEvent) => {
    e.stopPropagation();
    action();
    onPlay?.();
  };
  const picked = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (chosen) playLevelFile(chosen);
  };

  return (
    <div className="overlay overlay-title" onClick={keepClick} role="dialog" aria-label="Dreamcycle">
      <header className="title-block">
        <p className="title-kicker">2042 · sleep is downloaded</p>
        <h1 className="title-logo">Dreamcycle</h1>
        <p className="title-tagline">Four friends. One labyrinth of memories.</p>
      </header>
      <nav className="glass title-menu" aria-label="Main menu">
        {continueTo && (
          <button
            type="button"
            className="menu-button menu-button-primary"
            onClick={play(() => campaignFlow.continueGame())}
            autoFocus
          >
            Continue
            <span className="menu-detail">
              Chapter {continueTo.number} · {continueTo.title}
            </span>
          </button>
        )}
        <button
          type="button"
          className={`menu-button${continueTo ? '' : ' menu-button-primary'}`}
          onClick={play(() => campaignFlow.newGame())}
          autoFocus={!continueTo}
        >
          New game
          {!continueTo && chapters[0] && <span className="menu-detail">Chapter 1 · {chapters[0].title}</span>}
        </button>
        <button type="button" className="menu-button" onClick={() => onOpen('chapters')}>
          Chapters
        </button>
        <button type="button" className="menu-button" onClick={() => onOpen('memories')}>
          Memories
        </button>
        <button type="button" className="menu-button" onClick={() => onOpen('settings')}>
          Settings
        </button>
        <button type="button" className="menu-button" onClick={() => file.current?.click()}>
          Play a level file…
          <span className="menu-detail">or drop a .json level on the page</span>
        </button>
        <input
          ref={file}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-label="Level file to play"
          onChange={picked}
        />
        <XrOffer />
      </nav>
      {notice && (
        <p className="glass title-notice" role="status">
          {notice}
        </p>
      )}
    </div>
  );
}
