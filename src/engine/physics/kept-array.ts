// Arrays emptied every tick without giving their room back. V8 trims an array of 16 or more slots when its length
// is set to 0, so the next tick's pushes allocate it again: an array made with 15 empty slots keeps them.

/** The most a kept array holds before it grows, and from then on is trimmed and regrown like any other. */
const ROOM = 15;

/** An empty array with room for 15 items that emptying it (`length = 0`) leaves in place. */
export function keptArray<T>(): T[] {
  const array = new Array<T>(ROOM);
  array.length = 0;
  return array;
}

/**
 * Empties an array by popping: setting `length = 0` is a call into V8's runtime on every tick, popping is a few
 * instructions (and, like it, leaves a kept array's room in place).
 */
export function empty(array: unknown[]): void {
  while (array.length !== 0) array.pop();
}
