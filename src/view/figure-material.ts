// The material of friends' figures and first-person hands: the figure shader lit by the level's mood.
import * as THREE from 'three';
import figureVert from '../../shaders/figure.vert.glsl?raw';
import figureFrag from '../../shaders/figure.frag.glsl?raw';
import { FIGURE } from './friend-shapes';
import { moodLightUniforms } from './mood-light';
import type { Palette } from './palette';

/** The same light scale as the walls, so friends sit in the mood. */
const HEMI_SCALE = 0.8;
const SUN_SCALE = 0.4;

export function figureMaterial(palette: Palette): THREE.ShaderMaterial {
  const c = (hex: string, k = 1) => new THREE.Color(hex).multiplyScalar(k);
  return new THREE.ShaderMaterial({
    vertexShader: figureVert,
    fragmentShader: figureFrag,
    uniforms: THREE.UniformsUtils.merge([
      THREE.UniformsLib.fog,
      {
        ...moodLightUniforms(palette, HEMI_SCALE, SUN_SCALE),
        uRim: { value: c(palette.trim) },
        uLimbs: { value: new THREE.Vector4() },
        uBody: { value: new THREE.Vector2() },
        uPivots: { value: new THREE.Vector2(FIGURE.shoulder, FIGURE.hip) },
      },
    ]),
    vertexColors: true,
    fog: true,
  });
}
