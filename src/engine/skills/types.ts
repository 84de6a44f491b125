// What the HUD, the view and the bot read about skills. The engine fills these in; nobody else decides them.
import type * as CANNON from 'cannon-es';
import type { Entity, EntityType } from '../../core/schema';
import type { Grid } from '../../core/grid';
import type { SkillName } from '../../core/skills';

export interface SkillStatus {
  skill: SkillName;
  /** Seconds until it can be used again (0 when ready). */
  cooldownLeft: number;
  cooldown: number;
  /** For Mia: bridges standing and how many may stand. */
  charges?: { used: number; max: number };
}

/** The thing at the crosshair the active friend could act on, for the context prompt ("Click — reprogram node"). */
export interface Prompt {
  /** "skill" for a left click, "interact" for E. */
  action: 'skill' | 'interact';
  verb: string;
  targetId: string;
}

/** One entity as it is now, for drawing. */
export interface EntityView {
  id: string;
  type: EntityType;
  /** Centre of the entity in the world (moving things move). */
  x: number;
  y: number;
  z: number;
  /** Centre at the tick before: moving things are drawn at `engine.alpha` between the two. */
  prevX: number;
  prevY: number;
  prevZ: number;
  /** Blocks or holds friends now. */
  solid: boolean;
  /** Drawn now: hidden things stay undrawn until Noah reveals them. */
  visible: boolean;
  /** Door open, plate pressed, node toggled, hazard frozen, fragment read, checkpoint reached. */
  active: boolean;
  /** 0–1 for transitions (a door opening, a bridge growing). */
  progress: number;
}

/** A light bridge Mia built between two anchors. */
export interface BridgeView {
  from: string;
  to: string;
  /** World positions of the two ends at walking height. */
  ax: number;
  ay: number;
  az: number;
  bx: number;
  by: number;
  bz: number;
  /** 0–1 while it grows. */
  progress: number;
}

export interface DiagnoseFinding {
  id: string;
  type: EntityType;
  distance: number;
}

/** What aiming needs to see: the physics world (for what blocks the view), the grid and the level's entities. */
export interface AimScene {
  readonly world: CANNON.World;
  readonly grid: Grid;
  readonly level: { readonly entities: readonly Entity[] };
}
