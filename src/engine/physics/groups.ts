// Collision groups: each friend has a bit of its own so its ground probe can ignore its own body.
export const GROUP = {
  level: 1,
  /** Doors, bridges, platforms, false and cracked walls: solid things that come and go. */
  entity: 2,
  friend: (index: number) => 4 << index,
  allFriends: 4 | 8 | 16 | 32,
  all: -1,
} as const;
