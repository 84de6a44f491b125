// The labyrinth's material: the memory-wall shader with the mood's lights, breath, lamp and Noah's pulse.
import * as THREE from 'three';
import wallVert from '../../shaders/memory-wall.vert.glsl?raw';
import wallFrag from '../../shaders/memory-wall.frag.glsl?raw';
import { moodLightUniforms } from './mood-light';
import type { Palette, PaletteName } from './palette';

/** How far the lamp's warm pool reaches, in metres. */
export const LAMP_REACH = 14;
/** Scales from the palette's colours to the shader's light, close to what three's Lambert gave before. */
const HEMI_SCALE = 0.75;
const SUN_SCALE = 0.32;
const LAMP_SCALE = 0.55;

/** Which of the shader's patterns each mood paints: a define, so the program holds only that mood's pattern. */
const PATTERN: Readonly<Record<PaletteName, number>> = { dusk: 0, exam: 1, neon: 2, lab: 3, cycle: 4, sunrise: 5 };

export function wallMaterial(
  name: PaletteName,
  palette: Palette,
  lampAt: { x: number; y: number; z: number },
): THREE.ShaderMaterial {
  const c = (hex: string, k = 1) => new THREE.Color(hex).multiplyScalar(k);
  return new THREE.ShaderMaterial({
    vertexShader: wallVert,
    fragmentShader: wallFrag,
    uniforms: THREE.UniformsUtils.merge([
      THREE.UniformsLib.fog,
      {
        ...moodLightUniforms(palette, HEMI_SCALE, SUN_SCALE),
        uBreath: { value: c(palette.breath) },
        uAccent: { value: c(palette.trim) },
        uLamp: { value: c(palette.lamp, LAMP_SCALE) },
        uLampAt: { value: new THREE.Vector4(lampAt.x, lampAt.y, lampAt.z, LAMP_REACH) },
        uPulse: { value: new THREE.Vector4(0, 0, 0, 0) },
        uPulseColor: { value: c('#5cc8ff') },
        uTime: { value: 0 },
      },
    ]),
    // A software renderer runs every branch of a shader: a uniform switch would pay for all five patterns.
    defines: { PATTERN: PATTERN[name] },
    vertexColors: true,
    fog: true,
  });
}
