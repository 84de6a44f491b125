// Tutorial prompts as a new player meets them: a hint shows when the friend walks up to it, goes when the action
// is done (and stays gone), and goes for now when the friend walks away without doing it.
import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../src/engine/events';
import { engineFor, hold, makeLevel } from '../helpers';

const corridor = () =>
  makeLevel(['##########', '#........#', '##########'], {
    spawn: { at: [1, 1], facing: 'east' },
    friends: [
      { friend: 'mia', at: [1, 1], facing: 'east' },
      { friend: 'noah', at: [8, 1], facing: 'west' },
    ],
    entities: [
      { id: 'exit', type: 'exit', at: [8, 1] },
      { id: 'jump-here', type: 'hint', at: [4, 1], radius: 1, action: 'jump', text: 'Press {key} to jump' },
      { id: 'switch-here', type: 'hint', at: [1, 1], radius: 1, action: 'friend2', text: 'Press {key} to be Noah' },
    ],
  });

const ofType = (events: readonly GameEvent[], type: GameEvent['type']) => events.filter((e) => e.type === type);

describe('hints', () => {
  it('shows a hint near the friend, with {key} left for the UI to fill with the bound key', () => {
    const e = engineFor(corridor());
    hold(e, 1);
    expect(ofType(e.drainEvents(), 'hint')).toEqual([
      { type: 'hint', id: 'switch-here', action: 'friend2', text: 'Press {key} to be Noah' },
    ]);
    hold(e, 90, { moveY: 1 }); // Mia walks east past [4, 1]
    const events = e.drainEvents();
    expect(events).toContainEqual({ type: 'hint-done', id: 'switch-here', done: false });
    expect(events).toContainEqual({ type: 'hint', id: 'jump-here', action: 'jump', text: 'Press {key} to jump' });
  });

  it('puts a hint away for good once its action is done', () => {
    const e = engineFor(corridor());
    hold(e, 80, { moveY: 1 });
    expect(e.hints.showing()).toContain('jump-here');
    hold(e, 1, { jump: true });
    expect(e.drainEvents()).toContainEqual({ type: 'hint-done', id: 'jump-here', done: true });
    hold(e, 60, { moveY: -1 }); // back west, then east over it again
    hold(e, 60, { moveY: 1 });
    expect(ofType(e.drainEvents(), 'hint').map((h) => h.type === 'hint' && h.id)).not.toContain('jump-here');
    expect(e.hints.snapshot()).toEqual(['jump-here']);
  });

  it("is done by the friend's key: pressing 2 makes Noah the friend in control and ends the switch hint", () => {
    const e = engineFor(corridor());
    hold(e, 1);
    hold(e, 1, { switchTo: 'noah' });
    expect(e.drainEvents()).toContainEqual({ type: 'hint-done', id: 'switch-here', done: true });
    expect(e.active.name).toBe('noah');
  });
});
