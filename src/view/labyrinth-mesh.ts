// The labyrinth as a few merged meshes: every wall, slab and ramp of every floor in one geometry (one draw
// call), the trim along wall tops and floor edges in one set of lines. Built once per level, never per frame.
import * as THREE from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { mergeCells, rampSlab, DIR_STEP, type Grid } from '../core/grid';
import { LEVEL_GEOMETRY, MOVE } from '../core/tuning';
import type { Palette } from './palette';

export interface LabyrinthGeometry {
  /** Walls, slabs and ramps with vertex colours and world-space UVs. */
  solid: THREE.BufferGeometry;
  /** Trim along wall tops and along floor edges that drop into the void. */
  trim: THREE.BufferGeometry;
  /** Where the void glows, far below the lowest floor. */
  abyssY: number;
  /** Centre and size of the area the abyss must cover. */
  centerX: number;
  centerZ: number;
  extent: number;
}

const NEIGHBOURS = Object.values(DIR_STEP);

export function buildLabyrinth(grid: Grid, palette: Palette): LabyrinthGeometry {
  const cs = grid.cellSize;
  const slab = LEVEL_GEOMETRY.slabThickness;
  const wall = new THREE.Color(palette.wall);
  const wallFoot = wall.clone().multiplyScalar(0.7);
  // Wall tops: the wall's colour warmed by the trim, so from above they read as blocks without glaring.
  const trim = new THREE.Color(palette.wall).lerp(new THREE.Color(palette.trim), 0.35);
  const floor = new THREE.Color(palette.floor);
  const floorUnder = floor.clone().multiplyScalar(0.5);
  const parts: THREE.BufferGeometry[] = [];

  for (let f = 0; f < grid.floorCount; f++) {
    const h = grid.heights[f] ?? 0;
    for (const r of mergeCells(grid.cols, grid.rows, (c, row) => grid.terrain(f, c, row) === 'wall')) {
      const box = box3(r.col * cs, h - slab, r.row * cs, r.cols * cs, grid.wallHeight + slab, r.rows * cs);
      // Darker at the foot, bright trim on top: walls read as solid blocks even in fog.
      paint(box, (y, ny) => (ny > 0.5 ? trim : y < h + 0.01 ? wallFoot : wall));
      surface(box, h, 1);
      parts.push(box);
    }
    for (const r of mergeCells(grid.cols, grid.rows, (c, row) => grid.terrain(f, c, row) === 'floor')) {
      const box = box3(r.col * cs, h - slab, r.row * cs, r.cols * cs, slab, r.rows * cs);
      paint(box, (_y, ny) => (ny > 0.5 ? floor : floorUnder));
      surface(box, h, 0);
      parts.push(box);
    }
  }

  for (const run of grid.ramps) {
    // The same tilted box as the physics, so what you see is what you stand on.
    const slab = rampSlab(run, cs, LEVEL_GEOMETRY.rampThickness);
    const box = new THREE.BoxGeometry(slab.half.x * 2, slab.half.y * 2, slab.half.z * 2);
    const axis = slab.axis === 'x' ? new THREE.Vector3(1, 0, 0) : new THREE.Vector3(0, 0, 1);
    box.applyQuaternion(new THREE.Quaternion().setFromAxisAngle(axis, slab.angle));
    box.translate(slab.centre.x, slab.centre.y, slab.centre.z);
    paint(box, (_y, ny) => (ny > 0.5 ? floor : floorUnder));
    surface(box, Infinity, 0);
    parts.push(box);
  }

  const solid =
    parts.length > 0
      ? mergeGeometries(
          parts.map((p) => worldUV(p, cs, grid.wallHeight / 2)),
          false,
        )
      : new THREE.BufferGeometry();
  for (const p of parts) p.dispose();

  const lowest = grid.lowestHeight();
  const size = Math.max(grid.cols, grid.rows) * cs;
  return {
    solid,
    trim: buildTrim(grid, palette),
    abyssY: lowest - MOVE.voidDepth - 6,
    centerX: (grid.cols * cs) / 2,
    centerZ: (grid.rows * cs) / 2,
    extent: size + 160,
  };
}

/** Lines along the top edges of walls and along floor edges over the void. */
function buildTrim(grid: Grid, palette: Palette): THREE.BufferGeometry {
  const cs = grid.cellSize;
  const positions: number[] = [];
  const colors: number[] = [];
  const top = new THREE.Color(palette.trim);
  const edge = new THREE.Color(palette.abyss);
  const line = (x0: number, y: number, z0: number, x1: number, z1: number, c: THREE.Color) => {
    positions.push(x0, y, z0, x1, y, z1);
    colors.push(c.r, c.g, c.b, c.r, c.g, c.b);
  };
  for (let f = 0; f < grid.floorCount; f++) {
    const h = grid.heights[f] ?? 0;
    for (let row = 0; row < grid.rows; row++) {
      for (let col = 0; col < grid.cols; col++) {
        const t = grid.terrain(f, col, row);
        const isWall = t === 'wall';
        if (!isWall && t !== 'floor') continue;
        for (const [dx, dz] of NEIGHBOURS) {
          const n = grid.terrain(f, col + dx, row + dz);
          // Wall tops get an outline where the wall ends; floors get a glowing lip where they drop into the void.
          const draw = isWall ? n !== 'wall' : n === 'void' && !grid.standable(f, col + dx, row + dz);
          if (!draw) continue;
          const y = isWall ? h + grid.wallHeight + 0.01 : h + 0.01;
          const cx = (col + 0.5) * cs;
          const cz = (row + 0.5) * cs;
          const half = cs / 2;
          // The cell edge facing (dx, dz).
          const ex = cx + dx * half;
          const ez = cz + dz * half;
          line(ex - dz * half, y, ez - dx * half, ex + dz * half, ez + dx * half, isWall ? top : edge);
        }
      }
    }
  }
  const g = new THREE.BufferGeometry();
  g.setAttribute('position', new THREE.Float32BufferAttribute(positions, 3));
  g.setAttribute('color', new THREE.Float32BufferAttribute(colors, 3));
  return g;
}

/** An axis-aligned box from its minimum corner and size. */
function box3(x: number, y: number, z: number, w: number, h: number, d: number): THREE.BufferGeometry {
  const g = new THREE.BoxGeometry(w, h, d);
  g.translate(x + w / 2, y + h / 2, z + d / 2);
  return g;
}

/** Vertex colours chosen from each vertex's height and its face's normal. */
function paint(g: THREE.BufferGeometry, pick: (y: number, ny: number) => THREE.Color): void {
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  const colors = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) {
    const c = pick(pos.getY(i), nor.getY(i));
    colors[i * 3] = c.r;
    colors[i * 3 + 1] = c.g;
    colors[i * 3 + 2] = c.b;
  }
  g.setAttribute('color', new THREE.BufferAttribute(colors, 3));
}

/**
 * What the memory-wall shader patterns by: x the height above the box's own floor (0 on a ramp), y 1 for walls
 * and 0 for floors and ramps.
 */
function surface(g: THREE.BufferGeometry, floorY: number, isWall: number): void {
  const pos = g.getAttribute('position');
  const out = new Float32Array(pos.count * 2);
  for (let i = 0; i < pos.count; i++) {
    out[i * 2] = Number.isFinite(floorY) ? pos.getY(i) - floorY : 0;
    out[i * 2 + 1] = isWall;
  }
  g.setAttribute('surface', new THREE.BufferAttribute(out, 2));
}

/** UVs in cells of the world, so the seam texture repeats once per cell whatever the size of a merged box. */
function worldUV(g: THREE.BufferGeometry, cs: number, panel: number): THREE.BufferGeometry {
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  const uv = g.getAttribute('uv');
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const z = pos.getZ(i);
    const ax = Math.abs(nor.getX(i));
    const ay = Math.abs(nor.getY(i));
    if (ay >= ax && ay >= Math.abs(nor.getZ(i))) uv.setXY(i, x / cs, z / cs);
    else if (ax >= Math.abs(nor.getZ(i))) uv.setXY(i, z / cs, y / panel);
    else uv.setXY(i, x / cs, y / panel);
  }
  return g;
}
