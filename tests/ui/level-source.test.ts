// A designer saves the level while playing it: the game reloads it and the friends stay where they were.
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../src/core/schema';
import { idleInput } from '../../src/engine/tick-input';
import { createGameStore } from '../../src/ui/store';
import { levelRequest, loadLevel, reloadSaved } from '../../src/ui/level-source';
import type { Engine } from '../../src/engine/engine';

const ROWS = ['#########', '#.......#', '#.#####.#', '#.......#', '#########'];

function levelText(rows: string[] = ROWS): string {
  return JSON.stringify(
    {
      formatVersion: FORMAT_VERSION,
      id: 'reload',
      title: 'Reload',
      grid: { cellSize: 2, floors: [{ height: 0, rows }] },
      spawn: { at: [1, 1] },
      entities: [{ id: 'exit', type: 'exit', at: [7, 3] }],
      friends: [
        { friend: 'mia', at: [1, 1], facing: 'east' },
        { friend: 'noah', at: [1, 3], facing: 'east' },
      ],
    },
    null,
    2,
  );
}

function walkEast(engine: Engine, ticks: number) {
  for (let t = 0; t < ticks; t++) engine.step({ ...idleInput(), moveY: 1 });
}

function freshStore() {
  return createGameStore(null);
}

describe('loading and reloading a level', () => {
  it('a valid level builds an engine and shows the start screen', () => {
    const store = freshStore();
    const engine = loadLevel(levelText(), 'levels/reload.json', store);
    expect(engine).not.toBeNull();
    expect(store.getState()).toMatchObject({ engine, levelName: 'levels/reload.json', phase: 'start', problems: null });
  });

  it('saving the level keeps each friend where it was when its cell still exists', () => {
    const store = freshStore();
    const first = loadLevel(levelText(), 'levels/reload.json', store)!;
    store.getState().start();
    walkEast(first, 60);
    first.switchTo(1);
    const mia = first.friends[0]!;
    const before = { x: mia.position.x, z: mia.position.z, cell: first.cellOf(mia) };
    expect(before.cell.col).toBeGreaterThanOrEqual(3);

    // The designer changes something far away: a wall in the lower corridor.
    const edited = [...ROWS];
    edited[3] = '#.....#.#';
    const second = loadLevel(levelText(edited), 'levels/reload.json', store)!;
    expect(second).not.toBe(first);
    expect(store.getState().engine).toBe(second);
    expect(store.getState().phase).toBe('playing');
    const miaAgain = second.friends.find((f) => f.name === 'mia')!;
    expect(miaAgain.position.x).toBeCloseTo(before.x, 5);
    expect(miaAgain.position.z).toBeCloseTo(before.z, 5);
    expect(second.cellOf(miaAgain)).toEqual(before.cell);
    expect(miaAgain.yaw).toBeCloseTo(mia.yaw, 6);
    // Noah was played last: he still is.
    expect(second.active.name).toBe('noah');
  });

  it('a friend whose cell became a wall goes back to its start', () => {
    const store = freshStore();
    const first = loadLevel(levelText(), 'levels/reload.json', store)!;
    walkEast(first, 60);
    const cell = first.cellOf(first.friends[0]!);
    const edited = [...ROWS];
    edited[1] = edited[1]!.slice(0, cell.col) + '#' + edited[1]!.slice(cell.col + 1);
    const second = loadLevel(levelText(edited), 'levels/reload.json', store)!;
    expect(second.cellOf(second.friends[0]!)).toEqual({ floor: 0, col: 1, row: 1 });
    // Noah never moved, and his cell is still floor.
    expect(second.cellOf(second.friends[1]!)).toEqual({ floor: 0, col: 1, row: 3 });
  });

  it('an invalid save shows its problems and the running level keeps running', () => {
    const store = freshStore();
    const first = loadLevel(levelText(), 'levels/reload.json', store)!;
    store.getState().start();
    const broken = levelText().replace('"title": "Reload",', '"title": "Reload"');
    expect(loadLevel(broken, 'levels/reload.json', store)).toBeNull();
    const state = store.getState();
    expect(state.engine).toBe(first);
    expect(state.phase).toBe('playing');
    expect(state.problems?.running).toBe(true);
    expect(state.problems?.problems.length).toBeGreaterThan(0);
    const problem = state.problems!.problems[0]!;
    expect(problem.file).toBe('levels/reload.json');
    expect(problem.message.length).toBeGreaterThan(0);
    // The panel can be dismissed because the level behind it still plays.
    state.dismissProblems();
    expect(store.getState().problems).toBeNull();
  });

  it('a broken first level leaves nothing to play: the error phase with the problems', () => {
    const store = freshStore();
    expect(loadLevel('{ "formatVersion": ', 'levels/broken.json', store)).toBeNull();
    expect(store.getState().phase).toBe('error');
    expect(store.getState().problems).toMatchObject({ file: 'levels/broken.json', running: false });
  });

  it('a saved file that is the one being played reloads; saving the same text again does not', async () => {
    const store = freshStore();
    const first = loadLevel(levelText(), 'levels/reload.json', store)!;
    let text = levelText();
    const texts = new Map([['levels/reload.json', async () => text]]);
    expect(await reloadSaved(texts, store)).toBe(false);
    expect(store.getState().engine).toBe(first);
    text = levelText(['#########', '#.......#', '#.......#', '#.......#', '#########']);
    expect(await reloadSaved(texts, store)).toBe(true);
    expect(store.getState().engine).not.toBe(first);
  });

  it('?level= picks a bundled level by its path and fetches anything else', () => {
    const texts = new Map([
      ['levels/01-bedroom.json', async () => '{}'],
      ['levels/02-exam.json', async () => '{}'],
    ]);
    expect(levelRequest('', texts)).toEqual({ kind: 'bundled', path: 'levels/01-bedroom.json' });
    expect(levelRequest('?level=levels/02-exam.json', texts)).toEqual({ kind: 'bundled', path: 'levels/02-exam.json' });
    expect(levelRequest('?level=/levels/02-exam.json', texts)).toEqual({
      kind: 'bundled',
      path: 'levels/02-exam.json',
    });
    expect(levelRequest('?level=https://example.org/mine.json', texts)).toEqual({
      kind: 'url',
      url: 'https://example.org/mine.json',
    });
  });
});
