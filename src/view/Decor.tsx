// The level's decor props: one instanced mesh per kind present (a kind is a few merged primitives), tinted per
// prop, lit like the walls, glowing where lamps, screens and neon glow. Static: placed once, nothing per frame.
// Labels (neon signs, posters) are text, in a lazy chunk only levels with labels load.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import * as THREE from 'three';
import type { DecorKind } from '../core/schema';
import type { Engine } from '../engine/engine';
import decorVert from '../../shaders/decor.vert.glsl?raw';
import decorFrag from '../../shaders/decor.frag.glsl?raw';
import { decorGeometry } from './decor-shapes';
import { placeDecor } from './decor-place';
import { lampOf } from './lamp';
import { paletteOf, type Palette } from './palette';
import { LAMP_REACH } from './wall-material';

const DecorLabels = lazy(() => import('./DecorLabels'));

/** A kind's tint when the level gives none: its natural colour, or the mood's for what glows. */
function defaultTint(kind: DecorKind, palette: Palette): string {
  switch (kind) {
    case 'bed':
      return '#5b7bd5';
    case 'desk':
    case 'chair':
      return '#9a6a45';
    case 'bookshelf':
      return '#7a4e33';
    case 'toy-blocks':
      return '#2ecc71';
    case 'teddy':
      return '#b07a4a';
    case 'crate':
      return '#a0774e';
    case 'plant':
      return '#3f9b58';
    case 'water-tank':
    case 'vent':
    case 'antenna':
      return '#6d7280';
    case 'pillar':
      return palette.wall;
    case 'lamp':
    case 'poster':
      return palette.lamp;
    case 'rug':
    case 'lab-bench':
    case 'cables':
      return palette.breath;
    case 'window':
      return palette.horizon;
    case 'clock':
    case 'monitor':
    case 'server-rack':
    case 'neon-sign':
      return palette.trim;
  }
}

const color = new THREE.Color();

export function Decor({ engine }: { engine: Engine }) {
  const palette = paletteOf(engine.level);
  const placed = useMemo(() => placeDecor(engine.grid, engine.level.decor ?? []), [engine]);
  const material = useMemo(() => {
    const c = (hex: string, k = 1) => new THREE.Color(hex).multiplyScalar(k);
    const lamp = lampOf(engine);
    return new THREE.ShaderMaterial({
      vertexShader: decorVert,
      fragmentShader: decorFrag,
      uniforms: THREE.UniformsUtils.merge([
        THREE.UniformsLib.fog,
        {
          uSky: { value: c(palette.sky, 0.75) },
          uGround: { value: c(palette.ground, 0.75) },
          uSun: { value: c(palette.sun, palette.sunIntensity * 0.32) },
          uSunDir: { value: new THREE.Vector3(-30, 50, 20).normalize() },
          uLamp: { value: c(palette.lamp, 0.55) },
          uLampAt: { value: new THREE.Vector4(lamp.x, lamp.y, lamp.z, LAMP_REACH) },
        },
      ]),
      vertexColors: true,
      fog: true,
    });
  }, [engine, palette]);
  const meshes = useMemo(() => {
    const out: THREE.InstancedMesh[] = [];
    for (const [kind, list] of placed) {
      const mesh = new THREE.InstancedMesh(decorGeometry(kind), material, list.length);
      mesh.name = `decor-${kind}`;
      list.forEach((p, i) => {
        mesh.setMatrixAt(i, p.matrix);
        mesh.setColorAt(i, color.set(p.decor.tint ?? defaultTint(kind, palette)));
      });
      mesh.instanceMatrix.needsUpdate = true;
      mesh.computeBoundingSphere();
      out.push(mesh);
    }
    return out;
  }, [placed, material, palette]);
  const labels = useMemo(
    () => [...placed.values()].flat().filter((p) => p.decor.label !== undefined && p.decor.label.trim() !== ''),
    [placed],
  );

  useEffect(
    () => () => {
      for (const m of meshes) m.geometry.dispose();
      material.dispose();
    },
    [meshes, material],
  );

  return (
    <group name="decor">
      {meshes.map((m) => (
        <primitive key={m.name} object={m} />
      ))}
      {labels.length > 0 && (
        <Suspense fallback={null}>
          <DecorLabels labels={labels} palette={palette} />
        </Suspense>
      )}
    </group>
  );
}
