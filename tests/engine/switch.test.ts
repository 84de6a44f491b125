// Friends the player is not controlling keep their weight: one left on a plate holds its door open.
import { describe, expect, it } from 'vitest';
import { engineFor, hold, loadLevelFile } from '../helpers';

describe('an idle friend on a plate', () => {
  it('holds the door open while the player controls another friend', () => {
    const e = engineFor(loadLevelFile('tests/fixtures/levels/plate.json'));
    expect(e.entities.doorOpen('door')).toBe(false);
    hold(e, 1, { switchTo: 'noah' }); // Noah, facing south, walks onto the plate
    hold(e, 40, { moveY: 1 });
    hold(e, 20);
    expect(e.entities.doorOpen('door')).toBe(true);
    hold(e, 1, { switchTo: 'mia' });
    hold(e, 120);
    expect(e.entities.doorOpen('door')).toBe(true);
    expect(e.entities.views().find((v) => v.id === 'plate')).toMatchObject({ active: true });
    // Noah walks off: the door shuts.
    hold(e, 1, { switchTo: 'noah' });
    hold(e, 40, { moveY: -1 });
    expect(e.entities.doorOpen('door')).toBe(false);
  });
});
