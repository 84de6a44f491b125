// The mood's light as shader uniforms — hemisphere sky and ground, and the sun — scaled for the surface that takes it.
import * as THREE from 'three';
import type { Palette } from './palette';

/** Where the sun stands for every surface the custom shaders light. */
const SUN_DIRECTION = new THREE.Vector3(-30, 50, 20).normalize();

export function moodLightUniforms(palette: Palette, hemiScale: number, sunScale: number) {
  const c = (hex: string, k: number) => new THREE.Color(hex).multiplyScalar(k);
  return {
    uSky: { value: c(palette.sky, hemiScale) },
    uGround: { value: c(palette.ground, hemiScale) },
    uSun: { value: c(palette.sun, palette.sunIntensity * sunScale) },
    uSunDir: { value: SUN_DIRECTION.clone() },
  };
}
