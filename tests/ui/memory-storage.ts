// Map-backed stand-ins for localStorage: one that keeps everything, one that is full.
import type { KeyValueStorage } from '../../src/ui/storage';

export type MemoryStorage = KeyValueStorage & { data: Map<string, string> };

export function memoryStorage(initial: Record<string, string> = {}): MemoryStorage {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

/** A storage that holds what it has but refuses every write, like a full quota. */
export function fullStorage(initial: Record<string, string> = {}): MemoryStorage {
  const s = memoryStorage(initial);
  return {
    ...s,
    setItem: () => {
      const e = new Error('The quota has been exceeded.');
      e.name = 'QuotaExceededError';
      throw e;
    },
  };
}
