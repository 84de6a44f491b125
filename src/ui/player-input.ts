// Everything the player's hands do, wired once for the page: keyboard and mouse (with pointer lock or drag-look),
// the gamepad polled every frame into the same actions, the menus' focus navigation, and the settings applied the
// moment they change (bindings, toggle run, text sizes, subtitles, reduced motion).
import { useEffect, useState, type RefObject } from 'react';
import { createDesktopInput, type DesktopInput, type EventTargetLike } from '../input/desktop';
import { createGamepadInput } from '../input/gamepad';
import { currentDevice, noteDevice, setInputStatus } from './controls';
import { installFocusNav, openDialog } from './focus-nav';
import { bindingsOf, SUBTITLE_REM, UI_TEXT_PX, type Settings } from './settings';
import { useGame } from './store';
import './access.css';

/** Resumes play from the pause menu; asks for pointer lock only when the mouse is in use (the browser may say no). */
function resume(input: DesktopInput): void {
  const state = useGame.getState();
  if (state.phase !== 'paused') return;
  state.resume();
  if (currentDevice() === 'keys') input.requestPointerLock();
}

/** The page-wide look of the settings: text size, subtitles, motion. CSS in access.css reads these. */
export function applyPageSettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.style.fontSize = `${UI_TEXT_PX[settings.uiTextSize]}px`;
  root.style.setProperty('--subtitle-size', `${SUBTITLE_REM[settings.subtitleSize]}rem`);
  root.style.setProperty('--subtitle-background', String(settings.subtitleBackground));
  root.dataset.subtitles = settings.subtitles ? 'on' : 'off';
  root.dataset.speakerNames = settings.speakerNames ? 'on' : 'off';
  root.dataset.reducedMotion = settings.reducedMotion ? 'on' : 'off';
}

/** Creates the player's input on the stage element; null until mounted. */
export function usePlayerInput(stage: RefObject<HTMLElement | null>): DesktopInput | null {
  const [input, setInput] = useState<DesktopInput | null>(null);

  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const settings = () => useGame.getState().settings;
    const nav = installFocusNav({
      onBack: () => resume(desktop),
      onStart: () => {
        if (useGame.getState().phase === 'paused') resume(desktop);
        else nav.activate();
      },
    });
    const desktop = createDesktopInput(element, {
      bindings: bindingsOf(settings()),
      look: settings,
      onPause: () => {
        // The Esc that made the browser give up the lock may reach the page too: it must not close the menu again.
        nav.blockEscape();
        useGame.getState().pause();
      },
    });
    desktop.actions.toggleRun = settings().toggleRun;
    desktop.actions.keyLookSensitivity = settings().mouseSensitivity;
    setInputStatus(() => ({
      autoWalking: desktop.actions.autoWalking,
      runLocked: desktop.actions.toggleRun && desktop.actions.running,
    }));
    const pad = createGamepadInput({
      actions: desktop.actions,
      settings,
      bindings: bindingsOf(settings()),
      mode: () => (useGame.getState().phase === 'playing' && !openDialog() ? 'play' : 'menu'),
      menu: nav,
      onUse: () => noteDevice('gamepad'),
      window: window as unknown as EventTargetLike,
      frames: { request: (fn) => requestAnimationFrame(fn), cancel: (id) => cancelAnimationFrame(id) },
    });
    const onKeys = () => noteDevice('keys');
    const onMouseMove = (e: MouseEvent) => {
      if (Math.abs(e.movementX) + Math.abs(e.movementY) > 2) noteDevice('keys');
    };
    window.addEventListener('keydown', onKeys, true);
    window.addEventListener('mousedown', onKeys, true);
    window.addEventListener('mousemove', onMouseMove, true);

    applyPageSettings(settings());
    const stop = useGame.subscribe((state, before) => {
      if (state.settings === before.settings) return;
      const s = state.settings;
      if (s.bindings !== before.settings.bindings) {
        desktop.setBindings(bindingsOf(s));
        pad.setBindings(bindingsOf(s));
      }
      desktop.actions.toggleRun = s.toggleRun;
      desktop.actions.keyLookSensitivity = s.mouseSensitivity;
      applyPageSettings(s);
    });

    setInput(desktop);
    return () => {
      stop();
      window.removeEventListener('keydown', onKeys, true);
      window.removeEventListener('mousedown', onKeys, true);
      window.removeEventListener('mousemove', onMouseMove, true);
      pad.dispose();
      desktop.dispose();
      nav.dispose();
    };
  }, [stage]);

  return input;
}
