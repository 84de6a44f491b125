// The campaign's chapters: the level files shipped with the game whose names start with their number
// (levels/01-bedroom.json … levels/05-the-cycle.json), checked and read once for the title screen, the chapter list
// and the memories.
import type { FriendName, Level } from '../core/schema';
import type { LevelProblem } from '../levels/errors';
import { bundledLevels, type LevelTexts } from './bundled-levels';
import { checkText } from './level-source';

/** A level file that belongs to the campaign: "levels/NN-name.json". */
export const CAMPAIGN_FILE = /^levels\/(\d\d)-[^/]+\.json$/;

export interface Memory {
  id: string;
  title: string | null;
  text: string;
}

export interface Chapter {
  /** 1-based place in the campaign. */
  number: number;
  path: string;
  /** The level's own id, which progress is saved under. */
  id: string;
  title: string;
  level: Level;
  /** The level's memory fragments, in the file's order. */
  memories: Memory[];
  /** Ids of those fragments, for counting found of total. */
  fragments: string[];
  /** The friend the player controls first. */
  firstFriend: FriendName;
}

export interface Campaign {
  chapters: Chapter[];
  /** Campaign files that did not pass the checker: the game plays the others and shows these. */
  broken: { file: string; problems: LevelProblem[] }[];
}

export function chapterOfLevel(path: string, number: number, level: Level): Chapter {
  const memories: Memory[] = [];
  for (const e of level.entities) {
    if (e.type === 'fragment') memories.push({ id: e.id, title: e.title ?? null, text: e.text });
  }
  return {
    number,
    path,
    id: level.id,
    title: level.title,
    level,
    memories,
    fragments: memories.map((m) => m.id),
    firstFriend: level.friends[0]?.friend ?? 'mia',
  };
}

/** Reads and checks every campaign file, in the order of their numbers. */
export async function loadCampaign(texts: LevelTexts = bundledLevels): Promise<Campaign> {
  const paths = [...texts.keys()].filter((p) => CAMPAIGN_FILE.test(p)).sort();
  const loaded = await Promise.all(
    paths.map(async (path) => {
      try {
        return { path, ...checkText(await texts.get(path)!(), path) };
      } catch (e) {
        const message = `the level could not be read: ${(e as Error).message}`;
        return { path, level: null, errors: [{ file: path, line: 1, column: 1, path: '(level)', message }] };
      }
    }),
  );
  const campaign: Campaign = { chapters: [], broken: [] };
  for (const { path, level, errors } of loaded) {
    if (level) campaign.chapters.push(chapterOfLevel(path, campaign.chapters.length + 1, level));
    else campaign.broken.push({ file: path, problems: errors });
  }
  return campaign;
}
