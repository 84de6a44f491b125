// "Enter VR" where a headset can be used, or one quiet line saying why not (the xr part fills the store's slice).
import type { MouseEvent } from 'react';
import { useGame } from './store';

export function XrOffer() {
  const xr = useGame((s) => s.xr);
  if (xr.presenting) return null;
  if (xr.supported && xr.enter) {
    const enter = (e: MouseEvent) => {
      e.stopPropagation();
      xr.enter?.();
    };
    return (
      <button type="button" className="menu-button menu-button-vr" onClick={enter}>
        Enter VR
      </button>
    );
  }
  return <p className="menu-aside">{/^VR\b/.test(xr.reason) ? xr.reason : `VR: ${xr.reason}`}</p>;
}
