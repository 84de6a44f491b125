// The four friends' skills: a press by the active friend, cooldowns ticking for everyone, and what the HUD shows.
import type { Entities } from '../entities/entities';
import type { EventSink } from '../events';
import type { Friend } from '../friend';
import type { Party } from '../party';
import { BODY, SKILLS } from '../../core/tuning';
import { aim } from './aim';
import { SKILL_OF, type SkillName } from '../../core/skills';
import type { AimScene, Prompt, SkillStatus } from './types';

export class Skills {
  private readonly scene: AimScene;
  private readonly party: Party;
  private readonly entities: Entities;
  private readonly events: EventSink;
  /** Seconds until each friend's skill is ready, by slot. */
  private readonly cooldownLeft: number[];
  private readonly statuses: SkillStatus[];
  private readonly promptState: Prompt = { action: 'skill', verb: '', targetId: '' };

  constructor(scene: AimScene, party: Party, entities: Entities, events: EventSink) {
    this.scene = scene;
    this.party = party;
    this.entities = entities;
    this.events = events;
    this.cooldownLeft = party.friends.map(() => 0);
    this.statuses = party.friends.map((f) => {
      const skill = SKILL_OF[f.name];
      const s: SkillStatus = { skill, cooldownLeft: 0, cooldown: SKILLS[skill].cooldown };
      if (skill === 'bridge') s.charges = { used: 0, max: SKILLS.bridge.maxStanding };
      return s;
    });
  }

  /** Once a tick, for every friend, active or not. */
  tick(dt: number): void {
    const c = this.cooldownLeft;
    for (let i = 0; i < c.length; i++) if (c[i]! > 0) c[i] = Math.max(0, c[i]! - dt);
  }

  /** The skill button pressed by the friend the player controls. */
  press(friend: Friend): void {
    const skill = SKILL_OF[friend.name];
    const left = this.cooldownLeft[friend.slot]!;
    if (left > 0) {
      this.fail(friend, skill, `${skill} is ready again in ${left.toFixed(1)} s`);
      return;
    }
    switch (skill) {
      case 'bridge': {
        const { target, reason } = aim(this.scene, friend, 'bridge-anchor', SKILLS.bridge.reach);
        if (!target) return this.fail(friend, skill, reason);
        const problem = this.entities.spans.build(target.id);
        if (problem) return this.fail(friend, skill, problem);
        this.used(friend, skill, target.id);
        return;
      }
      case 'diagnose': {
        const p = friend.position;
        // Measured from the feet, at the height of the floor Noah stands on, like the hidden things themselves.
        const found = this.entities.reveal(p.x, p.y - BODY.radius, p.z, SKILLS.diagnose.radius);
        this.used(friend, skill, undefined);
        this.events.emit({ type: 'diagnose', found });
        return;
      }
      case 'reprogram': {
        const { target, reason } = aim(this.scene, friend, 'code-node', SKILLS.reprogram.reach);
        if (!target) return this.fail(friend, skill, reason);
        const refused = this.entities.reprogram(target.id);
        if (refused) return this.fail(friend, skill, refused);
        this.used(friend, skill, target.id);
        return;
      }
      case 'overclock': {
        const s = SKILLS.overclock;
        friend.boost = {
          vx: -Math.sin(friend.yaw) * s.dashSpeed,
          vz: -Math.cos(friend.yaw) * s.dashSpeed,
          seconds: s.dashSeconds,
          gravity: false,
        };
        this.used(friend, skill, undefined);
        return;
      }
    }
  }

  status(friend: Friend): SkillStatus {
    const s = this.statuses[friend.slot]!;
    s.cooldownLeft = this.cooldownLeft[friend.slot]!;
    if (s.charges) s.charges.used = this.entities.bridges.length;
    return s;
  }

  /** What the active friend could act on at the crosshair now; the same object every call. */
  prompt(): Prompt | null {
    const friend = this.party.active;
    const p = this.promptState;
    const skill = SKILL_OF[friend.name];
    if (skill === 'bridge' || skill === 'reprogram') {
      const type = skill === 'bridge' ? 'bridge-anchor' : 'code-node';
      const { target } = aim(this.scene, friend, type, SKILLS[skill].reach);
      if (target) {
        p.action = 'skill';
        p.verb = skill === 'bridge' ? 'build bridge' : 'reprogram node';
        p.targetId = target.id;
        return p;
      }
    }
    const fragment = this.entities.readable(friend);
    if (fragment) {
      p.action = 'interact';
      p.verb = 'read fragment';
      p.targetId = fragment.id;
      return p;
    }
    return null;
  }

  private used(friend: Friend, skill: SkillName, target: string | undefined): void {
    this.cooldownLeft[friend.slot] = SKILLS[skill].cooldown;
    this.events.emit(
      target ? { type: 'skill', friend: friend.name, skill, target } : { type: 'skill', friend: friend.name, skill },
    );
  }

  private fail(friend: Friend, skill: SkillName, reason: string): void {
    this.events.emit({ type: 'skill-failed', friend: friend.name, skill, reason });
  }
}
