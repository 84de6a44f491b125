// The campaign from the first level to the last, as `npm run level -- play --campaign` plays it: each level of
// levels/0*.json beaten by the bot in the physics, in order, and the epilogue after the last level and only there.
import { describe, expect, it } from 'vitest';
import { campaignFiles, playCampaign } from '../../tools/level/campaign';

describe('the campaign', () => {
  const files = campaignFiles();

  it('has its levels in order, from the bedroom to the cycle', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files[0]).toMatch(/01-/);
    expect(files[files.length - 1]).toMatch(/05-the-cycle\.json$/);
  });

  it('is played through by the bot, level after level, and ends in the epilogue', () => {
    const r = playCampaign(files);
    const said = r.levels.map((l) => `${l.file}: ${l.reached ? 'reached' : `NOT reached — ${l.reason}`}`);
    expect(said).toEqual(files.map((f) => `${f}: reached`));
    expect(r.levels.map((l) => l.epilogue)).toEqual(files.map((_, i) => i === files.length - 1));
    expect(r.ok).toBe(true);
  }, 120_000);

  it('refuses a campaign whose last level has no boss to end on', () => {
    const r = playCampaign(files.slice(0, 1));
    expect(r.levels[0]!.reached).toBe(true);
    expect(r.ok).toBe(false);
  }, 60_000);
});
