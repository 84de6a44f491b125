// A designer in the headset reads the proof of their level file on the panel in front of them: "proving", then
// "beatable", or the file's first problem with a word that the rest is on the desktop's screen.
import { describe, expect, it } from 'vitest';
import { createProofStatus } from '../../src/ui/proof-status';
import type { LevelProblems } from '../../src/ui/store';
import { fontSafe, proofPanelText, worldPanelText } from '../../src/xr/xr-text';

const idle = { prompt: null, subtitle: null, toasts: [], arcReason: '' } as const;

describe('the proof on the VR panel', () => {
  it('says "proving", then "beatable" with the steps, in characters the VR font draws', () => {
    const status = createProofStatus();
    const id = status.getState().proving('/fixtures/my-room.json', 'My room');
    const proving = proofPanelText(status.getState().status, null);
    expect(proving).toBe('Proving “My room” (/fixtures/my-room.json): the bot is playing the solver’s route…');
    expect(fontSafe(proving)).toBe(proving);
    status.getState().proved(id, { steps: 4, gameSeconds: 6 });
    const beatable = proofPanelText(status.getState().status, null);
    expect(beatable).toBe(
      '“My room” (/fixtures/my-room.json) is beatable — the bot reached the exit in 4 steps / 6.0 s of game time',
    );
    expect(fontSafe(beatable)).toBe(beatable);
    expect(proofPanelText(null, null)).toBe('');
  });

  it('joins the menu of the phase and the play text, after a blank line', () => {
    const proof = 'Proving “My room” (my-room.json): the bot is playing the solver’s route…';
    expect(worldPanelText({ ...idle, phase: 'start', proof })).toBe(`Y — begin\n\n${proof}`);
    expect(worldPanelText({ ...idle, phase: 'playing', proof })).toBe(proof);
    expect(
      worldPanelText({ ...idle, phase: 'playing', toasts: [{ text: 'Checkpoint reached', until: 9 }], proof }),
    ).toBe(`Checkpoint reached\n\n${proof}`);
    expect(worldPanelText({ ...idle, phase: 'playing', proof: '' })).toBe('');
  });

  it('a file that is not proven gives its first problem, placed, cut to three lines, and how many more', () => {
    const long = `the level cannot be beaten: ${'the way on is cut by void '.repeat(12)}`;
    const problems: LevelProblems = {
      file: 'gap.json',
      running: true,
      unproven: true,
      problems: [
        { file: 'gap.json', line: 12, column: 54, path: 'entities[0].at', message: long },
        { file: 'gap.json', line: 3, column: 1, path: 'title', message: 'must not be empty' },
      ],
    };
    const text = proofPanelText(null, problems);
    const [head, first, where] = text.split('\n');
    expect(head).toBe('gap.json is not proven beatable: 2 problems');
    expect(first).toMatch(/^gap\.json:12:54 the level cannot be beaten: the way on/);
    expect(first).toMatch(/… \(and 1 more\)$/);
    expect(first!.length).toBeLessThan(200);
    expect(where).toBe('The full list is on the desktop screen.');
    const broken = proofPanelText(null, { ...problems, unproven: false, problems: problems.problems.slice(1) });
    expect(broken.split('\n')[0]).toBe('gap.json cannot be played: 1 problem');
    expect(broken).not.toContain('more');
  });
});
