// The first look at a level file: its size, a byte order mark, JSON syntax (every error, with its position),
// comments and trailing commas, and nesting deep enough to be hostile — all before any heavy work.
import {
  createScanner,
  findNodeAtOffset,
  getNodePath,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { LIMITS } from '../../core/schema';
import { LevelText } from '../positions';
import type { Report } from './report';

/** Syntax errors listed before the rest are counted: a file of junk has one per token. */
const MAX_SYNTAX_ERRORS = 50;

// jsonc-parser's token kinds (its const enum cannot be read under isolatedModules).
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  lineComment: 12,
  blockComment: 13,
  lineBreak: 14,
  trivia: 15,
  eof: 17,
} as const;

/** UTF-8 length without copying the text. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Reads the text into a plain value. Returns null when the file cannot be read as a level at all (too big, too
 * deep, broken JSON); every reason is in the report. `quickly: false` always takes the full reader (for tests).
 */
export function readJson(text: string, report: Report, quickly = true): { value: unknown } | null {
  // A UTF-16 unit is at most 3 bytes of UTF-8: most files are known to be small enough without counting.
  if (text.length * 3 > LIMITS.fileBytes && (text.length > LIMITS.fileBytes || utf8Bytes(text) > LIMITS.fileBytes)) {
    // The hint is written only when it is said: the first toLocaleString of a page costs milliseconds.
    const sizeHint = `a level may be at most ${LIMITS.fileBytes.toLocaleString('en')} bytes; is this the right file?`;
    report.error({ path: [], offset: 0 }, `the file is ${utf8Bytes(text).toLocaleString('en')} bytes`, sizeHint);
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) {
    report.error(
      { path: [], offset: 0 },
      'the file starts with a byte order mark (BOM)',
      'save it as UTF-8 without BOM (most editors offer it in the encoding menu)',
    );
    // A space keeps every offset where it was and is ignored by JSON.
    text = ' ' + text.slice(1);
  }
  report.text = new LevelText(text, undefined);
  if (text.trim() === '') {
    report.error({ path: [], offset: 0 }, 'the file is empty', 'a level is one JSON object: { "formatVersion": 2, … }');
    return null;
  }
  const quick = quickly ? quickValue(text) : FULL;
  if (quick !== FULL) {
    // Valid JSON with nothing to say: the tree that places problems in the file is read only if one is found later.
    report.text = new LevelText(text, () => parseTree(text, [], TREE_OPTIONS));
    return { value: quick };
  }
  const found: Found[] = [];
  if (!scanTokens(text, found)) {
    for (const f of found) report.error({ path: [], offset: f.offset }, f.message, f.hint);
    return null;
  }

  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, TREE_OPTIONS);
  report.text = new LevelText(text, tree);
  let lastOffset = -1;
  for (const e of errors.slice(0, MAX_SYNTAX_ERRORS)) {
    // One error a place: a cut file has a "missing ] / }" for every bracket still open, all at its end.
    if (e.offset === lastOffset) continue;
    lastOffset = e.offset;
    const code = printParseErrorCode(e.error);
    let offset = strayAfterWord(code, exactOffset(code, e.offset, text), text);
    const zero = leadingZeroStart(offset, text);
    if (zero >= 0) offset = zero;
    const [message, hint] =
      zero >= 0
        ? [
            `${/^-?[0-9]+/.exec(text.slice(zero))![0]} is not a JSON number: numbers never start with 0`,
            'write 2, not 02',
          ]
        : describeParseError(code, offset, text);
    found.push({
      offset: Math.min(offset, text.length),
      message,
      ...(hint ? { hint } : {}),
      ...(AFTER_KEY.has(code) ? { afterKey: true } : {}),
    });
  }
  found.sort((a, b) => a.offset - b.offset);
  for (const f of found) {
    const node = tree && findNodeAtOffset(tree, f.offset);
    const key = tree && f.afterKey ? keyBefore(tree, f.offset, text) : [];
    const path = key.length > 0 ? key : node ? getNodePath(node) : [];
    report.error({ path, offset: f.offset }, f.message, f.hint);
  }
  if (errors.length > MAX_SYNTAX_ERRORS)
    report.notices.push(`${report.file}: ${errors.length - MAX_SYNTAX_ERRORS} more JSON syntax errors not listed`);
  if (errors.length > 0 || !tree) {
    report.notices.push(`${report.file}: the level itself is checked once the JSON is valid`);
    return null;
  }
  return { value: valueOf(tree, [], report) };
}

const TREE_OPTIONS = { disallowComments: false, allowTrailingComma: true, allowEmptyContent: false } as const;

/** Says that the text needs the full reader (a tree of every token, then a value checked node by node). */
const FULL = Symbol('full');

/**
 * The quick reader: the browser's own JSON parser, then a walk for what the full reader would object to (duplicate
 * keys, lists too long, numbers too large, lone surrogates). On anything at all it hands over to the full reader,
 * so every problem is still described, and placed, by the same code; a valid level is read in a tenth of the time.
 */
function quickValue(text: string): unknown {
  const keys = countKeys(text);
  if (keys < 0) return FULL;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return FULL;
  }
  const seen = { keys: 0 };
  // JSON.parse keeps the last of two equal keys: fewer keys than the text writes means one was written twice.
  return isPlain(value, seen) && seen.keys === keys ? value : FULL;
}

/**
 * How many property names the text writes (a string followed by ":"), or -1 when it nests deeper than a level may.
 * Only meaningful for valid JSON, which is all the quick reader accepts.
 */
function countKeys(text: string): number {
  let keys = 0;
  let depth = 0;
  const end = text.length;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      let k = j + 1;
      while (k < end && isJsonSpace(text.charCodeAt(k))) k++;
      if (text.charCodeAt(k) === 0x3a) keys++;
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > LIMITS.nesting) return -1;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return keys;
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether the full reader would take the value as it is: no list or object too long, no number too large, no lone surrogate. */
function isPlain(v: unknown, seen: { keys: number }): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return !SURROGATE.test(v) || loneSurrogate(v) < 0;
  if (typeof v !== 'object' || v === null) return true;
  if (Array.isArray(v)) {
    if (v.length > LIMITS.entities) return false;
    for (const item of v) if (!isPlain(item, seen)) return false;
    return true;
  }
  const keys = Object.keys(v);
  if (keys.length > LIMITS.entities) return false;
  seen.keys += keys.length;
  for (const key of keys) if (!isPlain((v as Record<string, unknown>)[key], seen)) return false;
  return true;
}

interface Found {
  offset: number;
  message: string;
  hint?: string;
  /** The fault is where a property's ":" or value belongs: it is placed at that property, not the whole level. */
  afterKey?: boolean;
}

/** Errors where a property's ":" or value should be. */
const AFTER_KEY = new Set(['ColonExpected', 'InvalidSymbol', 'ValueExpected']);

/** One pass of the tokenizer: comments, trailing commas and nesting depth. False when the file is too deep to read. */
function scanTokens(text: string, found: Found[]): boolean {
  const scanner = createScanner(text, false);
  let depth = 0;
  let previous = 0;
  let previousOffset = 0;
  for (let token = scanner.scan() as number; token !== TOKEN.eof; token = scanner.scan() as number) {
    const offset = scanner.getTokenOffset();
    if (token === TOKEN.lineComment || token === TOKEN.blockComment) {
      found.push({
        offset,
        message: 'comments are not allowed in a .json level',
        hint: 'delete the comment; JSON has none (the game reads levels with a strict JSON parser)',
      });
      continue;
    }
    if (token === TOKEN.lineBreak || token === TOKEN.trivia) continue;
    if ((token === TOKEN.closeBrace || token === TOKEN.closeBracket) && previous === TOKEN.comma) {
      found.push({
        offset: previousOffset,
        message: `trailing comma before ${token === TOKEN.closeBrace ? '}' : ']'}`,
        hint: 'delete the comma after the last item; JSON allows none',
      });
    }
    if (token === TOKEN.openBrace || token === TOKEN.openBracket) {
      depth++;
      if (depth > LIMITS.nesting) {
        found.length = 0;
        found.push({
          offset,
          message: `nested more than ${LIMITS.nesting} levels deep`,
          hint: 'a level nests at most 6 levels of { and [; is this a level file?',
        });
        return false;
      }
    } else if (token === TOKEN.closeBrace || token === TOKEN.closeBracket) depth--;
    previous = token;
    previousOffset = offset;
  }
  return true;
}

/** The parser places string errors at the string's start; this finds the character at fault inside it. */
function exactOffset(code: string, offset: number, text: string): number {
  if (text[offset] !== '"') return offset;
  for (let i = offset + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return offset; // the string closed: the fault is not inside it
    if (c < 0x20) return code === 'InvalidCharacter' || code === 'UnexpectedEndOfString' ? i : offset;
    if (c !== 0x5c) continue;
    const next = text[i + 1] ?? '';
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return code === 'InvalidUnicode' ? i : offset;
      i += 5;
    } else if (!'"\\/bfnrt'.includes(next) || next === '') return code === 'InvalidEscapeCharacter' ? i : offset;
    else i++;
  }
  return offset;
}

/**
 * "true@" or "2x": the parser places the unknown word at its start, but the fault is the first character after the
 * literal or number it begins with. Returns that character's offset, or `offset` when the word is not such a pair.
 */
function strayAfterWord(code: string, offset: number, text: string): number {
  if (code !== 'InvalidSymbol') return offset;
  const word = /^(?:true|false|null|-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)(?=[^\s,:\]}])/.exec(
    text.slice(offset, offset + 40),
  );
  return word ? offset + word[0].length : offset;
}

/** "02": the parser sees a 0 and then a stray number. Returns where the number starts, or -1. */
function leadingZeroStart(offset: number, text: string): number {
  if (!/[0-9]/.test(text[offset] ?? '') || text[offset - 1] !== '0') return -1;
  let start = offset - 1;
  while (start > 0 && /[-0-9]/.test(text[start - 1]!)) start--;
  return /^-?0[0-9]/.test(text.slice(start, offset + 1)) ? start : -1;
}

/** The path of the property whose name ends just before `offset` (past spaces and a ":"), or the level's. */
function keyBefore(tree: Node, offset: number, text: string): (string | number)[] {
  let at = offset;
  while (at > 0 && /[\s:]/.test(text[at - 1]!)) at--;
  const key = findNodeAtOffset(tree, at, true);
  return key?.parent?.type === 'property' && key.parent.children?.[0] === key ? getNodePath(key) : [];
}

function describeParseError(code: string, offset: number, text: string): [string, string?] {
  const atEnd = text.slice(offset).trim() === '';
  const cut = 'the file ends too early — was it cut short while saving or copying?';
  const found = JSON.stringify(text.slice(offset, offset + 12).split(/[\s,:]/)[0] || text.slice(offset, offset + 1));
  switch (code) {
    case 'InvalidSymbol':
      return [
        `unexpected ${found}`,
        'property names and strings need "double quotes"; true, false and null are lowercase',
      ];
    case 'InvalidNumberFormat':
      return [`${found} is not a number JSON understands`, 'write numbers like 2, 0.5 or -3'];
    case 'PropertyNameExpected':
      return atEnd
        ? ['expected a property name', cut]
        : [`expected a property name in "double quotes", found ${found}`];
    case 'ValueExpected':
      if (atEnd) return ['expected a value', cut];
      if (text[offset] === ',') {
        // What stands before the comma tells a missing value from a doubled comma.
        const before = /(\S)\s*$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[1];
        if (before === ':') return ['expected a value after ":", found ","', 'write the value here'];
        if (before === '[') return ['expected a value after "[", found ","', 'remove this comma'];
        if (before === ',') return ['expected a value, found a second ","', 'remove one of the two commas'];
      }
      return [
        `expected a value (a string, number, true, false, null, { or [), found ${found}`,
        'write the value here, or remove the comma before it',
      ];
    case 'ColonExpected':
      return ['expected ":" after the property name'];
    case 'CommaExpected':
      return ['expected a comma between the items', 'add "," after the item before this one'];
    case 'CloseBraceExpected':
      return atEnd ? ['expected "}" to close the object', cut] : ['expected "}" to close the object (or a comma)'];
    case 'CloseBracketExpected':
      return atEnd ? ['expected "]" to close the list', cut] : ['expected "]" to close the list (or a comma)'];
    case 'EndOfFileExpected':
      return ['text after the end of the level', 'a level file holds exactly one { … } object'];
    case 'UnexpectedEndOfComment':
      return ['a /* comment is never closed'];
    case 'UnexpectedEndOfString':
      return ['a string is never closed', 'close it with " on the same line'];
    case 'UnexpectedEndOfNumber':
      return ['a number is cut short'];
    case 'InvalidUnicode':
      return ['a \\u escape needs four hex digits'];
    case 'InvalidEscapeCharacter':
      return ['unknown escape after \\', 'write \\\\ for a backslash and \\" for a quote'];
    case 'InvalidCharacter':
      return [
        'a control character (a line break or tab?) inside a string',
        'a string stays on one line; write \\n for a new line',
      ];
    default:
      return [`JSON syntax error (${code})`];
  }
}

/**
 * The tree as plain values. Keys are defined, not assigned, so a "__proto__" key is just a key; lists and objects
 * longer than any a level has stop here so a hostile file never reaches the schema with a million items.
 */
function valueOf(node: Node, path: (string | number)[], report: Report): unknown {
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const children = node.children ?? [];
      if (children.length > LIMITS.entities) {
        report.error(
          { path },
          `an object with ${children.length} fields`,
          'no object in a level has that many; is this a level?',
        );
        return out;
      }
      for (const property of children) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode) continue;
        const key = String(keyNode.value);
        if (Object.prototype.hasOwnProperty.call(out, key))
          report.error(
            { path, offset: keyNode.offset },
            `"${key}" is written twice in this object`,
            'delete one of them: JSON readers disagree on which one counts',
          );
        Object.defineProperty(out, key, {
          value: valueOf(valueNode, [...path, key], report),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'array': {
      const children = node.children ?? [];
      if (children.length > LIMITS.entities) {
        report.error(
          { path },
          `a list of ${children.length.toLocaleString('en')} items`,
          `the longest list a level has is its entities, at most ${LIMITS.entities.toLocaleString('en')}`,
        );
        return [];
      }
      return children.map((child, i) => valueOf(child, [...path, i], report));
    }
    case 'number':
      if (!Number.isFinite(node.value))
        report.error(
          { path, offset: node.offset },
          `${report.text.text.slice(node.offset, node.offset + Math.min(node.length, 24))} is too large a number`,
          'no number in a level is larger than a few thousand',
        );
      return node.value;
    case 'string': {
      const lone = loneSurrogate(node.value as string);
      if (lone >= 0) {
        // Point at the \uXXXX escape that wrote it, when the file wrote one.
        const raw = report.text.text.slice(node.offset, node.offset + node.length);
        const code = (node.value as string).charCodeAt(lone).toString(16);
        const escape = raw.toLowerCase().indexOf(`\\u${code}`);
        report.error(
          { path, offset: node.offset + Math.max(escape, 0) },
          `\\u${code} is half of a character (a lone surrogate), not text`,
          'write the whole character, or both halves of its \\u pair',
        );
      }
      return node.value;
    }
    default:
      return node.value;
  }
}

/** Index of the first UTF-16 surrogate without its other half, or -1. */
function loneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}
