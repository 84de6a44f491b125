// The campaign's level files, shipped inside the bundle as text. In `npm run dev`, saving one of them re-runs this
// module; it tells whoever listens (the level source) so the running game reloads the level.

/** Level path as written in `?level=` ("levels/01-bedroom.json") → its text, loaded on demand. */
export type LevelTexts = ReadonlyMap<string, () => Promise<string>>;

function collect(found: Record<string, () => Promise<string>>): LevelTexts {
  const texts = new Map<string, () => Promise<string>>();
  for (const [path, load] of Object.entries(found).sort(([a], [b]) => a.localeCompare(b))) {
    texts.set(path.replace(/^\//, ''), load);
  }
  return texts;
}

export const bundledLevels: LevelTexts = collect(
  import.meta.glob<string>(['/levels/*.json', '!/levels/level.schema.json'], { query: '?raw', import: 'default' }),
);

type ChangeListener = (texts: LevelTexts) => void;

// Listeners live in the hot data so they survive this module being re-run by a save.
const listeners: Set<ChangeListener> =
  (import.meta.hot?.data.listeners as Set<ChangeListener> | undefined) ?? new Set();

/** Called with the new texts whenever a level file is saved during `npm run dev`. Returns the unsubscribe. */
export function onLevelFilesChanged(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (import.meta.hot) {
  import.meta.hot.data.listeners = listeners;
  import.meta.hot.accept((next) => {
    const texts = (next as { bundledLevels?: LevelTexts } | undefined)?.bundledLevels;
    if (texts) for (const listener of listeners) listener(texts);
  });
}
