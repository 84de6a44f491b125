// The controllers as the headset's own models (from the game's copy of the WebXR input profiles), with the
// meshes of each model merged by material: the Quest Touch Plus is 6 meshes, drawn for both eyes 12 times a
// frame; merged it is one or two. Its buttons do not move; the game's prompts say which to press.
import { Suspense, useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { useLoadXRControllerModel, useXRInputSourceStateContext, XRSpace } from '@react-three/xr';

/** One mesh per material of the model, in the model's own space; the model itself when merging cannot be done. */
export function mergeByMaterial(model: THREE.Object3D): THREE.Object3D {
  model.updateMatrixWorld(true);
  const rootInverse = new THREE.Matrix4().copy(model.matrixWorld).invert();
  const byMaterial = new Map<THREE.Material, THREE.BufferGeometry[]>();
  let ok = true;
  model.traverse((o) => {
    const mesh = o as THREE.Mesh;
    if (!mesh.isMesh || !mesh.visible) return;
    if (Array.isArray(mesh.material)) {
      ok = false;
      return;
    }
    const g = mesh.geometry.clone().applyMatrix4(new THREE.Matrix4().multiplyMatrices(rootInverse, mesh.matrixWorld));
    const list = byMaterial.get(mesh.material) ?? [];
    list.push(g);
    byMaterial.set(mesh.material, list);
  });
  const out = new THREE.Group();
  out.name = 'xr-controller-merged';
  for (const [material, geometries] of byMaterial) {
    const merged = ok ? mergeGeometries(geometries, false) : null;
    for (const g of geometries) if (g !== merged) g.dispose();
    if (!merged) return model;
    out.add(new THREE.Mesh(merged, material));
  }
  return out;
}

/** The store's controller implementation: the merged model, once its file has loaded. */
export function ControllerModel() {
  return (
    <Suspense fallback={null}>
      <MergedModel />
    </Suspense>
  );
}

function MergedModel() {
  const state = useXRInputSourceStateContext('controller');
  const model = useLoadXRControllerModel(state.layout);
  const merged = useMemo(() => mergeByMaterial(model), [model]);
  useEffect(() => {
    state.object = merged;
  }, [state, merged]);
  return (
    <XRSpace space="grip-space">
      <primitive object={merged} />
    </XRSpace>
  );
}
