// The words VR shows in the world, built from the engine and the HUD feed: the wrist panel's lines and the panel
// in front of the player (prompt, subtitle, toasts, the pause menu, the proof of a designer's file). Plain functions,
// so node tests read them.
import type { Engine } from '../engine/engine';
import { FRIEND_NAMES } from '../core/schema';
import { FRIEND_TITLE, type Subtitle, type Toast } from '../ui/hud-feed';
import { proofLine, type ProofStatus } from '../ui/proof-status';
import type { LevelProblems } from '../ui/store';

/** Characters the VR font (Atkinson Hyperlegible, Latin) draws; anything else would make the text renderer fetch
 * a fallback font from the network, which the game never does. */
const DRAWN = /[^\n\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac\u2122]/g;

/** The text with every character the font lacks shown as "?" (level files may hold any language). */
export function fontSafe(text: string): string {
  return text.replace(DRAWN, '?');
}

/** The wrist panel's status: the active friend, its skill and lucidity. */
export function wristStatus(engine: Engine): string {
  const friend = engine.active;
  const s = engine.skillStatus(friend);
  const ready = s.cooldownLeft > 0 ? `ready in ${s.cooldownLeft.toFixed(1)} s` : 'ready';
  const charges = s.charges ? ` · bridges ${s.charges.used}/${s.charges.max}` : '';
  return `${FRIEND_TITLE[friend.name]} — ${s.skill}\n${ready}${charges}\nLucidity ${Math.round(friend.lucidity)}`;
}

/** The wrist menu's rows: every friend, the active one marked, one not in this level said so. */
export function wristFriends(engine: Engine): string {
  return FRIEND_NAMES.map((name, i) => {
    const here = engine.friends.some((f) => f.name === name);
    const mark = engine.active.name === name ? '> ' : '   ';
    return `${mark}${i + 1}  ${FRIEND_TITLE[name]}${here ? '' : ' (not here)'}`;
  }).join('\n');
}

export interface PanelInput {
  phase: string;
  prompt: { action: 'skill' | 'interact'; verb: string } | null;
  subtitle: Subtitle | null;
  toasts: readonly Toast[];
  /** Why the teleport arc cannot land, while aiming. */
  arcReason: string;
  /** The proof's line ("proving…", "beatable") and the level file's problems, for a designer in the headset. */
  proof?: string;
}

/** The most of a level problem's message the panel in front of the player shows (about three lines). */
const PROBLEM_CHARS = 150;

/**
 * What a designer in the headset reads of the proof of their file: the desktop's status line (without its marks,
 * which the VR font lacks) and, when a file cannot be played, how many problems and the first one, to read in full
 * on the desktop's panel. Empty when there is nothing to say.
 */
export function proofPanelText(status: ProofStatus | null, problems: LevelProblems | null): string {
  const parts: string[] = [];
  if (problems && problems.problems.length > 0) {
    const n = problems.problems.length;
    const first = problems.problems[0]!;
    const message =
      first.message.length > PROBLEM_CHARS ? `${first.message.slice(0, PROBLEM_CHARS - 1)}…` : first.message;
    const more = n > 1 ? ` (and ${n - 1} more)` : '';
    parts.push(
      `${problems.file} ${problems.unproven ? 'is not proven beatable' : 'cannot be played'}: ${n} ${n === 1 ? 'problem' : 'problems'}\n` +
        `${first.file}:${first.line}:${first.column} ${message}${more}\nThe full list is on the desktop screen.`,
    );
  }
  if (status) parts.push(proofLine(status));
  return parts.join('\n\n');
}

/** The panel in front of the player; empty when there is nothing to read. */
export function worldPanelText(p: PanelInput): string {
  const text = phaseText(p);
  if (!p.proof) return text;
  return text ? `${text}\n\n${p.proof}` : p.proof;
}

function phaseText(p: PanelInput): string {
  if (p.phase === 'paused')
    return 'Paused\n\nY — resume\nB — leave VR\n\nComfort settings are in the desktop menu (VR section).';
  if (p.phase === 'start') return 'Y — begin';
  if (p.phase === 'title') return 'Dreamcycle\n\nY — play';
  if (p.phase === 'complete') return 'Memory complete\n\nY — go on';
  if (p.phase === 'epilogue') return 'Y — back to the title';
  const lines: string[] = [];
  if (p.subtitle) lines.push(`${p.subtitle.speaker}: ${p.subtitle.text}`);
  if (p.prompt) lines.push(`${p.prompt.action === 'skill' ? 'Trigger' : 'B'} — ${p.prompt.verb}`);
  for (const t of p.toasts) lines.push(t.text);
  if (p.arcReason) lines.push(`Teleport: ${p.arcReason}`);
  return lines.join('\n');
}
