// How each friend looks to the others: a colour AND a shape of marker over the head, never colour alone.
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { FriendName } from '../core/schema';
import { BODY } from '../core/tuning';

export type MarkerShape = 'diamond' | 'halo' | 'cube' | 'spike';

export const FRIEND_LOOK: Readonly<Record<FriendName, { color: string; marker: MarkerShape }>> = {
  mia: { color: '#ff6fb5', marker: 'diamond' },
  noah: { color: '#5cc8ff', marker: 'halo' },
  ava: { color: '#ffd166', marker: 'cube' },
  leo: { color: '#7cf29a', marker: 'spike' },
};

/** A capsule the size of the friend's body, a visor showing where it looks, and its marker; origin at the feet sphere. */
export function friendFigure(name: FriendName): THREE.BufferGeometry {
  const look = FRIEND_LOOK[name];
  const body = new THREE.Color(look.color);
  const light = body.clone().lerp(new THREE.Color('#ffffff'), 0.55);
  const r = BODY.radius;
  const capsule = new THREE.CapsuleGeometry(r, BODY.headOffset, 4, 12);
  capsule.translate(0, BODY.headOffset / 2, 0);
  const visor = new THREE.BoxGeometry(r * 1.3, 0.14, 0.12);
  visor.translate(0, BODY.eyeOffset - 0.05, -r + 0.02);
  const top = BODY.headOffset + r + 0.4;
  const marker = markerGeometry(look.marker);
  marker.translate(0, top, 0);
  tint(capsule, body);
  tint(visor, new THREE.Color('#1a1a2e'));
  tint(marker, light);
  const parts = [capsule, visor, marker].map((g) => (g.index ? g.toNonIndexed() : g));
  const merged = mergeGeometries(parts, false);
  for (const g of [capsule, visor, marker, ...parts]) g.dispose();
  return merged;
}

function markerGeometry(shape: MarkerShape): THREE.BufferGeometry {
  switch (shape) {
    case 'diamond':
      return new THREE.OctahedronGeometry(0.2);
    case 'halo': {
      const g = new THREE.TorusGeometry(0.2, 0.05, 6, 16);
      g.rotateX(Math.PI / 2);
      return g;
    }
    case 'cube': {
      const g = new THREE.BoxGeometry(0.26, 0.26, 0.26);
      g.rotateY(Math.PI / 4);
      return g;
    }
    case 'spike': {
      const g = new THREE.ConeGeometry(0.18, 0.4, 4);
      return g;
    }
  }
}

function tint(g: THREE.BufferGeometry, c: THREE.Color): void {
  const n = g.getAttribute('position').count;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    colors[i * 3] = c.r;
    colors[i * 3 + 1] = c.g;
    colors[i * 3 + 2] = c.b;
  }
  g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
}
