// Whether this browser can enter immersive VR, told to the title screen and the pause menu. The VR layer itself
// (@react-three/xr, the controllers, the world text) is a lazy chunk loaded only where VR is supported.
import { lazy, Suspense } from 'react';
import type { Engine } from '../engine/engine';
import { useGame } from '../ui/store';
import type { XrAwareInput } from './xr-input';

export interface XrSupport {
  supported: boolean;
  /** Why not, in words for the player; empty when supported. */
  reason: string;
}

/** The parts of `navigator` and `window` the check reads, so node tests can hand in fakes. */
export interface XrNavigator {
  xr?: { isSessionSupported(mode: 'immersive-vr'): Promise<boolean> } | undefined;
}

export async function checkXrSupport(nav: XrNavigator, secure: boolean): Promise<XrSupport> {
  if (!nav.xr) {
    return {
      supported: false,
      reason: secure
        ? 'VR is not available: this browser has no WebXR. Open the game in a headset’s browser (such as Quest Browser).'
        : 'VR is not available: WebXR needs a secure page (https). Serve the game with `npm run dev:xr` and open the https address in the headset.',
    };
  }
  try {
    if (await nav.xr.isSessionSupported('immersive-vr')) return { supported: true, reason: '' };
    return { supported: false, reason: 'VR is not available: this browser has WebXR but no VR headset to show it on.' };
  } catch (e) {
    return { supported: false, reason: `VR is not available: the browser refused to say (${(e as Error).message}).` };
  }
}

/** Checks once at start and tells the menus; returns a function that stops listening for headsets. */
export function startXr(): () => void {
  let stopped = false;
  const nav = navigator as XrNavigator;
  const check = () =>
    void checkXrSupport(nav, window.isSecureContext).then((s) => {
      if (stopped) return;
      const xr = useGame.getState().xr;
      // `enter` is set by the VR layer once it has loaded.
      useGame.getState().setXr({ supported: s.supported, reason: s.reason, enter: s.supported ? xr.enter : null });
    });
  check();
  // A headset plugged in (or taken away) later changes the answer.
  const xrSystem = (navigator as { xr?: EventTarget }).xr;
  xrSystem?.addEventListener?.('devicechange', check);
  return () => {
    stopped = true;
    xrSystem?.removeEventListener?.('devicechange', check);
  };
}

const XrLayer = lazy(() => import('./XrLayer'));

/** Inside the canvas: the VR layer where VR is supported, nothing (and nothing loaded) elsewhere. */
export function XrSlot({ engine, input }: { engine: Engine; input: XrAwareInput }) {
  const supported = useGame((s) => s.xr.supported);
  if (!supported) return null;
  return (
    <Suspense fallback={null}>
      <XrLayer engine={engine} input={input} />
    </Suspense>
  );
}
