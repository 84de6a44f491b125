// The graphics card can take the WebGL context away (a driver reset, memory pressure). The game pauses at once,
// says so, and three.js rebuilds what it drew when the context comes back; play goes on from the same state.
import { create } from 'zustand';
import { useGame, type GameStore } from './store';

export const useScreen = create<{ lost: boolean }>(() => ({ lost: false }));

/** Listens on the whole page (context events do not bubble, so in the capture phase); returns the stop function. */
export function watchContextLoss(target: Window = window, store: GameStore = useGame): () => void {
  const lost = () => {
    useScreen.setState({ lost: true });
    store.getState().pause();
  };
  const restored = () => useScreen.setState({ lost: false });
  target.addEventListener('webglcontextlost', lost, true);
  target.addEventListener('webglcontextrestored', restored, true);
  return () => {
    target.removeEventListener('webglcontextlost', lost, true);
    target.removeEventListener('webglcontextrestored', restored, true);
  };
}
