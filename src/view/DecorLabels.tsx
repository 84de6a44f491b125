// The words on neon signs and posters, always drawn as text (troika's SDF text) in the game's own font from
// assets/ (never from a CDN). Every label of the level is one member of a single BatchedText: one draw call for
// them all (and one more for the neon's glow outline), where a Text each cost a draw call or two per sign.
// A lazy chunk: levels without labels never load it.
import { useEffect, useMemo } from 'react';
import * as THREE from 'three';
import { BatchedText, Text } from 'troika-three-text';
import fontUrl from '../../assets/fonts/atkinson-hyperlegible-latin-400-normal.woff?url';
import type { Placed } from './decor-place';
import type { Palette } from './palette';

export default function DecorLabels({ labels, palette }: { labels: Placed[]; palette: Palette }) {
  const { batch, members } = useMemo(() => {
    const batched = new BatchedText();
    const texts: Text[] = [];
    batched.name = 'decor-labels';
    batched.font = fontUrl;
    for (const p of labels) {
      const neon = p.decor.kind === 'neon-sign';
      const tint = p.decor.tint ?? (neon ? palette.trim : '#1b1530');
      const text = new Text();
      text.text = p.decor.label ?? '';
      text.font = fontUrl;
      text.fontSize = (neon ? 0.26 : 0.1) * p.decor.size;
      const board = BOARD[p.decor.kind];
      text.maxWidth = (board?.width ?? 0.5) * p.decor.size;
      text.textAlign = 'center';
      text.anchorX = 'center';
      text.anchorY = 'middle';
      text.color = linearHex(tint);
      text.outlineWidth = neon ? 0.012 : 0;
      text.outlineColor = linearHex(neon ? '#ffffff' : tint);
      text.outlineOpacity = neon ? 0.35 : 0;
      text.position.copy(p.labelAt);
      text.rotation.set(0, p.labelYaw + Math.PI, 0);
      if (board) fitInside(text, board.width * p.decor.size, board.height * p.decor.size);
      batched.add(text);
      texts.push(text);
    }
    batched.sync();
    return { batch: batched, members: texts };
  }, [labels, palette]);

  useEffect(
    () => () => {
      for (const text of members) text.dispose();
      batch.dispose();
    },
    [batch, members],
  );

  return <primitive object={batch} />;
}

/** The face a label is written on, in metres at size 1 (inside the neon tube's frame; the poster's print). */
const BOARD: Partial<Record<Placed['decor']['kind'], { width: number; height: number }>> = {
  'neon-sign': { width: 1.14, height: 0.4 },
  poster: { width: 0.54, height: 0.36 },
};

/** Layouts tried before a label is left as it is (each a smaller size, so the lines wrap afresh). */
const FITS = 4;

/**
 * Keeps a label inside its board: once laid out, a block wider or taller than the board is set again at the size
 * that fits, and laid out again (words may now share a line).
 */
function fitInside(text: Text, width: number, height: number): void {
  let tries = 0;
  const fit = () => {
    const bounds = text.textRenderInfo?.blockBounds;
    if (!bounds || ++tries > FITS) return;
    const w = bounds[2] - bounds[0];
    const h = bounds[3] - bounds[1];
    const scale = Math.min(width / w, height / h);
    if (scale >= 1) return;
    text.fontSize *= scale * 0.98;
  };
  text.addEventListener('synccomplete', fit);
}

/**
 * A colour for a batch member: the batch hands each member's colour to the shader as a hex number used as it is,
 * where three's colours are linear; so the hex given is of the linear colour, or the neon comes out washed pale.
 */
function linearHex(css: string): number {
  return new THREE.Color(css).getHex(THREE.LinearSRGBColorSpace);
}
