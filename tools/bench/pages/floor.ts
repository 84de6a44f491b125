// The floor of the stack: the same labyrinth as one instanced mesh of boxes with plain light, no shadows, no
// physics — about the least a three.js page can do to show it. `npm run bench` draws it beside the game.
import * as THREE from 'three';
import { openBenchPage, runBenchPage } from './scene';

const page = await openBenchPage();
const { grid, scene } = page;
scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 2));
const cells: { x: number; y: number; z: number; wall: boolean }[] = [];
const cs = grid.cellSize;
for (let floor = 0; floor < grid.floorCount; floor++) {
  const h = grid.heights[floor] ?? 0;
  for (let row = 0; row < grid.rows; row++)
    for (let col = 0; col < grid.cols; col++) {
      const wall = grid.solid(floor, col, row);
      if (wall || grid.terrain(floor, col, row) === 'floor')
        cells.push({ x: (col + 0.5) * cs, y: wall ? h + grid.wallHeight / 2 : h - 0.2, z: (row + 0.5) * cs, wall });
    }
}
const mesh = new THREE.InstancedMesh(
  new THREE.BoxGeometry(1, 1, 1),
  new THREE.MeshLambertMaterial({ color: 0x9a8f85 }),
  cells.length,
);
const m = new THREE.Matrix4();
cells.forEach((c, i) => {
  m.makeScale(cs, c.wall ? grid.wallHeight : 0.4, cs).setPosition(c.x, c.y, c.z);
  mesh.setMatrixAt(i, m);
});
scene.add(mesh);
runBenchPage(page, () => {});
