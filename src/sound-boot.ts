// Sound starts on the player's first click or key (browsers allow audio only after one): the sound chunk (Tone.js
// and src/audio) loads then, hears the engine's events and reads the volumes from the settings every frame.
import { gameEvents } from './ui/events';
import { useGame } from './ui/store';

/** Waits for the first gesture, then starts the sound; returns what stops it. */
export function bootSoundOnFirstGesture(target: Window): () => void {
  let stop: (() => void) | null = null;
  let gone = false;
  const start = () => {
    target.removeEventListener('pointerdown', start, true);
    target.removeEventListener('keydown', start, true);
    void import('./audio/sound')
      .then(({ startSound }) =>
        startSound({
          engine: () => useGame.getState().engine,
          volumes: () => {
            const s = useGame.getState().settings;
            return { master: s.masterVolume, music: s.musicVolume, effects: s.effectsVolume };
          },
        }),
      )
      .then((sound) => {
        const off = gameEvents.on((event) => sound.play(event));
        stop = () => {
          off();
          sound.dispose();
        };
        if (gone) stop();
      })
      .catch((e: unknown) => console.warn('The sound could not start; the game plays on silently.', e));
  };
  target.addEventListener('pointerdown', start, true);
  target.addEventListener('keydown', start, true);
  return () => {
    gone = true;
    target.removeEventListener('pointerdown', start, true);
    target.removeEventListener('keydown', start, true);
    stop?.();
  };
}
