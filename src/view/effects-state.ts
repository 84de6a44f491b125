// Which post-processing effects are drawing now, for the test handle (the composer lives in a lazy chunk).
let active: readonly string[] = [];

export function setEffectsOn(names: readonly string[]): void {
  active = names;
}

export function effectsOn(): readonly string[] {
  return active;
}
