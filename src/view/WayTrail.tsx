// Show the way: a trail of light from where the friend who acts next stands now, through the cells of the route, to
// where their next deed waits. Motes of light along the route, brightening in a wave that runs towards the goal.
// The route comes from the UI (planned by the solver from the live state); this only draws it.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import type { CellRef } from '../core/grid';
import type { FriendName } from '../core/schema';
import { BODY, WAY_TRAIL } from '../core/tuning';

export interface WayTrailProps {
  engine: Engine;
  /** The friend the trail starts at and the cells it runs through; null draws nothing. */
  way: { friend: FriendName; cells: readonly CellRef[] } | null;
}

const scratch = new THREE.Object3D();
const from = new THREE.Vector3();
const to = new THREE.Vector3();
const here = new THREE.Vector3();

export function WayTrail({ engine, way }: WayTrailProps) {
  const mesh = useRef<THREE.InstancedMesh>(null);
  const geometry = useMemo(() => new THREE.SphereGeometry(0.1, 8, 6), []);
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color: '#ffe1a8',
        transparent: true,
        opacity: 0.9,
        blending: THREE.AdditiveBlending,
        depthWrite: false,
        toneMapped: false,
      }),
    [],
  );
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );

  // The route's cell centres, a little above each floor; made once per route, not per frame.
  const points = useMemo(
    () =>
      (way?.cells ?? []).map((c) => {
        const p = engine.grid.center(c.floor, c.col, c.row);
        return new THREE.Vector3(p.x, p.y + WAY_TRAIL.height, p.z);
      }),
    [engine, way],
  );

  useFrame(({ clock }) => {
    const m = mesh.current;
    if (!m) return;
    const friend = way ? engine.friends.find((f) => f.name === way.friend) : undefined;
    if (!friend || points.length === 0) {
      m.count = 0;
      return;
    }
    const p = friend.position;
    here.set(p.x, p.y - BODY.radius + WAY_TRAIL.height, p.z);
    // The route may have been planned a moment ago: start from the cell nearest the friend, not behind them.
    let nearest = 0;
    let best = Infinity;
    for (let i = 0; i < points.length; i++) {
      const d = points[i]!.distanceToSquared(here);
      if (d < best) {
        best = d;
        nearest = i;
      }
    }
    const t = clock.elapsedTime * WAY_TRAIL.flowSpeed;
    let count = 0;
    let walked = 0;
    from.copy(here);
    for (let i = nearest; i < points.length && count < WAY_TRAIL.maxMotes; i++) {
      to.copy(points[i]!);
      const length = from.distanceTo(to);
      // The first mote sits at the friend's feet; then one every `spacing` metres along each leg.
      for (let d = count === 0 ? 0 : WAY_TRAIL.spacing - (walked % WAY_TRAIL.spacing); d <= length;) {
        scratch.position.lerpVectors(from, to, length > 0 ? d / length : 0);
        const wave = 0.6 + 0.4 * Math.sin((walked + d) * 1.4 - t);
        scratch.scale.setScalar(wave);
        scratch.updateMatrix();
        m.setMatrixAt(count++, scratch.matrix);
        if (count >= WAY_TRAIL.maxMotes) break;
        d += WAY_TRAIL.spacing;
      }
      walked += length;
      from.copy(to);
    }
    m.count = count;
    m.instanceMatrix.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={mesh}
      name="way-trail"
      args={[geometry, material, WAY_TRAIL.maxMotes]}
      frustumCulled={false}
      renderOrder={10}
    />
  );
}
