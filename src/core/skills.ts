// Which skill each friend has: the engine, the solver and the HUD all read this one table.
import type { FriendName } from './schema';

export type SkillName = 'bridge' | 'diagnose' | 'reprogram' | 'overclock';

export const SKILL_OF: Readonly<Record<FriendName, SkillName>> = {
  mia: 'bridge',
  noah: 'diagnose',
  ava: 'reprogram',
  leo: 'overclock',
};
