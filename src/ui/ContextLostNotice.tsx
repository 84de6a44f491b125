// While the WebGL context is gone: a line that says so, over the pause menu.
import { useScreen } from './context-loss';

export function ContextLostNotice() {
  const lost = useScreen((s) => s.lost);
  if (!lost) return null;
  return (
    <p className="context-lost glass" role="status">
      The picture was lost (the graphics card reset). The game is paused and the dream is being redrawn…
    </p>
  );
}
