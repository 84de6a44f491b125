// The epilogue: the four friends together at sunrise, their vow, and the credits.
import { describe, expect, it } from 'vitest';
import { FRIEND_NAMES } from '../../src/core/schema';
import { Engine } from '../../src/engine/engine';
import { CREDITS, EPILOGUE, epilogueScene } from '../../src/ui/epilogue';

describe('the epilogue', () => {
  it('its rooftop is a valid level in the sunrise palette with all four friends standing together', () => {
    const level = epilogueScene();
    expect(level.mood.palette).toBe('sunrise');
    expect(level.friends.map((f) => f.friend).sort()).toEqual([...FRIEND_NAMES].sort());
    const engine = new Engine(level);
    const xs = engine.friends.map((f) => f.position.x);
    const zs = engine.friends.map((f) => f.position.z);
    // Side by side in one row, a couple of metres apart, facing the same way.
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1);
    expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(8);
    expect(new Set(engine.friends.map((f) => f.yaw.toFixed(3))).size).toBe(1);
  });

  it('every friend speaks, the vow is about sleep, and there are credits', () => {
    const speakers = new Set(EPILOGUE.flatMap((p) => p.lines.map((l) => l.speaker)).filter(Boolean));
    expect([...speakers].sort()).toEqual([...FRIEND_NAMES].sort());
    const vow = EPILOGUE.find((p) => p.heading === 'The vow')!;
    expect(vow.lines.map((l) => l.text).join(' ')).toMatch(/sleep/);
    expect(CREDITS.length).toBeGreaterThan(2);
  });
});
