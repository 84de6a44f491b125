// Every number that tunes how the game plays lives here, named. Units: metres, seconds, radians.

export const TICK_HZ = 60;
export const TICK = 1 / TICK_HZ;
/** The longest real time one frame may feed the simulation; longer frames (tab switch, hitch) are cut to this. */
export const MAX_FRAME_SECONDS = 0.25;

export const GRAVITY = 20;

export const BODY = {
  radius: 0.35,
  /** Height of the head sphere's centre above the feet sphere's centre. */
  headOffset: 0.9,
  /** Eye height above the feet sphere's centre (eyes sit ~1.5 m above the ground). */
  eyeOffset: 1.15,
  mass: 70,
} as const;

export const MOVE = {
  walkSpeed: 4,
  runSpeed: 6.5,
  groundAccel: 45,
  airAccel: 12,
  jumpSpeed: 6.5,
  /** Seconds after leaving an edge in which a jump still counts. */
  coyoteTime: 0.1,
  /** Seconds a jump pressed just before landing is kept. */
  jumpBuffer: 0.12,
  /** How far below the feet the ground is still felt, so walking down a ramp does not hop. */
  groundSnap: 0.3,
  /** Surfaces steeper than this are walls, not ground (cos of the angle from up). */
  minGroundNormalY: 0.6,
  maxFallSpeed: 25,
  /** Below the lowest floor by this much is the void: the friend wakes at the checkpoint. */
  voidDepth: 8,
} as const;

export const LOOK = {
  maxPitch: Math.PI / 2 - 0.05,
} as const;

export const CAMERA = {
  /** Seconds the camera takes to glide from one friend to another after a switch. */
  switchGlide: 0.45,
} as const;

export const LUCIDITY = {
  max: 100,
} as const;

export const LEVEL_GEOMETRY = {
  slabThickness: 0.4,
  rampThickness: 0.4,
} as const;
