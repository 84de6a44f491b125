// Soft blob shadows under the friends: one dark radial disc per friend on the ground beneath them, shrinking and
// fading as they jump. One instanced draw of a few small discs, the cheapest shadow a software renderer can afford.
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { Grid } from '../core/grid';
import { DIR_STEP } from '../core/grid';
import { BODY, VIEW } from '../core/tuning';
import type { Engine } from '../engine/engine';

const placed = new THREE.Object3D();
/** The ground found under a friend: its height and the slope of the ramp it is on (radians about x and z). */
const ground = { y: 0, tiltX: 0, tiltZ: 0 };

const VERTEX = /* glsl */ `
#include <fog_pars_vertex>
attribute float aStrength;
varying vec2 vUv;
varying float vStrength;
void main() {
  vUv = uv;
  vStrength = aStrength;
  vec4 mvPosition = modelViewMatrix * instanceMatrix * vec4(position, 1.0);
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}
`;

const FRAGMENT = /* glsl */ `
#include <fog_pars_fragment>
uniform float uDarkness;
uniform float uCore;
varying vec2 vUv;
varying float vStrength;
void main() {
  float r = length(vUv - 0.5) * 2.0;
  float a = uDarkness * vStrength * (1.0 - smoothstep(uCore, 1.0, r));
  // Fog hides the shadow as it hides the floor under it.
  #ifdef USE_FOG
    #ifdef FOG_EXP2
      a *= exp(-fogDensity * fogDensity * vFogDepth * vFogDepth);
    #else
      a *= 1.0 - smoothstep(fogNear, fogFar, vFogDepth);
    #endif
  #endif
  gl_FragColor = vec4(0.0, 0.0, 0.0, a);
}
`;

/** The walkable surface under (x, z) at or below `feet`, from the friend's floor down; false over the void. */
function groundUnder(grid: Grid, x: number, z: number, feet: number): boolean {
  const cs = grid.cellSize;
  const col = Math.floor(x / cs);
  const row = Math.floor(z / cs);
  for (let floor = grid.floorOfHeight(feet); floor >= 0; floor--) {
    const height = grid.heights[floor] ?? 0;
    const t = grid.terrain(floor, col, row);
    ground.tiltX = 0;
    ground.tiltZ = 0;
    if (t === 'floor') {
      ground.y = height;
      return true;
    }
    const run = grid.rampAt(floor, col, row);
    if (run) {
      const first = run.cells[0]!;
      const [dx, dz] = DIR_STEP[run.dir];
      const startX = dx > 0 ? first.col * cs : (first.col + 1) * cs;
      const startZ = dz > 0 ? first.row * cs : (first.row + 1) * cs;
      const length = run.cells.length * cs;
      const along = dx !== 0 ? (x - startX) * dx : (z - startZ) * dz;
      const rise = run.toHeight - run.fromHeight;
      ground.y = run.fromHeight + rise * Math.min(1, Math.max(0, along / length));
      // Lie on the slope, rising towards the run's high end.
      const angle = Math.atan2(rise, length);
      ground.tiltX = -dz * angle;
      ground.tiltZ = dx * angle;
      return true;
    }
    // The top of a wall of the floor below, level with this floor, is ground too.
    if (t === 'void' && floor > 0 && grid.terrain(floor - 1, col, row) === 'wall') {
      ground.y = (grid.heights[floor - 1] ?? 0) + grid.wallHeight;
      if (ground.y <= feet + 0.05) return true;
    }
  }
  return false;
}

export function FigureShadows({ engine }: { engine: Engine }) {
  const count = engine.friends.length;
  const mesh = useMemo(() => {
    const geometry = new THREE.CircleGeometry(1, 24).rotateX(-Math.PI / 2);
    geometry.setAttribute('aStrength', new THREE.InstancedBufferAttribute(new Float32Array(count), 1));
    const material = new THREE.ShaderMaterial({
      vertexShader: VERTEX,
      fragmentShader: FRAGMENT,
      uniforms: THREE.UniformsUtils.merge([
        THREE.UniformsLib.fog,
        { uDarkness: { value: VIEW.shadowDarkness }, uCore: { value: VIEW.shadowCore } },
      ]),
      transparent: true,
      depthWrite: false,
      fog: true,
      // Drawn on the floor it lies on without flickering into it.
      polygonOffset: true,
      polygonOffsetFactor: -1,
      polygonOffsetUnits: -1,
    });
    const m = new THREE.InstancedMesh(geometry, material, count);
    m.name = 'figure-shadows';
    // The discs move every frame and spread over the level: bounds would be stale at once.
    m.frustumCulled = false;
    m.instanceMatrix.setUsage(THREE.DynamicDrawUsage);
    return m;
  }, [count]);

  useEffect(
    () => () => {
      mesh.geometry.dispose();
      (mesh.material as THREE.Material).dispose();
      mesh.dispose();
    },
    [mesh],
  );

  useFrame(() => {
    const a = engine.alpha;
    const strength = mesh.geometry.getAttribute('aStrength') as THREE.InstancedBufferAttribute;
    engine.friends.forEach((friend, i) => {
      const p = friend.position;
      const q = friend.previous;
      const x = q.x + (p.x - q.x) * a;
      const z = q.z + (p.z - q.z) * a;
      const feet = q.y + (p.y - q.y) * a - BODY.radius;
      // Over the void there is no ground to darken: the shadow is gone.
      const onGround = groundUnder(engine.grid, x, z, feet);
      const fade = onGround ? Math.min(1, Math.max(0, feet - ground.y) / VIEW.shadowFadeHeight) : 1;
      strength.setX(i, 1 - fade);
      placed.position.set(x, ground.y + VIEW.shadowLift, z);
      placed.rotation.set(ground.tiltX, 0, ground.tiltZ);
      placed.scale.setScalar(VIEW.shadowRadius * (1 - VIEW.shadowShrink * fade));
      placed.updateMatrix();
      mesh.setMatrixAt(i, placed.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
    strength.needsUpdate = true;
  });

  return <primitive object={mesh} />;
}
