// The look's pure parts: every decor kind can be drawn, wall props hang on the face towards the floor, the quality
// presets and reduced motion decide the post-processing, the figure's pose follows the friend's motion.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { DECOR_KINDS, FRIEND_NAMES } from '../../src/core/schema';
import { Grid } from '../../src/core/grid';
import { VIEW } from '../../src/core/tuning';
import { parseLevel } from '../../src/levels/load';
import { decorGeometry } from '../../src/view/decor-shapes';
import { placeDecor } from '../../src/view/decor-place';
import { friendFigure, PART } from '../../src/view/friend-shapes';
import { qualityPlan } from '../../src/view/quality';
import { newPose, updatePose } from '../../src/view/figure-pose';
import type { Friend } from '../../src/engine/friend';

describe('decor', () => {
  it.each(DECOR_KINDS)('%s is built from primitives with colours, glow and tint', (kind) => {
    const g = decorGeometry(kind);
    expect(g.getAttribute('position').count).toBeGreaterThan(0);
    expect(g.getAttribute('color').count).toBe(g.getAttribute('position').count);
    expect(g.getAttribute('decor').itemSize).toBe(2);
    g.dispose();
  });

  it("backs a neon sign's glowing frame with its dark board from edge to edge", () => {
    const g = decorGeometry('neon-sign');
    const position = g.getAttribute('position');
    const decor = g.getAttribute('decor');
    // The board is the part that does not glow; the tubes of the frame glow.
    const board = { lo: Infinity, hi: -Infinity };
    const tubes = { lo: Infinity, hi: -Infinity };
    for (let i = 0; i < position.count; i++) {
      const span = decor.getX(i) > 0 ? tubes : board;
      span.lo = Math.min(span.lo, position.getY(i));
      span.hi = Math.max(span.hi, position.getY(i));
    }
    expect(board.lo).toBeLessThanOrEqual(tubes.lo);
    expect(board.hi).toBeGreaterThanOrEqual(tubes.hi);
    g.dispose();
  });

  it.each(['01-bedroom', '02-exam-hall', '03-neon-rooftops', '04-the-lab', '05-the-cycle'])(
    "hangs %s's posters and signs on the face of their wall that looks onto a cell friends can stand in",
    (id) => {
      const file = `levels/${id}.json`;
      const level = parseLevel(readFileSync(file, 'utf8'), file);
      const grid = new Grid(level);
      const placed = placeDecor(grid, level.decor);
      // Props on walls that have a cell to stand on beside them (one over the void is seen from across it).
      const beside = (f: number, [c, r]: [number, number]) => [
        grid.standable(f, c, r - 1),
        grid.standable(f, c + 1, r),
        grid.standable(f, c, r + 1),
        grid.standable(f, c - 1, r),
      ];
      const hung = [...placed.values()]
        .flat()
        .filter(
          (p) =>
            grid.terrain(p.decor.floor, ...p.decor.at) === 'wall' && beside(p.decor.floor, p.decor.at).includes(true),
        );
      expect(hung.length).toBeGreaterThan(0);
      const at = new THREE.Vector3();
      const front = new THREE.Vector3();
      for (const p of hung) {
        at.setFromMatrixPosition(p.matrix);
        // One step out of the prop's front (local -z) is a cell friends can stand in, where a player sees it.
        front
          .set(0, 0, -1)
          .transformDirection(p.matrix)
          .multiplyScalar(grid.cellSize / 2)
          .add(at);
        const col = Math.floor(front.x / grid.cellSize);
        const row = Math.floor(front.z / grid.cellSize);
        expect(
          grid.standable(p.decor.floor, col, row),
          `${p.decor.kind} "${p.decor.label ?? ''}" at ${p.decor.at}`,
        ).toBe(true);
      }
    },
  );
});

describe('quality', () => {
  it('draws post-processing at medium and high only, never under reduced motion', () => {
    expect(qualityPlan('low', false).effects).toBeNull();
    expect(qualityPlan('medium', false).effects).toBe('medium');
    expect(qualityPlan('high', false).effects).toBe('high');
    for (const q of VIEW.qualities) expect(qualityPlan(q, true).effects).toBeNull();
    expect(qualityPlan('low', false).dpr).toBeLessThan(qualityPlan('high', false).dpr);
  });
});

describe('friends', () => {
  it('each friend has a figure of their own with arms and legs that move', () => {
    const sizes = new Set<number>();
    for (const name of FRIEND_NAMES) {
      const g = friendFigure(name);
      const parts = new Set(Array.from(g.getAttribute('part').array as Float32Array));
      for (const p of [PART.armLeft, PART.armRight, PART.legLeft, PART.legRight]) expect(parts.has(p)).toBe(true);
      sizes.add(g.getAttribute('position').count);
      g.dispose();
    }
    expect(sizes.size).toBe(FRIEND_NAMES.length);
  });

  it('stands still when idle, swings when walking, leaps in the air, reaches with the skill', () => {
    const pose = newPose();
    const grounded = { ground: {}, airTime: 0 } as unknown as Friend;
    updatePose(pose, grounded, 0, Infinity, 1 / 60, 0);
    expect(Math.abs(pose.limbs.legLeft)).toBeLessThan(0.01);
    for (let i = 0; i < 10; i++) updatePose(pose, grounded, 4, Infinity, 1 / 60, i / 60);
    expect(Math.abs(pose.limbs.legLeft)).toBeGreaterThan(0.1);
    expect(pose.limbs.legLeft).toBeCloseTo(-pose.limbs.legRight);
    const flying = { ground: null, airTime: 0.3 } as unknown as Friend;
    updatePose(pose, flying, 4, Infinity, 1 / 60, 1);
    expect(pose.limbs.armLeft).toBeLessThan(-1.5);
    updatePose(pose, grounded, 0, 0.1, 1 / 60, 1);
    expect(pose.skill).toBeGreaterThan(0.8);
    expect(pose.limbs.armRight).toBeLessThan(-1);
  });
});
