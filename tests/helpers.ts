// Shared by the node tests: load level files and drive the engine like a player would.
import { readFileSync } from 'node:fs';
import { parseLevel } from '../src/levels/load';
import type { Level, LevelInput } from '../src/core/schema';
import { levelSchema } from '../src/core/schema';
import { Engine, type EngineOptions } from '../src/engine/engine';
import { idleInput, type TickInput } from '../src/engine/tick-input';

export function loadLevelFile(path: string): Level {
  return parseLevel(readFileSync(path, 'utf8'), path);
}

/** A level from rows written in a test: floor 0 only unless more floors are given. */
export function makeLevel(rows: string[], extra: Partial<LevelInput> = {}): Level {
  const input: LevelInput = {
    formatVersion: 2,
    id: 'test',
    title: 'Test',
    grid: { floors: [{ height: 0, rows }] },
    spawn: { at: [1, 1] },
    friends: [{ friend: 'mia', at: [1, 1] }],
    ...extra,
  };
  return levelSchema.parse(input);
}

export function engineFor(level: Level, options?: EngineOptions): Engine {
  return new Engine(level, options);
}

export function input(over: Partial<TickInput> = {}): TickInput {
  return { ...idleInput(), ...over };
}

/** Runs `ticks` ticks with the same input. */
export function hold(engine: Engine, ticks: number, over: Partial<TickInput> = {}): void {
  const i = input(over);
  for (let t = 0; t < ticks; t++) engine.step(i);
}
