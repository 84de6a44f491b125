// The anchor: the same level built the way three.js's `games_fps` example builds its world — one mesh per wall and
// floor cell, a shadowed directional light, and the player's Capsule collided against an Octree of the scene with
// five substeps a frame. `npm run bench` draws it beside the game, in the same run.
import * as THREE from 'three';
import { Capsule } from 'three/examples/jsm/math/Capsule.js';
import { Octree } from 'three/examples/jsm/math/Octree.js';
import { openBenchPage, runBenchPage } from './scene';

const STEPS_PER_FRAME = 5;
const GRAVITY = 30;

const page = await openBenchPage();
const { grid, renderer, scene, camera } = page;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.VSMShadowMap;
scene.fog = new THREE.Fog(0x88ccee, 0, 50);
scene.add(new THREE.HemisphereLight(0x8dc1de, 0x00668d, 1.5));
const sun = new THREE.DirectionalLight(0xffffff, 2.5);
sun.position.set(-5, 25, -1);
sun.castShadow = true;
sun.shadow.camera.near = 0.01;
sun.shadow.camera.far = 500;
sun.shadow.camera.right = 30;
sun.shadow.camera.left = -30;
sun.shadow.camera.top = 30;
sun.shadow.camera.bottom = -30;
sun.shadow.mapSize.width = 1024;
sun.shadow.mapSize.height = 1024;
sun.shadow.radius = 4;
sun.shadow.bias = -0.00006;
scene.add(sun);

const world = new THREE.Group();
const cs = grid.cellSize;
const wallGeometry = new THREE.BoxGeometry(cs, grid.wallHeight, cs);
const floorGeometry = new THREE.BoxGeometry(cs, 0.4, cs);
const wallMaterial = new THREE.MeshStandardMaterial({ color: 0x9a8f85 });
const floorMaterial = new THREE.MeshStandardMaterial({ color: 0x6d7a5e });
for (let floor = 0; floor < grid.floorCount; floor++) {
  const h = grid.heights[floor] ?? 0;
  for (let row = 0; row < grid.rows; row++)
    for (let col = 0; col < grid.cols; col++) {
      const solid = grid.solid(floor, col, row);
      if (!solid && grid.terrain(floor, col, row) !== 'floor') continue;
      const mesh = new THREE.Mesh(solid ? wallGeometry : floorGeometry, solid ? wallMaterial : floorMaterial);
      mesh.position.set((col + 0.5) * cs, solid ? h + grid.wallHeight / 2 : h - 0.2, (row + 0.5) * cs);
      mesh.castShadow = true;
      mesh.receiveShadow = true;
      world.add(mesh);
    }
}
scene.add(world);

const octree = new Octree();
octree.fromGraphNode(world);
const eye = camera.position.clone();
const player = new Capsule(eye.clone().setY(eye.y - 1.35), eye.clone(), 0.35);
const velocity = new THREE.Vector3();
let onFloor = false;

function step(dt: number): void {
  if (!onFloor) velocity.y -= GRAVITY * dt;
  velocity.addScaledVector(velocity, -Math.exp(-4 * dt) + 1);
  player.translate(velocity.clone().multiplyScalar(dt));
  const hit = octree.capsuleIntersect(player);
  onFloor = false;
  if (hit) {
    onFloor = hit.normal.y > 0;
    if (!onFloor) velocity.addScaledVector(hit.normal, -hit.normal.dot(velocity));
    if (hit.depth >= 1e-10) player.translate(hit.normal.multiplyScalar(hit.depth));
  }
}

runBenchPage(page, (seconds) => {
  const dt = seconds / STEPS_PER_FRAME;
  for (let i = 0; i < STEPS_PER_FRAME; i++) step(dt);
  camera.position.copy(player.end);
});
