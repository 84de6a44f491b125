// Which level the game plays, and playing a new text of it.
//
// For App.tsx:
//   - `startLevelSource(target)` once (in an effect): loads the level the page asks for and keeps listening; returns
//     the function that stops it. The level comes from `?level=<path or URL>` — a path under levels/ uses the text
//     bundled with the game, anything else is fetched — or else the first bundled level. Dropping a `.json` file on
//     `target` plays it. In `npm run dev`, saving the level being played reloads it in the running game. A fetched,
//     dropped or saved level is then proved in the background (`proveInBackground`).
//   - `loadLevel(text, name)`: checks a level file's text and plays it. An invalid text shows its problems in the
//     error panel (`useGame().problems`) and the level already running keeps running. The same name again is a
//     reload: each friend stays where it was when its cell still exists, otherwise it goes to its start.
//   - the reload rule itself (`carryFriends`) is the engine's: src/engine/reload.ts.
// Everything lands in the `useGame` store: `engine`, `levelName`, `phase`, `problems`.
import { Engine } from '../engine/engine';
import type { LevelProblem } from '../levels/errors';
import type { Level } from '../core/schema';
import { validateLevelText } from '../levels/validate';
import { carryFriends } from '../engine/reload';
import { LevelLoadError } from '../levels/errors';
import { readLevelFile, readLevelResponse } from './level-bytes';
import { bundledLevels, onLevelFilesChanged, type LevelTexts } from './bundled-levels';
import { engineOptions, useGame, type GameStore } from './store';
import { LevelProver } from './level-proof';
import { useProofStatus, type ProofStatusApi } from './proof-status';

export interface CheckedText {
  level: Level | null;
  errors: LevelProblem[];
  warnings: LevelProblem[];
}

/**
 * Runs a level file's text through the designers' checker (without the solver, which the command line runs):
 * the level, or every problem with its place in the file. Never throws.
 */
export function checkText(text: string, file: string): CheckedText {
  try {
    const { level, errors, warnings } = validateLevelText(text, file);
    return { level: errors.length ? null : level, errors, warnings };
  } catch (e) {
    // The checker promises not to throw; if it ever does, the player still gets a message, not a blank page.
    const message = `the level checker failed on this file: ${e instanceof Error ? e.message : String(e)}`;
    return { level: null, errors: [{ file, line: 1, column: 1, path: '(level)', message }], warnings: [] };
  }
}

/** The proof's worker, started the first time a designer's level is proved and kept for the next. */
const prover = new LevelProver();

/**
 * Proves a level a designer is working on (dropped on the page, or saved while it plays) as `level check` does: the
 * solver finds a route and the bot plays it, headless, in a worker so the game keeps drawing. The status line says
 * "proving…", then "beatable" for a few seconds; a level they cannot prove keeps running, and the error panel says
 * where and why ("not beaten: …", "not proven: …").
 */
export async function proveInBackground(
  text: string,
  name: string,
  store: GameStore = useGame,
  status: ProofStatusApi = useProofStatus,
): Promise<void> {
  const playing = () => store.getState().levelName === name && playingText?.text === text;
  if (!playing()) return;
  const line = status.getState();
  const id = line.proving(name, store.getState().engine?.level.title ?? name);
  const verdict = await prover.prove(text, name);
  // A newer proof replaced this one: its own line is showing.
  if (!verdict) return;
  if (verdict.beaten && verdict.errors.length === 0 && playing()) return line.proved(id, verdict.beaten);
  line.failed(id);
  if (verdict.errors.length > 0 && playing()) store.getState().showProblems(name, verdict.errors, true);
}

/** The text of the level being played, to tell a real change from a save that changed nothing. */
let playingText: { name: string; text: string } | null = null;

/**
 * Checks a level file's text and plays it. Returns the new engine, or null when the text has errors (they are in
 * the store's `problems`; the level already running keeps running).
 */
export function loadLevel(text: string, name: string, store: GameStore = useGame): Engine | null {
  const checked = checkText(text, name);
  if (!checked.level) {
    store.getState().showProblems(name, checked.errors.length ? checked.errors : checked.warnings);
    return null;
  }
  const state = store.getState();
  const old = state.engine;
  const reload = old !== null && state.levelName === name;
  let engine: Engine;
  try {
    engine = new Engine(checked.level, engineOptions(state.settings));
  } catch (e) {
    // The checker passed it but building failed: say so like a level problem, so the running level keeps going.
    store.getState().showProblems(name, [
      {
        file: name,
        line: 1,
        column: 1,
        path: '(level)',
        message: `the level could not be built: ${(e as Error).message}`,
      },
    ]);
    return null;
  }
  if (reload && old) carryFriends(old, engine);
  playingText = { name, text };
  store.getState().setEngine(engine, name, reload);
  return engine;
}

/** What `?level=` asks for: a level shipped in the bundle, or a file to fetch. */
export type LevelRequest = { kind: 'bundled'; path: string } | { kind: 'url'; url: string };

/** Reads `?level=` from a page's query string; without it, the first bundled level. */
export function levelRequest(search: string, texts: LevelTexts = bundledLevels): LevelRequest | null {
  const asked = new URLSearchParams(search).get('level');
  if (asked) {
    const path = asked.replace(/^\.?\//, '');
    if (texts.has(path)) return { kind: 'bundled', path };
    return { kind: 'url', url: asked };
  }
  const first = texts.keys().next();
  return first.done ? null : { kind: 'bundled', path: first.value };
}

/** Fetches or unpacks the text a request names; throws an Error a player can read. */
export async function readRequest(
  request: LevelRequest,
  texts: LevelTexts = bundledLevels,
): Promise<{ name: string; text: string }> {
  if (request.kind === 'bundled') {
    const load = texts.get(request.path);
    if (!load) throw new Error(`${request.path} is not one of the game's levels.`);
    return { name: request.path, text: await load() };
  }
  if (typeof location !== 'undefined' && new URL(request.url, location.href).origin !== location.origin)
    throw new Error(
      `${request.url} is on another site: the game plays level files from its own address only. ` +
        'Copy the file into levels/, or drop it on the page.',
    );
  let response: Response;
  try {
    response = await fetch(request.url);
  } catch (e) {
    throw new Error(
      `Could not fetch the level ${request.url}: ${(e as Error).message}. Check the address and that the server allows it.`,
      {
        cause: e,
      },
    );
  }
  if (!response.ok)
    throw new Error(
      `Could not fetch the level ${request.url}: the server answered ${response.status} ${response.statusText}.`,
    );
  // A server that answers every path with the game's page means the file is not there.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error(`There is no level file at ${request.url} (the server answered with a web page).`);
  }
  return { name: request.url, text: await readLevelResponse(response, request.url) };
}

/** A level file the player dropped on the page or picked: checked and played as a loose level (no progress). */
export function playLevelFile(file: File, store: GameStore = useGame): void {
  if (!file.name.toLowerCase().endsWith('.json')) {
    store.getState().showProblems(file.name, [
      {
        file: file.name,
        line: 1,
        column: 1,
        path: '(level)',
        message: 'only .json level files can be played here',
      },
    ]);
    return;
  }
  readLevelFile(file, file.name).then(
    (text) => {
      if (loadLevel(text, file.name, store)) void proveInBackground(text, file.name, store);
    },
    (e: Error) => {
      if (e instanceof LevelLoadError) store.getState().showProblems(e.file, e.problems);
    },
  );
}

/**
 * Loads the level the page asks for, plays dropped files and reloads saved ones. Returns the stop function.
 * Without `?level=`, `openCampaign` (when given) opens the campaign's title screen instead of the first level.
 */
export function startLevelSource(
  dropTarget: HTMLElement | Window = window,
  store: GameStore = useGame,
  openCampaign?: () => void,
): () => void {
  let stopped = false;
  const search = typeof location === 'undefined' ? '' : location.search;
  const request = levelRequest(search);
  if (openCampaign && !new URLSearchParams(search).has('level')) openCampaign();
  else if (!request) store.getState().fail('No level to play: the game was built without any file in levels/.');
  else {
    readRequest(request)
      .then(({ name, text }) => {
        if (stopped || !loadLevel(text, name, store)) return;
        // A designer's own file is proved as a dropped one is; the game's own levels are proved by `npm test`.
        if (request.kind === 'url') void proveInBackground(text, name, store);
      })
      .catch((e: Error) => {
        if (stopped) return;
        if (e instanceof LevelLoadError) store.getState().showProblems(e.file, e.problems);
        else
          store.getState().showProblems(request.kind === 'url' ? request.url : request.path, [
            {
              file: request.kind === 'url' ? request.url : request.path,
              line: 1,
              column: 1,
              path: '(level)',
              message: e.message,
            },
          ]);
      });
  }

  const onDragOver = (e: Event) => e.preventDefault();
  const onDrop = (e: Event) => {
    const file = (e as DragEvent).dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    playLevelFile(file, store);
  };
  dropTarget.addEventListener('dragover', onDragOver);
  dropTarget.addEventListener('drop', onDrop);

  const stopWatching = onLevelFilesChanged((texts) => void reloadSaved(texts, store));

  return () => {
    stopped = true;
    dropTarget.removeEventListener('dragover', onDragOver);
    dropTarget.removeEventListener('drop', onDrop);
    stopWatching();
  };
}

/** A level file was saved: when it is the one being played and its text changed, play the new text. */
export async function reloadSaved(texts: LevelTexts, store: GameStore = useGame): Promise<boolean> {
  const name = store.getState().levelName;
  const load = texts.get(name);
  if (!load) return false;
  const text = await load();
  if (playingText && playingText.name === name && playingText.text === text) {
    // Saved back to the text that is playing: the errors of the version in between no longer apply.
    if (store.getState().problems?.file === name) store.getState().dismissProblems();
    return false;
  }
  const played = loadLevel(text, name, store) !== null;
  if (played) void proveInBackground(text, name, store);
  return played;
}
