// What the player switched on and is not holding: "Auto-walk · F to stop", "Running · Shift to walk". Without it a
// player who pressed auto-walk by mistake would not know why the friend walks on.
import { useEffect, useState } from 'react';
import { HUD_TIMING } from './hud-feed';
import { actionKey, inputStatus, useControls } from './controls';

export function InputStatus() {
  const [status, setStatus] = useState(inputStatus);
  useControls();
  useEffect(() => {
    const timer = setInterval(() => {
      const next = inputStatus();
      setStatus((prev) => (prev.autoWalking === next.autoWalking && prev.runLocked === next.runLocked ? prev : next));
    }, HUD_TIMING.refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, []);
  if (!status.autoWalking && !status.runLocked) return null;
  return (
    <ul className="hud-input-status" aria-label="Switched on">
      {status.autoWalking && (
        <li>
          <span aria-hidden="true">⇡ </span>Auto-walk · <kbd>{actionKey('autoWalk')}</kbd> to stop
        </li>
      )}
      {status.runLocked && (
        <li>
          <span aria-hidden="true">» </span>Running · <kbd>{actionKey('run')}</kbd> to walk
        </li>
      )}
    </ul>
  );
}
