// The part of troika-three-text the game uses: its package names no types (the ones it ships leave out BatchedText,
// and their Text is no Mesh).
declare module 'troika-three-text' {
  import type { BufferGeometry, ColorRepresentation, Material, Mesh, Object3DEventMap } from 'three';

  /** Told when a layout starts and when it is done. */
  export interface TextEventMap extends Object3DEventMap {
    syncstart: object;
    synccomplete: object;
  }

  /** A string laid out and drawn with signed distance fields; `sync()` lays it out (in a worker). */
  export class Text extends Mesh<BufferGeometry, Material | Material[], TextEventMap> {
    text: string;
    font: string | null;
    fontSize: number;
    maxWidth: number;
    textAlign: 'left' | 'right' | 'center' | 'justify';
    anchorX: number | string;
    anchorY: number | string;
    color: ColorRepresentation | null;
    outlineWidth: number | string;
    outlineColor: ColorRepresentation;
    outlineOpacity: number;
    /** The last layout: its block's bounds are [minX, minY, maxX, maxY] in local units. */
    readonly textRenderInfo: { blockBounds: [number, number, number, number] } | null;
    sync(callback?: () => void): void;
    dispose(): void;
  }

  /** Draws every Text added to it in one draw call (one more for outlines), each with its own colour. */
  export class BatchedText extends Text {
    addText(text: Text): void;
    removeText(text: Text): void;
  }
}
