// Continue after finding Leo: the resume point remembers who the party had found, so Leo is still playable.
import { describe, expect, it } from 'vitest';
import { applyResumePoint, takeResumePoint } from '../../src/ui/resume';
import { engineFor, hold, makeLevel } from '../helpers';

const roof = () =>
  makeLevel(['..........', '..........'], {
    friends: [
      { friend: 'mia', at: [1, 1], facing: 'east' },
      { friend: 'leo', at: [8, 1], facing: 'west', found: true },
    ],
  });

describe('a resume point and a friend who is found', () => {
  it('keeps Leo waiting when he had not been found, and in the party when he had', () => {
    const played = engineFor(roof());
    const before = takeResumePoint(played, 'roof', 0);
    hold(played, 240, { moveY: 1 });
    expect(played.party.isJoined(1)).toBe(true);
    const after = takeResumePoint(played, 'roof', 0);

    const early = engineFor(roof());
    applyResumePoint(early, before);
    hold(early, 1, { switchTo: 'leo' });
    expect(early.active.name).toBe('mia');

    const late = engineFor(roof());
    applyResumePoint(late, after);
    hold(late, 1, { switchTo: 'leo' });
    expect(late.active.name).toBe('leo');
  });
});
