// The HUD and a friend who is found: Leo's card says "not here yet" while he waits, and not once Mia has found him.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EngineHud } from '../../src/ui/Hud';
import { HudFeed } from '../../src/ui/hud-feed';
import { engineFor, hold, makeLevel } from '../helpers';

const leoCard = (html: string) => (html.match(/<li class="hud-friend[^"]*"[^>]*>[\s\S]*?<\/li>/g) ?? [])[3]!;

describe('the HUD and a friend who is found', () => {
  it('greys Leo until the party finds him, then says he joins', () => {
    const engine = engineFor(
      makeLevel(['..........', '..........'], {
        friends: [
          { friend: 'mia', at: [1, 1], facing: 'east' },
          { friend: 'leo', at: [8, 1], facing: 'west', found: true },
        ],
      }),
    );
    expect(leoCard(renderToStaticMarkup(createElement(EngineHud, { engine })))).toContain('not here yet');
    hold(engine, 240, { moveY: 1 });
    expect(leoCard(renderToStaticMarkup(createElement(EngineHud, { engine })))).not.toContain('not here yet');
    const feed = new HudFeed();
    for (const event of engine.drainEvents()) feed.take(event, 0);
    expect(feed.activeToasts(0).map((t) => t.text)).toContain('Leo joins the party');
  });
});
