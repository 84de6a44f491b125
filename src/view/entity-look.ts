// How each kind of entity is drawn: one instanced mesh per look, and where each instance goes this frame.
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { EntityType } from '../core/schema';
import type { EntityView } from '../engine/skills/types';
import { BOSS, ENTITY } from '../core/tuning';
import type { Palette } from './palette';
import entityVert from '../../shaders/entity.vert.glsl?raw';
import hazardFrag from '../../shaders/hazard.frag.glsl?raw';
import crackedFrag from '../../shaders/cracked-wall.frag.glsl?raw';
import beaconFrag from '../../shaders/beacon.frag.glsl?raw';

/** An instanced entity drawn by one of the effect shaders; `uTime` is set each frame. */
function effect(
  fragmentShader: string,
  uniforms: Record<string, THREE.IUniform>,
  options: { ripple?: boolean; additive?: boolean } = {},
): THREE.ShaderMaterial {
  const additive = options.additive ?? false;
  return new THREE.ShaderMaterial({
    vertexShader: entityVert,
    fragmentShader,
    uniforms: THREE.UniformsUtils.merge([THREE.UniformsLib.fog, { uTime: { value: 0 } }, uniforms]),
    defines: options.ripple ? { RIPPLE: '' } : {},
    fog: !additive,
    transparent: additive,
    depthWrite: !additive,
    blending: additive ? THREE.AdditiveBlending : THREE.NormalBlending,
    side: additive ? THREE.DoubleSide : THREE.FrontSide,
  });
}

/** One instanced mesh each; false walls have two looks (still a wall, then revealed). */
export type LookName = Exclude<EntityType, 'dialogue' | 'boss-arena' | 'hint' | 'boss'> | 'false-wall-revealed';

export interface LookSpec {
  geometry: THREE.BufferGeometry;
  material: THREE.Material;
}

export interface Sizes {
  cell: number;
  wall: number;
  slab: number;
}

export function lookOf(view: EntityView): LookName | null {
  switch (view.type) {
    case 'dialogue':
    case 'boss-arena':
    case 'hint':
    case 'boss':
      // Hints are words on the HUD; the boss is drawn by BossFigure.
      return null;
    case 'false-wall':
      return view.solid ? 'false-wall' : 'false-wall-revealed';
    default:
      return view.type;
  }
}

export function makeLook(look: LookName, s: Sizes, palette: Palette): LookSpec {
  const basic = (color: string, opacity = 1, additive = false) =>
    new THREE.MeshBasicMaterial({
      color,
      transparent: opacity < 1,
      opacity,
      depthWrite: opacity >= 1,
      blending: additive ? THREE.AdditiveBlending : THREE.NormalBlending,
      side: opacity < 1 ? THREE.DoubleSide : THREE.FrontSide,
    });
  const lambert = (color: string) => new THREE.MeshLambertMaterial({ color });
  const c = s.cell;
  switch (look) {
    case 'door':
      return { geometry: new THREE.BoxGeometry(c * 0.98, s.wall, c * 0.98), material: basic('#ff3b4e', 0.42, true) };
    case 'false-wall':
      return { geometry: new THREE.BoxGeometry(c, s.wall + s.slab, c), material: lambert(palette.wall) };
    case 'false-wall-revealed':
      // A faint shell where the wall seemed to be: "a wall that is not there".
      return { geometry: new THREE.BoxGeometry(c * 0.98, s.wall, c * 0.98), material: basic(palette.trim, 0.16, true) };
    case 'hidden-platform':
      return { geometry: new THREE.BoxGeometry(c, s.slab, c), material: basic('#7fe8ff', 0.75) };
    case 'moving-platform':
      return { geometry: new THREE.BoxGeometry(c * 0.96, s.slab, c * 0.96), material: lambert(palette.trim) };
    case 'code-node':
      return { geometry: new THREE.OctahedronGeometry(0.35), material: basic('#ffffff') };
    case 'cycle-node':
      return { geometry: new THREE.TorusKnotGeometry(0.28, 0.08, 48, 8), material: basic('#ff5ab4') };
    case 'boss-core':
      return { geometry: new THREE.IcosahedronGeometry(0.55, 1), material: basic('#ff2f6d', 0.9, true) };
    case 'pressure-plate':
      return { geometry: new THREE.CylinderGeometry(c * 0.35, c * 0.38, 0.1, 20), material: lambert('#ffffff') };
    case 'cracked-wall':
      return {
        geometry: new THREE.BoxGeometry(c, s.wall + s.slab, c),
        material: effect(crackedFrag, {
          uStone: { value: new THREE.Color(palette.wall).multiplyScalar(0.55) },
          uCrack: { value: new THREE.Color('#ff8a3d') },
        }),
      };
    case 'doubt-hazard':
      return { geometry: new THREE.IcosahedronGeometry(0.5, 4), material: effect(hazardFrag, {}, { ripple: true }) };
    case 'fragment':
      return { geometry: new THREE.OctahedronGeometry(0.22), material: basic('#ffffff') };
    case 'checkpoint':
      return { geometry: new THREE.CylinderGeometry(c * 0.32, c * 0.32, 0.06, 24), material: basic('#ffffff', 0.9) };
    case 'exit': {
      const base = new THREE.CylinderGeometry(c * 0.4, c * 0.45, 0.12, 24, 1);
      const beam = new THREE.CylinderGeometry(c * 0.28, c * 0.28, 14, 16, 1, true);
      beam.translate(0, 7, 0);
      const geometry = mergeGeometries([base.toNonIndexed(), beam.toNonIndexed()], false);
      base.dispose();
      beam.dispose();
      return {
        geometry,
        material: effect(beaconFrag, { uColor: { value: new THREE.Color('#fff3b0') } }, { additive: true }),
      };
    }
    case 'bridge-anchor': {
      const g = new THREE.ConeGeometry(0.22, 0.7, 4);
      return { geometry: g, material: basic('#ffd1f0') };
    }
  }
}

const WHITE = new THREE.Color('#ffffff');

/**
 * Places one entity: writes its transform into `o` and its colour into `color`. `floorY` is its floor's walking
 * height; `time` makes glows bob and pulse. Returns false when it is not drawn now.
 */
export function place(
  view: EntityView,
  floorY: number,
  time: number,
  s: Sizes,
  o: THREE.Object3D,
  color: THREE.Color,
): boolean {
  if (!view.visible) return false;
  o.position.set(view.x, floorY, view.z);
  o.rotation.set(0, 0, 0);
  o.scale.set(1, 1, 1);
  color.copy(WHITE);
  switch (view.type) {
    case 'door': {
      if (!view.solid && view.progress >= 1) return false;
      // Opening sinks the energy field into the floor.
      const h = view.solid ? 1 : Math.max(0.02, 1 - view.progress);
      o.scale.y = h;
      o.position.y = floorY + (s.wall * h) / 2;
      color.setScalar(0.8 + 0.2 * Math.sin(time * 4));
      return true;
    }
    case 'false-wall':
      o.position.y = floorY + (s.wall - s.slab) / 2;
      return true;
    case 'cracked-wall':
      if (!view.solid) return false;
      o.position.y = floorY + (s.wall - s.slab) / 2;
      // r: the cracks glow; g and b are set by the caller for Leo's prompt.
      color.setRGB(1, 0, 0);
      return true;
    case 'hidden-platform':
    case 'moving-platform':
      o.position.y = floorY - s.slab / 2;
      return true;
    case 'code-node':
      // Where Ava aims: the node floats at its aim point.
      o.position.y = floorY + ENTITY.nodeAimHeight + 0.08 * Math.sin(time * 2);
      o.rotation.y = time * 1.2;
      color.set(view.active ? '#ff5cf0' : '#36f1ff');
      return true;
    case 'boss-core':
      // A core of the boss floats over the void at a dashing Leo's chest, throbbing.
      o.position.y = floorY + BOSS.coreHeight + 0.1 * Math.sin(time * 3);
      o.rotation.set(time * 0.7, time * 1.1, 0);
      o.scale.setScalar(1 + 0.18 * Math.sin(time * 6));
      color.set('#ff2f6d');
      return true;
    case 'cycle-node':
      // Dormant until the loop begins, then waiting for Ava, then rewritten.
      o.position.y = floorY + ENTITY.nodeAimHeight + 0.08 * Math.sin(time * 2);
      o.rotation.y = time * (view.progress > 0 ? 1.6 : 0.3);
      color.set(view.active ? '#ffe08a' : view.progress > 0 ? '#ff5ab4' : '#5a4660');
      return true;
    case 'pressure-plate':
      o.position.y = floorY + (view.active ? 0.01 : 0.05);
      color.set(view.active ? '#9dff8a' : '#b9b9c9');
      return true;
    case 'doubt-hazard': {
      const pulse = view.active ? 1 : 1 + 0.15 * Math.sin(time * 5);
      o.scale.setScalar(pulse);
      o.position.y = floorY + 0.9;
      color.set(view.active ? '#5a8cff' : '#ff2a1f');
      return true;
    }
    case 'fragment':
      o.position.y = floorY + 1.1 + 0.12 * Math.sin(time * 2.4);
      o.rotation.y = time * 1.8;
      color.set(view.active ? '#6d6d88' : '#fff6a8');
      return true;
    case 'checkpoint':
      o.position.y = floorY + 0.03;
      color.set(view.active ? '#8dffd0' : '#5f7f9f');
      return true;
    case 'exit':
      o.position.y = floorY + 0.06;
      color.setScalar(0.85 + 0.15 * Math.sin(time * 3));
      return true;
    case 'bridge-anchor':
      o.position.y = floorY + ENTITY.anchorAimHeight - 0.15;
      o.rotation.y = time;
      return true;
    default:
      return false;
  }
}
