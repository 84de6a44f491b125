// What each quality preset draws: resolution, post-processing. Reduced motion turns the effects off at any preset.
import { VIEW } from '../core/tuning';

export type Quality = (typeof VIEW.qualities)[number];

export interface QualityPlan {
  dpr: number;
  /** null: no composer at all (not even loaded). */
  effects: null | 'medium' | 'high';
}

export function qualityPlan(quality: Quality, reducedMotion: boolean): QualityPlan {
  return {
    dpr: VIEW.dpr[quality],
    effects: quality === 'low' || reducedMotion ? null : quality,
  };
}
