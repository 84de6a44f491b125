// The player's way through the campaign: chapters finished, best times, fragments found, chapters where an assist
// was used, and where to continue (the last checkpoint, with every friend where they stood). Plain data and pure
// updates; src/ui/campaign-store.ts saves it after every checkpoint, fragment and level.
import { z } from 'zod';
import { friendName, type FriendName } from '../core/schema';
import type { RecordKind } from './storage';

export const PROGRESS_KEY = 'dreamcycle.progress';
/** 1: the first saved progress (chapters, resume point, epilogue seen). */
export const PROGRESS_VERSION = 1;

const place = z.object({
  friend: friendName,
  /** Where the friend's body was (the centre of its feet sphere), metres. */
  p: z.tuple([z.number(), z.number(), z.number()]),
  yaw: z.number(),
  pitch: z.number(),
  /** False: the party had not found this friend yet (a friend start with "found"); left out, they had joined. */
  joined: z.literal(false).optional(),
});
export type FriendPlace = z.infer<typeof place>;

const resumePoint = z.object({
  /** The level's id (from the level file). */
  chapter: z.string().min(1),
  /** The checkpoint last reached; null for the chapter's start. */
  checkpoint: z.string().nullable(),
  active: friendName,
  /** Every friend where they were at the checkpoint; empty for the chapter's start. */
  friends: z.array(place),
  /** Fragments read in this run (the exit may need them). */
  read: z.array(z.string()),
  /** Seconds of play in this run before the checkpoint, so the level's time goes on from there. */
  seconds: z.number().min(0),
});
export type ResumePoint = z.infer<typeof resumePoint>;

const chapterRecord = z.object({
  completed: z.boolean(),
  /** Best time of a finished run, seconds; null before the first. */
  bestSeconds: z.number().positive().nullable(),
  /** Ids of every fragment ever found in the chapter. */
  fragments: z.array(z.string()),
  /** An assist (skip this puzzle) was used in it: shown on the chapter, which is never hidden. */
  assisted: z.boolean(),
});
export type ChapterRecord = z.infer<typeof chapterRecord>;

export const progressSchema = z.object({
  /** By level id. */
  chapters: z.record(z.string(), chapterRecord),
  /** Where Continue goes; null when there is nothing to continue. */
  resume: resumePoint.nullable(),
  /** The epilogue was reached at least once. */
  finished: z.boolean(),
});
export type Progress = z.infer<typeof progressSchema>;

export function emptyProgress(): Progress {
  return { chapters: {}, resume: null, finished: false };
}

export const PROGRESS_RECORD: RecordKind<Progress> = {
  key: PROGRESS_KEY,
  kind: 'progress',
  version: PROGRESS_VERSION,
  schema: progressSchema,
  migrations: {},
  fallback: emptyProgress,
};

function chapterOf(p: Progress, id: string): ChapterRecord {
  return p.chapters[id] ?? { completed: false, bestSeconds: null, fragments: [], assisted: false };
}

function withChapter(p: Progress, id: string, change: Partial<ChapterRecord>): Progress {
  return { ...p, chapters: { ...p.chapters, [id]: { ...chapterOf(p, id), ...change } } };
}

/** A chapter begins (New game, a chapter picked): Continue comes back to its start until a checkpoint. */
export function beginChapter(p: Progress, chapter: string, active: FriendName): Progress {
  return {
    ...withChapter(p, chapter, {}),
    resume: { chapter, checkpoint: null, active, friends: [], read: [], seconds: 0 },
  };
}

/** A checkpoint was reached: Continue comes back here with the friends where they are now. */
export function reachCheckpoint(p: Progress, point: ResumePoint): Progress {
  return { ...withChapter(p, point.chapter, {}), resume: point };
}

/** A fragment was read: it is found for good, and the run being played keeps it read. */
export function findFragment(p: Progress, chapter: string, fragment: string): Progress {
  const record = chapterOf(p, chapter);
  const fragments = record.fragments.includes(fragment) ? record.fragments : [...record.fragments, fragment];
  const resume =
    p.resume && p.resume.chapter === chapter && !p.resume.read.includes(fragment)
      ? { ...p.resume, read: [...p.resume.read, fragment] }
      : p.resume;
  return { ...withChapter(p, chapter, { fragments }), resume };
}

/** An assist moved the party on: the chapter says so in the chapter list. */
export function markAssisted(p: Progress, chapter: string): Progress {
  return withChapter(p, chapter, { assisted: true });
}

/**
 * A chapter was finished in `seconds`. Continue goes to the start of `next` (the first friend there), or nowhere
 * after the last chapter, which marks the campaign finished.
 */
export function finishChapter(
  p: Progress,
  chapter: string,
  seconds: number,
  next: { chapter: string; active: FriendName } | null,
): Progress {
  const record = chapterOf(p, chapter);
  const best = record.bestSeconds === null ? seconds : Math.min(record.bestSeconds, seconds);
  const done = withChapter(p, chapter, { completed: true, bestSeconds: best > 0 ? best : record.bestSeconds });
  if (!next) return { ...done, resume: null, finished: true };
  return beginChapter(done, next.chapter, next.active);
}

/** What the chapter list shows of one chapter. */
export interface ChapterState {
  id: string;
  unlocked: boolean;
  completed: boolean;
  found: number;
  total: number;
  bestSeconds: number | null;
  assisted: boolean;
}

/**
 * Every chapter in campaign order with what the player has of it. The first is always open; each next one opens
 * when the one before is finished, or when the player has already been in it.
 */
export function chapterStates(p: Progress, chapters: readonly { id: string; fragments: readonly string[] }[]) {
  return chapters.map((c, i): ChapterState => {
    const record = p.chapters[c.id];
    const before = i > 0 ? p.chapters[chapters[i - 1]!.id] : undefined;
    const found = record ? c.fragments.filter((f) => record.fragments.includes(f)).length : 0;
    return {
      id: c.id,
      unlocked: i === 0 || record !== undefined || before?.completed === true || p.resume?.chapter === c.id,
      completed: record?.completed ?? false,
      found,
      total: c.fragments.length,
      bestSeconds: record?.bestSeconds ?? null,
      assisted: record?.assisted ?? false,
    };
  });
}

/** Whether the campaign's last chapter has been finished (the epilogue is open from the chapter list). */
export function campaignFinished(p: Progress, chapters: readonly { id: string }[]): boolean {
  return p.finished || (chapters.length > 0 && chapters.every((c) => p.chapters[c.id]?.completed));
}
