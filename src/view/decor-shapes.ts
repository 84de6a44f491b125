// Each decor kind built from a few primitives, merged into one geometry (one instanced mesh per kind). Local
// frame: origin on the floor at the prop's centre, front towards -z; wall kinds have their back at z = 0 and
// stand out towards -z. Attributes: `color` (fixed colours, or white where the instance's tint shows), and
// `decor` = (glow, takes the tint).
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { DecorKind } from '../core/schema';

/** A piece's colour: a fixed colour, or `tint` to take the prop's tint (the level's or the palette's). */
type Paint = string | 'tint';

interface Piece {
  g: THREE.BufferGeometry;
  paint: Paint;
  glow?: number;
}

const box = (w: number, h: number, d: number, x = 0, y = 0, z = 0) =>
  new THREE.BoxGeometry(w, h, d).translate(x, y + h / 2, z);
const cyl = (r: number, h: number, x = 0, y = 0, z = 0, seg = 12, r2 = r) =>
  new THREE.CylinderGeometry(r, r2, h, seg).translate(x, y + h / 2, z);
const ball = (r: number, x = 0, y = 0, z = 0) => new THREE.SphereGeometry(r, 10, 8).translate(x, y, z);
const p = (g: THREE.BufferGeometry, paint: Paint, glow = 0): Piece => ({ g, paint, glow });

const WOOD = '#8a5a3c';
const DARK = '#26242e';
const STEEL = '#8b98a3';
const WHITE = '#eeeef4';

function legs(w: number, d: number, h: number, t: number, paint: Paint): Piece[] {
  const x = w / 2 - t;
  const z = d / 2 - t;
  return [
    p(box(t, h, t, -x, 0, -z), paint),
    p(box(t, h, t, x, 0, -z), paint),
    p(box(t, h, t, -x, 0, z), paint),
    p(box(t, h, t, x, 0, z), paint),
  ];
}

function pieces(kind: DecorKind): Piece[] {
  switch (kind) {
    case 'bed':
      return [
        p(box(1.0, 0.3, 2.0), WOOD),
        p(box(0.94, 0.16, 1.9, 0, 0.3), WHITE),
        p(box(0.98, 0.1, 1.3, 0, 0.4, 0.3), 'tint'),
        p(box(0.6, 0.12, 0.34, 0, 0.46, -0.72), WHITE),
        p(box(1.0, 0.75, 0.08, 0, 0, -0.98), WOOD),
      ];
    case 'desk':
      return [
        p(box(1.2, 0.05, 0.6, 0, 0.7), 'tint'),
        ...legs(1.2, 0.6, 0.7, 0.05, 'tint'),
        p(box(0.4, 0.3, 0.55, 0.35, 0.38), 'tint'),
        p(box(0.08, 0.02, 0.02, 0.35, 0.55, -0.29), STEEL),
      ];
    case 'chair':
      return [
        p(box(0.42, 0.05, 0.42, 0, 0.43), 'tint'),
        p(box(0.42, 0.45, 0.04, 0, 0.48, 0.19), 'tint'),
        ...legs(0.42, 0.42, 0.43, 0.035, DARK),
      ];
    case 'clock':
      return [
        p(new THREE.CylinderGeometry(0.24, 0.24, 0.05, 24).rotateX(Math.PI / 2).translate(0, 0, -0.025), 'tint'),
        p(new THREE.CylinderGeometry(0.2, 0.2, 0.02, 24).rotateX(Math.PI / 2).translate(0, 0, -0.055), WHITE, 0.35),
        p(box(0.02, 0.15, 0.01, 0, 0, -0.07), DARK),
        p(box(0.12, 0.02, 0.01, 0.05, 0, -0.07), DARK),
      ];
    case 'bookshelf': {
      const books: Piece[] = [];
      const colours = ['#c0392b', '#2e86c1', '#f1c40f', '#27ae60', '#8e44ad', '#e67e22'];
      for (let shelf = 0; shelf < 4; shelf++)
        for (let i = 0; i < 6; i++) {
          const h = 0.22 + ((i * 7 + shelf * 3) % 5) * 0.02;
          books.push(p(box(0.1, h, 0.22, -0.32 + i * 0.12, 0.08 + shelf * 0.44, -0.02), colours[(i + shelf) % 6]!));
        }
      return [
        p(box(0.9, 1.8, 0.04, 0, 0, 0.14), 'tint'),
        p(box(0.04, 1.8, 0.32, -0.43), 'tint'),
        p(box(0.04, 1.8, 0.32, 0.43), 'tint'),
        ...[0, 0.44, 0.88, 1.32, 1.76].map((y) => p(box(0.9, 0.04, 0.32, 0, y), 'tint')),
        ...books,
      ];
    }
    case 'toy-blocks':
      return [
        p(box(0.22, 0.22, 0.22, -0.13, 0, 0), '#e74c3c'),
        p(box(0.22, 0.22, 0.22, 0.12, 0, 0.05).rotateY(0.3), '#3498db'),
        p(box(0.22, 0.22, 0.22, 0, 0.22, 0.02).rotateY(-0.2), 'tint'),
        p(box(0.18, 0.18, 0.18, 0.05, 0, -0.25).rotateY(0.6), '#f1c40f'),
      ];
    case 'teddy':
      return [
        p(ball(0.17, 0, 0.17, 0), 'tint'),
        p(ball(0.12, 0, 0.42, -0.02), 'tint'),
        p(ball(0.045, -0.09, 0.52, -0.01), 'tint'),
        p(ball(0.045, 0.09, 0.52, -0.01), 'tint'),
        p(ball(0.05, 0, 0.4, -0.12), '#f3d9b1'),
        p(ball(0.06, -0.16, 0.22, -0.05), 'tint'),
        p(ball(0.06, 0.16, 0.22, -0.05), 'tint'),
        p(ball(0.065, -0.09, 0.05, -0.12), 'tint'),
        p(ball(0.065, 0.09, 0.05, -0.12), 'tint'),
        p(ball(0.018, -0.045, 0.45, -0.11), DARK),
        p(ball(0.018, 0.045, 0.45, -0.11), DARK),
      ];
    case 'lamp':
      return [
        p(cyl(0.14, 0.04), DARK),
        p(cyl(0.015, 1.2, 0, 0.04), STEEL),
        p(cyl(0.12, 0.26, 0, 1.12, 0, 16, 0.24), 'tint', 1.1),
        p(ball(0.07, 0, 1.2, 0), '#fff1c8', 3),
      ];
    case 'rug':
      return [
        p(new THREE.CylinderGeometry(0.8, 0.8, 0.012, 32).translate(0, 0.006, 0), 'tint'),
        p(new THREE.TorusGeometry(0.62, 0.03, 4, 32).rotateX(Math.PI / 2).translate(0, 0.014, 0), WHITE),
      ];
    case 'poster':
      return [p(box(0.66, 0.9, 0.015, 0, -0.45, -0.008), DARK), p(box(0.6, 0.84, 0.01, 0, -0.42, -0.02), 'tint', 0.25)];
    case 'window':
      return [
        p(box(1.1, 1.3, 0.06, 0, -0.65, -0.03), WHITE),
        p(box(0.96, 1.16, 0.02, 0, -0.58, -0.065), 'tint', 1.2),
        p(box(0.05, 1.16, 0.03, 0, -0.58, -0.08), WHITE),
        p(box(0.96, 0.05, 0.03, 0, -0.02, -0.08), WHITE),
      ];
    case 'lab-bench':
      return [
        p(box(1.8, 0.85, 0.7), '#d9dee3'),
        p(box(1.86, 0.06, 0.76, 0, 0.85), DARK),
        p(cyl(0.06, 0.22, -0.5, 0.91, 0), 'tint', 1.5),
        p(cyl(0.05, 0.3, -0.3, 0.91, 0.1), 'tint', 1.2),
        p(cyl(0.09, 0.12, 0.45, 0.91, -0.05, 12, 0.04), '#8ff7ff', 1.2),
        p(box(0.3, 0.25, 0.25, 0.1, 0.91, 0.1), STEEL),
      ];
    case 'monitor':
      return [
        p(box(0.2, 0.02, 0.15), DARK),
        p(box(0.04, 0.25, 0.04, 0, 0.02, 0.03), DARK),
        p(box(0.6, 0.38, 0.04, 0, 0.24), DARK),
        p(box(0.54, 0.32, 0.01, 0, 0.27, -0.022), 'tint', 1.6),
      ];
    case 'server-rack': {
      const leds: Piece[] = [];
      for (let i = 0; i < 8; i++) {
        leds.push(p(box(0.42, 0.02, 0.01, 0, 0.2 + i * 0.22, -0.405), 'tint', 2));
        leds.push(p(box(0.03, 0.03, 0.01, 0.24, 0.19 + i * 0.22, -0.405), i % 3 ? '#52ff7a' : '#ff5a5a', 3));
      }
      return [p(box(0.62, 2.0, 0.8), '#1b1d26'), ...leds];
    }
    case 'cables': {
      const cables: Piece[] = [];
      for (let i = 0; i < 4; i++) {
        const g = new THREE.TorusGeometry(0.35 + i * 0.12, 0.025, 5, 20, Math.PI * 0.9)
          .rotateX(Math.PI / 2)
          .rotateY(i * 1.3)
          .translate(-0.1 + i * 0.05, 0.03, 0);
        cables.push(p(g, i === 1 ? 'tint' : DARK, i === 1 ? 1 : 0));
      }
      return cables;
    }
    case 'neon-sign':
      return [
        p(box(1.3, 0.5, 0.05, 0, -0.5, -0.025), DARK),
        p(box(1.24, 0.035, 0.03, 0, -0.04, -0.065), 'tint', 2.5),
        p(box(1.24, 0.035, 0.03, 0, -0.49, -0.065), 'tint', 2.5),
        p(box(0.035, 0.45, 0.03, -0.62, -0.49, -0.065), 'tint', 2.5),
        p(box(0.035, 0.45, 0.03, 0.62, -0.49, -0.065), 'tint', 2.5),
      ];
    case 'antenna':
      return [
        p(cyl(0.15, 0.1), DARK),
        p(cyl(0.03, 2.6, 0, 0.1), STEEL),
        p(box(0.9, 0.03, 0.03, 0, 1.6), STEEL),
        p(box(0.6, 0.03, 0.03, 0, 2.0), STEEL),
        p(box(0.35, 0.03, 0.03, 0, 2.35), STEEL),
        p(ball(0.07, 0, 2.72, 0), '#ff3b3b', 3),
      ];
    case 'water-tank':
      return [
        ...legs(1.1, 1.1, 0.8, 0.07, DARK),
        p(cyl(0.65, 1.1, 0, 0.8, 0, 16), 'tint'),
        p(new THREE.ConeGeometry(0.68, 0.35, 16).translate(0, 0.8 + 1.1 + 0.175, 0), 'tint'),
        p(new THREE.TorusGeometry(0.655, 0.03, 4, 24).rotateX(Math.PI / 2).translate(0, 1.35, 0), DARK),
      ];
    case 'vent': {
      const slats: Piece[] = [];
      for (let i = 0; i < 5; i++) slats.push(p(box(0.56, 0.03, 0.02, 0, -0.36 + i * 0.07, -0.06), DARK));
      return [p(box(0.66, 0.44, 0.05, 0, -0.42, -0.025), 'tint'), ...slats];
    }
    case 'plant': {
      const leaves: Piece[] = [];
      for (let i = 0; i < 6; i++) {
        const a = (i / 6) * Math.PI * 2;
        const g = new THREE.ConeGeometry(0.07, 0.55, 5)
          .rotateZ(0.5)
          .rotateY(a)
          .translate(Math.cos(a) * 0.12, 0.6, Math.sin(a) * 0.12);
        leaves.push(p(g, 'tint'));
      }
      return [p(cyl(0.18, 0.35, 0, 0, 0, 12, 0.13), '#b5653f'), p(ball(0.14, 0, 0.45, 0), 'tint'), ...leaves];
    }
    case 'crate':
      return [
        p(box(0.8, 0.8, 0.8), 'tint'),
        p(box(0.84, 0.08, 0.84, 0, 0.0), DARK),
        p(box(0.84, 0.08, 0.84, 0, 0.72), DARK),
        p(box(0.08, 0.8, 0.84, -0.38), DARK),
        p(box(0.08, 0.8, 0.84, 0.38), DARK),
      ];
    case 'pillar':
      return [
        p(box(0.9, 0.2, 0.9), DARK),
        p(cyl(0.34, 2.6, 0, 0.2, 0, 16), 'tint'),
        p(new THREE.TorusGeometry(0.36, 0.03, 6, 24).rotateX(Math.PI / 2).translate(0, 1.4, 0), 'tint', 2),
        p(box(0.9, 0.2, 0.9, 0, 2.8), DARK),
      ];
  }
}

/** One kind's merged geometry: `color`, and `decor` = (glow, takes the tint). */
export function decorGeometry(kind: DecorKind): THREE.BufferGeometry {
  const list = pieces(kind);
  const parts = list.map((piece) => {
    const g = piece.g.index ? piece.g.toNonIndexed() : piece.g;
    const n = g.getAttribute('position').count;
    const c = new THREE.Color(piece.paint === 'tint' ? '#ffffff' : piece.paint);
    const colors = new Float32Array(n * 3);
    const decor = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      colors.set([c.r, c.g, c.b], i * 3);
      decor[i * 2] = piece.glow ?? 0;
      decor[i * 2 + 1] = piece.paint === 'tint' ? 1 : 0;
    }
    g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
    g.setAttribute('decor', new THREE.BufferAttribute(decor, 2));
    g.deleteAttribute('uv');
    return g;
  });
  const merged = mergeGeometries(parts, false);
  for (const piece of list) piece.g.dispose();
  for (const g of parts) g.dispose();
  return merged;
}

/** How high above its floor a wall kind hangs (its top edge; the piece hangs down from there). */
export const WALL_MOUNT_HEIGHT: Partial<Record<DecorKind, number>> = {
  clock: 2.0,
  poster: 2.05,
  window: 2.2,
  'neon-sign': 2.6,
  vent: 0.6,
};
