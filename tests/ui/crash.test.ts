// An uncaught error is logged once; one that keeps coming (a render loop) stops play and shows the crash panel.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { uncaught, useCrash } from '../../src/ui/crash';

afterEach(() => {
  useCrash.getState().dismiss();
  vi.restoreAllMocks();
});

describe('uncaught errors', () => {
  it('a one-off is logged once and play goes on', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    uncaught(new Error('a click handler slipped'), 'The game', 1000);
    expect(useCrash.getState().crash).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('an error every frame shows the panel with a report, and is still logged once', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let frame = 0; frame < 120; frame++) uncaught(new Error('render broke'), 'The game', 5000 + frame * 16);
    const crash = useCrash.getState().crash;
    expect(crash?.error.message).toBe('render broke');
    expect(crash?.report.what).toBe('render broke');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('the same error spread over minutes is not a broken loop', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    for (let i = 0; i < 5; i++) uncaught(new Error('a rare hiccup'), 'The game', 100_000 + i * 60_000);
    expect(useCrash.getState().crash).toBeNull();
  });
});
