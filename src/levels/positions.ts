// Where things are in a level file's text: offsets to 1-based line and column, JSON paths to nodes, and paths
// written the way a designer reads them (entities[3].controls[0]).
import { findNodeAtLocation, type Node } from 'jsonc-parser';

export type JsonPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** `entities[3].controls[0]`; the empty path is the whole file, written `(level)`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(level)';
}

/** Turns offsets into lines and columns (both from 1) with one pass over the text. */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/** A level file's text with its parse tree: finds where any JSON path is written. */
export class LevelText {
  private parsed: Node | undefined | (() => Node | undefined);
  private lineMap: LineMap | undefined;

  /** The tree may be given as a function: a valid file's tree is read only when a problem needs placing. */
  constructor(
    readonly text: string,
    tree: Node | undefined | (() => Node | undefined),
  ) {
    this.parsed = tree;
  }

  get tree(): Node | undefined {
    if (typeof this.parsed === 'function') this.parsed = this.parsed();
    return this.parsed;
  }

  get lines(): LineMap {
    return (this.lineMap ??= new LineMap(this.text));
  }

  /** The node at a path, or the nearest ancestor that exists (a missing property points at its object). */
  nodeAt(path: JsonPath): Node | undefined {
    if (!this.tree) return undefined;
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.tree, path.slice(0, n) as (string | number)[]);
      if (node) return node;
    }
    return this.tree;
  }

  /** Where the value at a path starts. */
  offsetOf(path: JsonPath): number {
    return this.nodeAt(path)?.offset ?? 0;
  }

  /** Where the key of a property is written (for unknown or duplicate keys). */
  keyOffset(objectPath: JsonPath, key: string): number {
    const object = this.nodeAt(objectPath);
    const property = object?.children?.find((p) => p.type === 'property' && p.children?.[0]?.value === key);
    return property?.offset ?? object?.offset ?? 0;
  }

  /**
   * Where character `index` of the string at `path` is written, following escapes, so an error about column 7 of
   * a row points at that character in the file.
   */
  charOffset(path: JsonPath, index: number): number {
    const node = this.nodeAt(path);
    if (!node || node.type !== 'string') return node?.offset ?? 0;
    let raw = node.offset + 1;
    const end = node.offset + node.length - 1;
    for (let i = 0; i < index && raw < end; i++) {
      if (this.text[raw] !== '\\') raw += 1;
      else raw += this.text[raw + 1] === 'u' ? 6 : 2;
    }
    return raw;
  }

  position(offset: number): Position {
    return this.lines.position(offset);
  }
}
