// What the view reads about entities: the engine's views when it has them, else the level's own placement.
import type { Engine } from '../engine/engine';
import type { BridgeView, EntityView } from '../engine/skills/types';

interface EntitiesReadout {
  views?: () => EntityView[];
  bridges?: unknown;
  pulse?: unknown;
}

/** A scan pulse of Noah's as the view draws it. */
export interface PulseView {
  x: number;
  y: number;
  z: number;
  /** Current radius in metres. */
  radius: number;
  /** 0 as it starts … 1 as it fades. */
  progress: number;
}

let fallback: { engine: Engine; views: EntityView[] } | null = null;

export function entityViews(engine: Engine): readonly EntityView[] {
  const readout = engine.entities as unknown as EntitiesReadout;
  if (typeof readout.views === 'function') return readout.views();
  if (fallback?.engine !== engine) fallback = { engine, views: levelViews(engine) };
  return fallback.views;
}

/** Entities where the level file puts them: hidden things hidden, doors as the file says. */
function levelViews(engine: Engine): EntityView[] {
  return engine.level.entities.map((e) => {
    const c = engine.grid.center(e.floor, e.at[0], e.at[1]);
    const hidden = e.type === 'hidden-platform' || (e.type === 'fragment' && e.hidden);
    const open = e.type === 'door' && e.open;
    return {
      id: e.id,
      type: e.type,
      x: c.x,
      y: c.y,
      z: c.z,
      solid: !open && e.type !== 'hidden-platform',
      visible: !hidden,
      active: open,
      progress: open ? 1 : 0,
    };
  });
}

export function bridgeViews(engine: Engine): readonly BridgeView[] {
  const b = (engine.entities as unknown as EntitiesReadout).bridges;
  if (Array.isArray(b)) return b as BridgeView[];
  const standing = (b as { standing?: unknown } | undefined)?.standing;
  return Array.isArray(standing) ? (standing as BridgeView[]) : [];
}

export function pulseView(engine: Engine): PulseView | null {
  const p = (engine.entities as unknown as EntitiesReadout).pulse as Partial<PulseView> | null | undefined;
  if (!p || typeof p.x !== 'number' || typeof p.z !== 'number') return null;
  return {
    x: p.x,
    y: typeof p.y === 'number' ? p.y : 0,
    z: p.z,
    radius: typeof p.radius === 'number' ? p.radius : 0,
    progress: typeof p.progress === 'number' ? p.progress : 0,
  };
}
