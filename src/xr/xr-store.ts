// The one @react-three/xr store of the page: no emulator, no offered session, controller (merged, ControllerModel.tsx) and hand models from
// the game's own copy of the WebXR input profiles (never a CDN), a high frame rate and full foveation.
import { createXRStore, type XRStore } from '@react-three/xr';
import { XR_RENDER } from '../core/tuning';
import { ControllerModel } from './ControllerModel';

/** Where the build keeps the input profiles (see `xrProfiles` in vite.config.ts). */
export const PROFILES_PATH = 'xr-profiles/';

let store: XRStore | null = null;

export function profilesUrl(base: string = import.meta.env.BASE_URL, page: string = location.href): string {
  return new URL(`${base}${PROFILES_PATH}`, page).href;
}

export function xrStore(): XRStore {
  store ??= createXRStore({
    emulate: false,
    offerSession: false,
    baseAssetPath: profilesUrl(),
    frameRate: 'high',
    foveation: XR_RENDER.foveation,
    handTracking: true,
    // The game draws its own rays and arc; the library's pointers would raycast the whole level every frame.
    controller: ControllerModel,
    hand: { rayPointer: false, grabPointer: false, touchPointer: false, teleportPointer: false },
    transientPointer: false,
    gaze: false,
    screenInput: false,
  });
  return store;
}
