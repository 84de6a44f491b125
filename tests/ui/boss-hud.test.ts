// What a player reads of the boss fight: its whispers as subtitles with their speaker, its phases and the party's
// progress as short notes.
import { describe, expect, it } from 'vitest';
import { HudFeed } from '../../src/ui/hud-feed';

describe('the HUD during the boss fight', () => {
  it('subtitles a whisper with its speaker, and says nothing for a whisper without words', () => {
    const feed = new HudFeed();
    feed.take({ type: 'whisper', seconds: 3 }, 0);
    expect(feed.subtitle(0)).toBeNull();
    feed.take({ type: 'whisper', seconds: 3, line: { speaker: "Leo's doubt", text: 'Not good enough.' } }, 1);
    expect(feed.subtitle(1)).toMatchObject({ speaker: "Leo's doubt", text: 'Not good enough.', kind: 'dialogue' });
  });

  it('notes the shroud lifting, each core but the last, each node rewritten and the cycle breaking', () => {
    const feed = new HudFeed();
    const notes: string[] = [];
    const take = (event: Parameters<HudFeed['take']>[0]) => {
      const before = feed.activeToasts(0).length;
      feed.take(event, 0);
      const after = feed.activeToasts(0);
      if (after.length !== before || after[after.length - 1]?.text !== notes[notes.length - 1])
        notes.push(after[after.length - 1]!.text);
    };
    take({ type: 'boss-phase', id: 'boss', phase: 'cores' });
    take({ type: 'core-broken', id: 'core-west', left: 1 });
    take({ type: 'core-broken', id: 'core-east', left: 0 });
    take({ type: 'boss-phase', id: 'boss', phase: 'loop' });
    take({ type: 'cycle-node', id: 'n1', done: 1, of: 4 });
    take({ type: 'boss-phase', id: 'boss', phase: 'broken' });
    expect(notes).toEqual([
      'The shroud lifts: its cores float over the void',
      'A core shatters: 1 left',
      'The cores are broken: the cycle lies open to Ava',
      'Cycle node rewritten: 1 of 4',
      'The cycle is broken: the way out is open',
    ]);
  });
});
