// How each friend is told apart everywhere (HUD, figures, VR): a colour AND a shape of marker, never colour alone.
// No three here: the HUD imports it, and the 3D view is a lazy chunk.
import type { FriendName } from '../core/schema';

export type MarkerShape = 'diamond' | 'halo' | 'cube' | 'spike';

export const FRIEND_LOOK: Readonly<Record<FriendName, { color: string; marker: MarkerShape }>> = {
  mia: { color: '#ff6fb5', marker: 'diamond' },
  noah: { color: '#5cc8ff', marker: 'halo' },
  ava: { color: '#ffd166', marker: 'cube' },
  leo: { color: '#7cf29a', marker: 'spike' },
};
