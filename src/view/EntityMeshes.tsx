// Draws the level's entities: one instanced mesh per look present in the level, light bridges (Noah's scan pulse is a ring drawn by the walls).
import { useEffect, useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import type { EntityView } from '../engine/skills/types';
import { LEVEL_GEOMETRY, SKILLS } from '../core/tuning';
import bridgeVert from '../../shaders/bridge.vert.glsl?raw';
import bridgeFrag from '../../shaders/bridge.frag.glsl?raw';
import { lookOf, makeLook, place, type LookName, type Sizes } from './entity-look';
import { paletteOf } from './palette';

const o = new THREE.Object3D();
const color = new THREE.Color();
const counts = new Map<LookName, number>();
/** An entity where it is drawn this frame: `alpha` of the way from its last tick to its current one. */
const drawn = {} as EntityView;

export function EntityMeshes({ engine }: { engine: Engine }) {
  const palette = paletteOf(engine.level);
  const sizes: Sizes = useMemo(
    () => ({ cell: engine.grid.cellSize, wall: engine.grid.wallHeight, slab: LEVEL_GEOMETRY.slabThickness }),
    [engine],
  );
  // How high each entity's floor is, by id (views carry no floor).
  const floorY = useMemo(
    () => new Map(engine.level.entities.map((e) => [e.id, engine.grid.heights[e.floor] ?? 0])),
    [engine],
  );
  const meshes = useMemo(() => {
    const capacity = new Map<LookName, number>();
    for (const e of engine.level.entities) {
      const looks: LookName[] = e.type === 'false-wall' ? ['false-wall', 'false-wall-revealed'] : [];
      if (
        e.type !== 'false-wall' &&
        e.type !== 'dialogue' &&
        e.type !== 'boss-arena' &&
        e.type !== 'hint' &&
        e.type !== 'boss'
      )
        looks.push(e.type);
      for (const l of looks) capacity.set(l, (capacity.get(l) ?? 0) + 1);
    }
    const out = new Map<LookName, THREE.InstancedMesh>();
    for (const [look, n] of capacity) {
      const spec = makeLook(look, sizes, palette);
      const mesh = new THREE.InstancedMesh(spec.geometry, spec.material, n);
      mesh.name = `entity-${look}`;
      mesh.count = 0;
      mesh.frustumCulled = false;
      mesh.setColorAt(0, color.set('#ffffff'));
      out.set(look, mesh);
    }
    return out;
  }, [engine, sizes, palette]);

  const bridge = useMemo(() => {
    const anchors = engine.level.entities.filter((e) => e.type === 'bridge-anchor').length;
    if (anchors === 0) return null;
    const material = new THREE.ShaderMaterial({
      vertexShader: bridgeVert,
      fragmentShader: bridgeFrag,
      uniforms: { uColor: { value: new THREE.Color('#ffb8ec') }, uTime: { value: 0 } },
      transparent: true,
      depthWrite: false,
      side: THREE.DoubleSide,
    });
    const mesh = new THREE.InstancedMesh(new THREE.BoxGeometry(1, 1, 1), material, SKILLS.bridge.maxStanding);
    mesh.name = 'bridges';
    mesh.count = 0;
    mesh.frustumCulled = false;
    return mesh;
  }, [engine]);

  useEffect(
    () => () => {
      for (const m of [...meshes.values(), bridge]) {
        if (!m) continue;
        m.geometry.dispose();
        (m.material as THREE.Material).dispose();
      }
    },
    [meshes, bridge],
  );

  useFrame((state) => {
    const time = state.clock.elapsedTime;
    const prompt = engine.prompt();
    const leo = engine.active.name === 'leo';
    counts.clear();
    const alpha = engine.alpha;
    for (const view of engine.entities.views()) {
      const look = lookOf(view);
      const mesh = look && meshes.get(look);
      if (!look || !mesh) continue;
      const i = counts.get(look) ?? 0;
      if (i >= mesh.instanceMatrix.count) continue;
      Object.assign(drawn, view);
      drawn.x = view.prevX + (view.x - view.prevX) * alpha;
      drawn.y = view.prevY + (view.y - view.prevY) * alpha;
      drawn.z = view.prevZ + (view.z - view.prevZ) * alpha;
      if (!place(drawn, floorY.get(view.id) ?? view.y, time, sizes, o, color)) continue;
      if (look === 'cracked-wall') {
        // Leo's crosshair prompt: on every cracked wall while he is active, bright on the one he aims at.
        color.g = prompt?.targetId === view.id ? 1 : 0;
        color.b = leo ? 1 : 0;
      }
      o.updateMatrix();
      mesh.setMatrixAt(i, o.matrix);
      mesh.setColorAt(i, color);
      counts.set(look, i + 1);
    }
    for (const [look, mesh] of meshes) {
      mesh.count = counts.get(look) ?? 0;
      const m = mesh.material as THREE.ShaderMaterial;
      if (m.uniforms?.uTime) m.uniforms.uTime.value = time;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }

    if (bridge) {
      let n = 0;
      for (const b of engine.entities.bridges) {
        if (n >= bridge.instanceMatrix.count) break;
        const dx = b.bx - b.ax;
        const dz = b.bz - b.az;
        const length = Math.hypot(dx, dz) * Math.max(0.02, b.progress);
        // Grows from the anchor Mia aimed at: the box's local z runs along the span.
        o.rotation.set(0, Math.atan2(dx, dz), 0);
        o.scale.set(sizes.cell * 0.8, 0.12, length);
        const k = length / 2 / Math.max(1e-6, Math.hypot(dx, dz));
        o.position.set(b.ax + dx * k, b.ay - 0.06 + (b.by - b.ay) * k, b.az + dz * k);
        o.updateMatrix();
        bridge.setMatrixAt(n++, o.matrix);
      }
      bridge.count = n;
      bridge.instanceMatrix.needsUpdate = true;
      (bridge.material as THREE.ShaderMaterial).uniforms.uTime!.value = time;
    }
  });

  return (
    <group>
      {[...meshes.values()].map((m) => (
        <primitive key={m.name} object={m} />
      ))}
      {bridge && <primitive object={bridge} />}
    </group>
  );
}
