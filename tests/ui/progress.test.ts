// The player's way through the campaign is kept: chapters open one after another, best times, fragments found,
// assisted chapters, and Continue goes back to the last checkpoint. Every saved version still loads.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  beginChapter,
  campaignFinished,
  chapterStates,
  emptyProgress,
  findFragment,
  finishChapter,
  markAssisted,
  PROGRESS_KEY,
  PROGRESS_RECORD,
  PROGRESS_VERSION,
  reachCheckpoint,
  type ResumePoint,
} from '../../src/ui/progress';
import { StoredRecord } from '../../src/ui/storage';
import { memoryStorage } from './memory-storage';

const CHAPTERS = [
  { id: 'bedroom', fragments: ['a', 'b'] },
  { id: 'exam-hall', fragments: ['c'] },
  { id: 'rooftops', fragments: [] },
];

const point = (chapter: string, checkpoint: string): ResumePoint => ({
  chapter,
  checkpoint,
  active: 'noah',
  friends: [{ friend: 'noah', p: [3, 0.5, 4], yaw: 1, pitch: 0 }],
  read: [],
  seconds: 40,
});

describe('progress through the campaign', () => {
  it('a new player has only the first chapter open and nothing to continue', () => {
    const states = chapterStates(emptyProgress(), CHAPTERS);
    expect(states.map((s) => s.unlocked)).toEqual([true, false, false]);
    expect(states[0]).toMatchObject({ found: 0, total: 2, bestSeconds: null, assisted: false, completed: false });
    expect(emptyProgress().resume).toBeNull();
  });

  it('finishing a chapter opens the next, keeps the best time and continues at the next start', () => {
    let p = beginChapter(emptyProgress(), 'bedroom', 'noah');
    expect(p.resume).toMatchObject({ chapter: 'bedroom', checkpoint: null, friends: [] });
    p = finishChapter(p, 'bedroom', 300, { chapter: 'exam-hall', active: 'mia' });
    p = finishChapter(p, 'bedroom', 420, { chapter: 'exam-hall', active: 'mia' });
    const states = chapterStates(p, CHAPTERS);
    expect(states.map((s) => s.unlocked)).toEqual([true, true, false]);
    expect(states[0]).toMatchObject({ completed: true, bestSeconds: 300 });
    expect(p.resume).toMatchObject({ chapter: 'exam-hall', active: 'mia', checkpoint: null });
  });

  it('a checkpoint becomes the place to continue; a fragment read is found for good and kept in the run', () => {
    let p = beginChapter(emptyProgress(), 'bedroom', 'noah');
    p = reachCheckpoint(p, point('bedroom', 'cp-1'));
    p = findFragment(p, 'bedroom', 'b');
    p = findFragment(p, 'bedroom', 'b');
    expect(p.resume).toMatchObject({ checkpoint: 'cp-1', read: ['b'], seconds: 40 });
    expect(chapterStates(p, CHAPTERS)[0]).toMatchObject({ found: 1, total: 2 });
  });

  it('an assisted chapter is marked and stays in the list', () => {
    const p = markAssisted(beginChapter(emptyProgress(), 'bedroom', 'noah'), 'bedroom');
    const states = chapterStates(p, CHAPTERS);
    expect(states).toHaveLength(3);
    expect(states[0]).toMatchObject({ assisted: true, unlocked: true });
  });

  it('finishing the last chapter finishes the campaign and leaves nothing to continue', () => {
    let p = emptyProgress();
    for (const [i, c] of CHAPTERS.entries()) {
      const next = CHAPTERS[i + 1];
      p = finishChapter(p, c.id, 100, next ? { chapter: next.id, active: 'mia' } : null);
    }
    expect(p.finished).toBe(true);
    expect(p.resume).toBeNull();
    expect(campaignFinished(p, CHAPTERS)).toBe(true);
    expect(campaignFinished(emptyProgress(), CHAPTERS)).toBe(false);
  });

  it('is saved and loaded again as the same progress', () => {
    const storage = memoryStorage();
    const p = reachCheckpoint(beginChapter(emptyProgress(), 'bedroom', 'noah'), point('bedroom', 'cp-1'));
    new StoredRecord(storage, PROGRESS_RECORD).save(p);
    expect(new StoredRecord(storage, PROGRESS_RECORD).load()).toMatchObject({ value: p, source: 'stored' });
  });
});

describe('saved progress of every version', () => {
  const dir = resolve(import.meta.dirname, 'fixtures');
  const fixtures = readdirSync(dir).filter((f) => /^progress-v\d+\.json$/.test(f));

  it('has a fixture for every version up to this one', () => {
    const versions = fixtures.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PROGRESS_VERSION }, (_, i) => i + 1));
  });

  for (const file of fixtures) {
    it(`${file} loads with its chapters, times, fragments and resume point`, () => {
      const raw = readFileSync(resolve(dir, file), 'utf8');
      const loaded = new StoredRecord(memoryStorage({ [PROGRESS_KEY]: raw }), PROGRESS_RECORD).load();
      expect(loaded.problem).toBeNull();
      expect(loaded.source).toBe('stored');
      const states = chapterStates(loaded.value, [
        { id: 'bedroom', fragments: ['blanket-code', 'mia-sketch', 'noah-readings', 'night-light'] },
        { id: 'exam-hall', fragments: ['ava-doubt', 'second-place'] },
        { id: 'neon-rooftops', fragments: [] },
      ]);
      expect(states[0]).toMatchObject({ completed: true, bestSeconds: 312.5, found: 2, total: 4 });
      expect(states[1]).toMatchObject({ unlocked: true, assisted: true, found: 1 });
      expect(states[2]!.unlocked).toBe(false);
      expect(loaded.value.resume).toMatchObject({ chapter: 'exam-hall', checkpoint: 'cp-hall', active: 'ava' });
      expect(loaded.value.resume!.friends).toHaveLength(3);
    });
  }
});
