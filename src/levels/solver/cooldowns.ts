// A skill's cooldown only holds a friend back when that friend used the skill before: the engine starts every
// cooldown at 0 (src/engine/skills/skills.ts) and the bot waits only while one runs (src/bot/bot.ts). The search keeps
// one flag per friend, "used the skill already", and counts the cooldown's wait where a hazard reaches only then.
// Only levels with doubt hazards carry the flags: elsewhere the states are as they were.

export class CooldownRules {
  private readonly flagsAt: number;
  private readonly friends: number;
  /** From a running game a skill may have been used a moment ago: every cooldown counts. */
  private readonly live: boolean;

  constructor(friends: number, flagsAt: number, live: boolean) {
    this.friends = friends;
    this.flagsAt = flagsAt;
    this.live = live;
  }

  /** The world's flags with room for one "used the skill already" flag per friend. */
  extend(flags: Uint8Array): Uint8Array {
    const out = new Uint8Array(flags.length + this.friends);
    out.set(flags);
    if (this.live) out.fill(1, this.flagsAt, this.flagsAt + this.friends);
    return out;
  }

  /** Whether friend `g`'s cooldown may still run when it uses its skill now (it used the skill before). */
  running(flags: Uint8Array, g: number): boolean {
    return flags[this.flagsAt + g] === 1;
  }

  /** The flags after friend `g` used its skill (a copy when they change). */
  used(flags: Uint8Array, g: number): Uint8Array {
    if (flags[this.flagsAt + g] === 1) return flags;
    const out = flags.slice();
    out[this.flagsAt + g] = 1;
    return out;
  }
}
