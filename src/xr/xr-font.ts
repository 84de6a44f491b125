// The font of all text in VR: Atkinson Hyperlegible (SIL OFL 1.1, assets/fonts/), served by the game itself.
import fontUrl from '../../assets/fonts/atkinson-hyperlegible-latin-400-normal.woff?url';

export const XR_FONT = fontUrl;
