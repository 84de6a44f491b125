// Which pairs of bodies touch this tick (cannon-es compares it with the last tick's to say when contacts begin).
// cannon-es keeps it as a triangle of every pair of bodies and clears it all each tick: 3 million entries at 2,500
// bodies, most of a tick's time. Only touching pairs are kept here, so clearing costs what touches.
import * as CANNON from 'cannon-es';

export class ContactPairs extends CANNON.ArrayCollisionMatrix {
  private readonly pairs = new Set<number>();

  override get(bi: CANNON.Body, bj: CANNON.Body): number {
    return this.pairs.has(key(bi, bj)) ? 1 : 0;
  }

  override set(bi: CANNON.Body, bj: CANNON.Body, value: boolean): void {
    if (value) this.pairs.add(key(bi, bj));
    else this.pairs.delete(key(bi, bj));
  }

  override reset(): void {
    this.pairs.clear();
  }

  override setNumObjects(): void {}
}

function key(bi: CANNON.Body, bj: CANNON.Body): number {
  const i = Math.max(bi.index, bj.index);
  const j = Math.min(bi.index, bj.index);
  return (i * (i + 1)) / 2 + j;
}

/** Gives a world the contact pairs that cost only what touches. */
export function useContactPairs(world: CANNON.World): void {
  world.collisionMatrix = new ContactPairs();
  world.collisionMatrixPrevious = new ContactPairs();
}
