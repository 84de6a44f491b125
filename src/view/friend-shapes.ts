// How each friend looks: a figure built from a few primitives with a silhouette of their own (Mia's visor and
// long coat, Noah's lab coat and tablet, Ava's hood and glowing bracelets, Leo's spiky hair and implants), one
// merged geometry each with a `part` per vertex (body, arms, legs) the figure shader swings, and a `glow`.
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { FriendName } from '../core/schema';
import { BODY } from '../core/tuning';
import { FRIEND_LOOK, type MarkerShape } from './friend-look';

/** What the figure shader moves each vertex with. */
export const PART = { body: 0, head: 1, armLeft: 2, armRight: 3, legLeft: 4, legRight: 5 } as const;
type Part = (typeof PART)[keyof typeof PART];

/** Heights above the friend's origin (the feet sphere's centre; the feet are `BODY.radius` below it). */
export const FIGURE = {
  feet: -BODY.radius,
  hip: 0.42,
  shoulder: 0.92,
  head: 1.1,
} as const;

const SKIN = '#f2c6a8';

interface Piece {
  g: THREE.BufferGeometry;
  color: string;
  part: Part;
  glow?: number;
}

const box = (w: number, h: number, d: number, x: number, y: number, z: number) =>
  new THREE.BoxGeometry(w, h, d).translate(x, y, z);
const cyl = (top: number, bottom: number, h: number, x: number, y: number, z: number, seg = 10) =>
  new THREE.CylinderGeometry(top, bottom, h, seg).translate(x, y, z);
const ball = (r: number, x: number, y: number, z: number) => new THREE.SphereGeometry(r, 12, 9).translate(x, y, z);

/** Legs, arms, torso and head every friend shares; each friend dresses them. */
function base(shirt: string, trousers: string, skin = SKIN): Piece[] {
  const { feet, hip, shoulder, head } = FIGURE;
  const legLen = hip - feet;
  const armLen = 0.62;
  return [
    { g: cyl(0.075, 0.06, legLen, -0.1, feet + legLen / 2, 0), color: trousers, part: PART.legLeft },
    { g: cyl(0.075, 0.06, legLen, 0.1, feet + legLen / 2, 0), color: trousers, part: PART.legRight },
    { g: box(0.12, 0.07, 0.22, -0.1, feet + 0.035, -0.04), color: '#2a2633', part: PART.legLeft },
    { g: box(0.12, 0.07, 0.22, 0.1, feet + 0.035, -0.04), color: '#2a2633', part: PART.legRight },
    { g: cyl(0.2, 0.16, shoulder - hip + 0.06, 0, (hip + shoulder) / 2, 0, 12), color: shirt, part: PART.body },
    { g: cyl(0.055, 0.045, armLen, -0.25, shoulder - armLen / 2, 0), color: shirt, part: PART.armLeft },
    { g: cyl(0.055, 0.045, armLen, 0.25, shoulder - armLen / 2, 0), color: shirt, part: PART.armRight },
    { g: ball(0.05, -0.25, shoulder - armLen, 0), color: skin, part: PART.armLeft },
    { g: ball(0.05, 0.25, shoulder - armLen, 0), color: skin, part: PART.armRight },
    { g: cyl(0.05, 0.06, 0.1, 0, shoulder + 0.04, 0), color: skin, part: PART.head },
    { g: ball(0.15, 0, head, 0), color: skin, part: PART.head },
  ];
}

function dress(name: FriendName): Piece[] {
  const { hip, shoulder, head, feet } = FIGURE;
  switch (name) {
    case 'mia': {
      // A VR artist: a glowing visor across the eyes, a headset band, a bob of dark hair, a long pink coat.
      const coat = '#d94f95';
      return [
        ...base(coat, '#2b2440'),
        {
          g: cyl(0.22, 0.34, shoulder - feet - 0.35, 0, (shoulder + feet + 0.35) / 2, 0.01, 14),
          color: coat,
          part: PART.body,
        },
        { g: ball(0.165, 0, head + 0.03, 0.03), color: '#2a1630', part: PART.head },
        { g: box(0.27, 0.08, 0.1, 0, head + 0.01, -0.12), color: '#ff9de0', part: PART.head, glow: 1.4 },
        { g: box(0.33, 0.04, 0.3, 0, head + 0.03, 0), color: '#3a2a4a', part: PART.head },
      ];
    }
    case 'noah': {
      // A researcher: a white lab coat open over a blue shirt, round glasses, a tablet in the left hand.
      const coat = '#eef4f8';
      return [
        ...base('#3d7fc2', '#3a3f52'),
        {
          g: cyl(0.215, 0.27, shoulder - hip + 0.34, 0, (shoulder + hip - 0.28) / 2, 0.015, 14),
          color: coat,
          part: PART.body,
        },
        { g: cyl(0.062, 0.055, 0.5, -0.25, shoulder - 0.25, 0), color: coat, part: PART.armLeft },
        { g: cyl(0.062, 0.055, 0.5, 0.25, shoulder - 0.25, 0), color: coat, part: PART.armRight },
        { g: ball(0.158, 0, head + 0.05, 0.02), color: '#3a2a20', part: PART.head },
        { g: box(0.24, 0.05, 0.04, 0, head + 0.01, -0.14), color: '#9fe6ff', part: PART.head, glow: 0.6 },
        { g: box(0.2, 0.26, 0.025, -0.27, shoulder - 0.6, -0.1), color: '#5cc8ff', part: PART.armLeft, glow: 1.2 },
      ];
    }
    case 'ava': {
      // A programmer: a hoodie with its hood up, glowing code bracelets on both wrists.
      const hoodie = '#c9962e';
      return [
        ...base(hoodie, '#262a3a'),
        { g: ball(0.2, 0, head + 0.02, 0.04), color: hoodie, part: PART.head },
        {
          g: new THREE.ConeGeometry(0.08, 0.16, 8).rotateX(Math.PI / 2.4).translate(0, head + 0.12, 0.2),
          color: hoodie,
          part: PART.head,
        },
        { g: ball(0.145, 0, head, -0.035), color: SKIN, part: PART.head },
        { g: cyl(0.065, 0.065, 0.05, -0.25, shoulder - 0.5, 0), color: '#ffe66b', part: PART.armLeft, glow: 2 },
        { g: cyl(0.065, 0.065, 0.05, 0.25, shoulder - 0.5, 0), color: '#ffe66b', part: PART.armRight, glow: 2 },
        { g: box(0.3, 0.1, 0.06, 0, hip + 0.12, -0.17), color: '#a57a22', part: PART.body },
      ];
    }
    case 'leo': {
      // A biohacker: a sleeveless vest, spiky green-black hair, glowing implants at the temple and along an arm.
      const spikes: Piece[] = [];
      for (let i = 0; i < 7; i++) {
        const a = (i / 7) * Math.PI * 2;
        const g = new THREE.ConeGeometry(0.05, 0.22, 5)
          .rotateZ(Math.sin(a) * 0.7)
          .rotateX(-Math.cos(a) * 0.7)
          .translate(Math.sin(a) * 0.08, head + 0.16, Math.cos(a) * 0.08);
        spikes.push({ g, color: i % 2 ? '#1d3a26' : '#7cf29a', part: PART.head });
      }
      return [
        ...base('#2c3a33', '#1e2320', '#e6b896'),
        { g: cyl(0.205, 0.17, 0.4, 0, shoulder - 0.2, 0, 8), color: '#3f7a52', part: PART.body },
        { g: cyl(0.058, 0.05, 0.62, -0.25, shoulder - 0.31, 0), color: '#e6b896', part: PART.armLeft },
        { g: cyl(0.058, 0.05, 0.62, 0.25, shoulder - 0.31, 0), color: '#e6b896', part: PART.armRight },
        { g: ball(0.155, 0, head + 0.04, 0.02), color: '#1d3a26', part: PART.head },
        ...spikes,
        { g: box(0.03, 0.06, 0.06, 0.15, head + 0.02, -0.04), color: '#7cf29a', part: PART.head, glow: 2 },
        { g: box(0.03, 0.2, 0.03, 0.3, shoulder - 0.3, -0.02), color: '#7cf29a', part: PART.armRight, glow: 2 },
      ];
    }
  }
}

/** One friend's figure, merged; attributes `color`, `part` and `glow`. Facing -z, origin at the feet sphere. */
export function friendFigure(name: FriendName): THREE.BufferGeometry {
  const look = FRIEND_LOOK[name];
  // The marker over the head: a shape as well as a colour, so friends are told apart without colour.
  const marker = markerGeometry(look.marker).translate(0, FIGURE.head + 0.5, 0);
  return merge([...dress(name), { g: marker, color: look.color, part: PART.head, glow: 0.8 }]);
}

function markerGeometry(shape: MarkerShape): THREE.BufferGeometry {
  switch (shape) {
    case 'diamond':
      return new THREE.OctahedronGeometry(0.12);
    case 'halo':
      return new THREE.TorusGeometry(0.12, 0.03, 6, 16).rotateX(Math.PI / 2);
    case 'cube':
      return new THREE.BoxGeometry(0.16, 0.16, 0.16).rotateY(Math.PI / 4);
    case 'spike':
      return new THREE.ConeGeometry(0.1, 0.24, 4);
  }
}

/** What the active friend shows in first person when using their skill: a forearm, a hand, their device. */
export function firstPersonHands(name: FriendName): THREE.BufferGeometry {
  const sleeve = { mia: '#d94f95', noah: '#eef4f8', ava: '#c9962e', leo: '#e6b896' }[name];
  const arm = new THREE.CylinderGeometry(0.045, 0.055, 0.42, 10).rotateX(Math.PI / 2).translate(0, 0, 0.21);
  const hand = new THREE.SphereGeometry(0.055, 10, 8).scale(1, 0.8, 1.2);
  const pieces: Piece[] = [
    { g: arm, color: sleeve, part: PART.body },
    { g: hand, color: name === 'leo' ? '#e6b896' : SKIN, part: PART.body },
  ];
  switch (name) {
    case 'mia':
      pieces.push({
        g: cyl(0.012, 0.012, 0.22, 0, 0.02, -0.08).rotateX(-1.2),
        color: '#ff9de0',
        part: PART.body,
        glow: 2.5,
      });
      break;
    case 'noah':
      pieces.push({
        g: box(0.2, 0.015, 0.14, 0, 0.05, -0.04).rotateX(-0.5),
        color: '#5cc8ff',
        part: PART.body,
        glow: 2,
      });
      break;
    case 'ava':
      pieces.push({
        g: cyl(0.068, 0.068, 0.04, 0, 0, 0.08).rotateX(Math.PI / 2),
        color: '#ffe66b',
        part: PART.body,
        glow: 3,
      });
      break;
    case 'leo':
      pieces.push({ g: box(0.02, 0.02, 0.24, 0.05, 0.04, 0.12), color: '#7cf29a', part: PART.body, glow: 3 });
      break;
  }
  return merge(pieces);
}

function merge(pieces: Piece[]): THREE.BufferGeometry {
  const parts = pieces.map((p) => {
    const g = p.g.index ? p.g.toNonIndexed() : p.g;
    const n = g.getAttribute('position').count;
    const c = new THREE.Color(p.color);
    const colors = new Float32Array(n * 3);
    const part = new Float32Array(n);
    const glow = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      colors.set([c.r, c.g, c.b], i * 3);
      part[i] = p.part;
      glow[i] = p.glow ?? 0;
    }
    g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
    g.setAttribute('part', new THREE.BufferAttribute(part, 1));
    g.setAttribute('glow', new THREE.BufferAttribute(glow, 1));
    g.deleteAttribute('uv');
    return g;
  });
  const merged = mergeGeometries(parts, false);
  for (const p of pieces) p.g.dispose();
  for (const g of parts) g.dispose();
  return merged;
}
