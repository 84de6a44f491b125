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

/** Degrees (MOVE.slopeLimit): off the rises grids make often (45° is 1:1, 53.1° is 4:3), so none sits on the limit. */
const SLOPE_LIMIT = 50;

export const MOVE = {
  walkSpeed: 4,
  /** With jumpSpeed and coyoteTime this makes a running jump clear one void cell (2 m) and never two (4 m). */
  runSpeed: 5.5,
  groundAccel: 45,
  airAccel: 12,
  jumpSpeed: 5.2,
  /** Seconds after leaving an edge in which a jump still counts. */
  coyoteTime: 0.05,
  /** Seconds a jump pressed just before landing is kept. */
  jumpBuffer: 0.12,
  /** How far below the feet the ground is still felt, so walking down a ramp does not hop. */
  groundSnap: 0.3,
  /**
   * The slope limit, in degrees from level: ground up to this steep is walked on (a ramp up to it is walked up from
   * anywhere at its foot, walking or running); steeper is a wall. The engine and the solver read it alike.
   */
  slopeLimit: SLOPE_LIMIT,
  /** The slope limit as the least upward part of a surface's normal that is still ground (its cosine). */
  minGroundNormalY: Math.cos((SLOPE_LIMIT * Math.PI) / 180),
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
  /** The static labyrinth is cut into chunks this many cells across, so far walls cost nothing per tick. */
  chunkCells: 8,
} as const;

/** Line of sight for aimed skills (src/core/sight.ts), the engine's and the solver's alike. */
export const SIGHT = {
  /**
   * A line may cut this far into the top or underside of a wall, floor slab or ramp and still see past it: the eye and
   * the aim point are points, the beacon and the terminal are not, and a graze must not hang on a millimetre of where
   * the body stopped (an anchor seen exactly past a pillar's top).
   */
  graze: 0.06,
  /**
   * A friend that has not moved since the level began rests this much higher than one that walked (its eyes 1.52 m
   * over the ground instead of 1.50, measured over 79 aims in the campaign, fixtures and random levels).
   */
  eyeRise: 0.02,
} as const;

/**
 * The friends' skills. The solver (src/levels/solver.ts) reasons with the same numbers, so a level it proves
 * beatable is beatable in the physics.
 */
export const SKILLS = {
  bridge: {
    /** How far from Mia's eyes an anchor can be aimed at. */
    reach: 7,
    /** Longest bridge, in void cells between the two anchors. */
    maxSpanCells: 6,
    /** How many bridges stand at once; building one more removes the oldest nobody stands on. */
    maxStanding: 2,
    growSeconds: 0.6,
    cooldown: 0.5,
  },
  diagnose: {
    /** Radius of the scan pulse around Noah, in metres (walls do not stop it). */
    radius: 9,
    cooldown: 3,
    pulseSeconds: 1.2,
  },
  reprogram: {
    reach: 7,
    cooldown: 0.5,
  },
  overclock: {
    dashSpeed: 16,
    dashSeconds: 0.35,
    /** A jump within this long after a dash is a high jump. */
    highJumpWindow: 0.6,
    highJumpSpeed: 9.5,
    cooldown: 2,
  },
  /** Aimed skills pick the target nearest the crosshair within this angle (radians). */
  aimCone: 0.2,
} as const;

/** What anyone can do without a skill. How far a jump or a dash carries is worked out in metres in src/core/reach.ts. */
export const TRAVERSE = {
  /** Reach for E: reading a fragment. */
  interactReach: 2.5,
} as const;

/** How the level's entities behave in the world. */
export const ENTITY = {
  /** Height of the point a friend aims at on a bridge anchor (a beacon) and on a code node (a terminal). */
  anchorAimHeight: 0.5,
  nodeAimHeight: 1.0,
  /** Height of a fragment above its floor, for reading reach. */
  fragmentHeight: 1.0,
  /** A doubt hazard only drains friends within this height of its floor. */
  hazardHeightReach: 2,
  /** Lucidity events are sent each time lucidity falls past a multiple of this. */
  lucidityEventStep: 10,
  /** Feet within this height of a floor count as standing on its plates, checkpoints and exit. */
  standTolerance: 0.6,
  /** Seconds a firewall door takes to open or close (drawing only: it stops blocking at once). */
  doorSeconds: 0.3,
  /** How far ahead of Leo's body a dash feels for a cracked wall, beyond his radius. */
  dashReach: 0.3,
} as const;

/** A friend the party finds partway through a level (a friend start with `"found": true`). */
export const FOUND = {
  /** A joined friend this near (metres, along the ground, on the same floor) finds them: they join the party. */
  reach: 2.5,
  /** Feet further apart in height than this are on different floors and do not find each other. */
  height: 1.5,
  /** The solver counts only cells whose centre is this much nearer than `reach`, so the bot's stop still finds. */
  proofMargin: 0.3,
} as const;

/** How the bot plays a plan (tools/level/play.ts, the bot tests). */
export const BOT = {
  /** Close enough to a cell centre on the way through. */
  passRadius: 0.35,
  /** Close enough to the cell a step ends on. */
  stopRadius: 0.2,
  /** Close enough to the cell a skill is used from (the solver measures reach and scan radius from its centre). */
  skillStopRadius: 0.06,
  /** Slower than this (m/s) counts as standing still before a skill. */
  stillSpeed: 0.3,
  /** Nearer than twice this to a turn, the bot walks instead of running; nearer than this it slows. */
  slowDistance: 1.2,
  /** The share of its walking speed the bot keeps however near the turn it slows for. */
  slowestShare: 0.3,
  /** A running jump is pressed this far before the edge. */
  jumpLead: 0.25,
  /** A dash starts at most this far before the edge of the gap (Leo's centre; he stands while his centre is over ground). */
  dashLead: 0.3,
  /** A dash is placed to end this far short of the landing cell's centre (the rest is walked). */
  dashShort: 0.6,
  /** No progress towards the next cell for this long means stuck (the bot backs off once, then gives up). */
  stuckSeconds: 3,
  /** How far ahead on the line between cell centres the bot looks while walking, so sideways drift shrinks. */
  lookAhead: 1,
  /** Longest a jump or dash may stay in the air before the bot calls it a miss. */
  landSeconds: 4,
  /** Cells of each friend's walk the bot remembers, to walk back from a checkpoint and try a jump again. */
  trailCells: 400,
  /** Longest a step may take before the bot gives up on it. */
  stepSeconds: 60,
} as const;

/** The gamepad and menu navigation (src/input/gamepad.ts, src/ui/focus-nav.ts). */
export const PAD = {
  /** Turn speed of the right stick at full tilt and sensitivity 1, radians per second. */
  lookSpeed: 3,
  /** A trigger pressed past this counts as a button press. */
  triggerPress: 0.5,
  /** In menus, a stick tilted past this moves the focus like the d-pad. */
  menuStick: 0.5,
  /** A direction held in a menu moves the focus again after this, then every `menuRepeat` seconds. */
  menuRepeatDelay: 0.45,
  menuRepeat: 0.18,
  /** Pulling the left stick back past this ends auto-walk. */
  stopAutoWalk: 0.5,
  /** An Esc arriving this soon after pointer lock was lost is the same press that lost it (some browsers send both). */
  escapeEchoSeconds: 0.3,
  /** A rebinding slot waits this long for a key or button, then keeps what it had. */
  rebindSeconds: 8,
} as const;

/** Looking with keys (src/input/actions.ts), for a player without a mouse. */
export const KEY_LOOK = {
  /** Radians per second a held look key turns at sensitivity 1. */
  speed: 2,
} as const;

/** Teleporting in VR (src/core/teleport.ts decides, the engine moves the body). */
export const TELEPORT = {
  /** Farthest a teleport reaches, metres along the floor. */
  maxDistance: 10,
} as const;

/** Comfort in VR: turning, smooth movement's vignette, the teleport arc and seated play. */
export const XR_COMFORT = {
  /** Snap-turn angles a player may choose, degrees. */
  snapDegrees: [30, 45],
  defaultSnapDegrees: 45,
  /** Smooth turn speed, radians per second at full stick. */
  smoothTurnSpeed: 2.2,
  /** Stick past this counts as pushed (turns, teleport aim); back under `stickRelease` counts as let go. */
  stickPress: 0.6,
  stickRelease: 0.3,
  /** Stick movement smaller than this is ignored (worn sticks drift). */
  stickDeadzone: 0.15,
  /** The vignette closes to this fraction of the view at full speed and full strength. */
  vignetteMaxClose: 0.55,
  /** Speed (m/s) at which the vignette is fully closed. */
  vignetteFullSpeed: 4,
  /** The teleport arc: launch speed (m/s), gravity (m/s²), time step of its points and how many points. */
  arcSpeed: 9,
  arcGravity: 9.8,
  arcStep: 0.05,
  arcPoints: 48,
  /** Text in the world sits this far in front of the eyes, metres. */
  textDistance: 1.6,
  /** The wrist menu shows while the player looks within this angle of it (radians), and stays hidden otherwise. */
  wristGlanceAngle: 0.7,
} as const;

/**
 * How the solver keeps its proof on the safe side of the physics (src/levels/solver, src/core/reach.ts): the bot
 * stands near a cell centre, not on it, and a walk through a doubt hazard's reach is counted with a little to spare.
 */
export const PROOF = {
  /** The solver stays this far inside every reach (aimed skills, reading, the scan): the bot stops near a centre. */
  reachSlack: 0.1,
  /**
   * A jump or dash must carry the body this far past what it takes to catch the far edge of a gap (src/core/reach.ts;
   * measured in the engine: a running jump clears 2.92 m and falls at 2.96; the solver counts up to 2.86 m).
   */
  landMargin: 0.1,
  /**
   * A falling body that touches the far edge's corner climbs onto the ledge when its centre is at least this share of
   * its radius above the corner (the contact pushes it up and on), and falls back when lower (measured: with 0.5 the
   * model's widest jump and dash are within 5 cm of the engine's, 2.98 m against 2.92–2.96, 6.03 m against 6.08).
   */
  catchRise: 0.5,
  /**
   * Doubt hazards are counted on the bot's own walk, tick by tick (src/levels/solver/crossing.ts); the margins, from
   * the bot's real walks against the model's (274 walks on 300 random levels): from a walk's first quarter second on
   * the bot keeps within 0.2 m of the model's track (0.13 m from half a second on), so a reach counts this much longer,
   */
  hazardReachSlack: 0.2,
  /** and this much in a walk's first hazardStartSeconds and for a friend standing (0.31 m seen just after a jump); */
  hazardStartSlack: 0.35,
  hazardStartSeconds: 0.25,
  /** a walk took at most 3 ticks more than the model's: each second in a reach counts this many, plus these seconds; */
  hazardTimeShare: 1.03,
  hazardExtraSeconds: 0.05,
  /** A walk timed to a patrol's window counts the worst start within this many seconds either side of it. */
  hazardWindowSlack: 0.2,
  /**
   * Seconds counted for a fragment read, a skill used (plus its cooldown, when the friend used it before), and a jump
   * or dash (plus Leo's cooldown) where a hazard reaches (measured in the bot's plays: a read 0.07 s, a skill 0.23 s).
   */
  hazardSecondsPerRead: 0.25,
  hazardSecondsPerSkill: 0.5,
  hazardSecondsPerDeed: 2,
  /**
   * Seconds counted for Leo breaking a cracked wall beside him, his cooldown idle (measured in the bot's plays of
   * seeds 1–2010: 0.40–0.70 s on cells of 1–6 m, 1.37 s on 8 m).
   */
  hazardSecondsPerBreak: 1.6,
  /** Lucidity a route must leave every friend with, at least. */
  lucidityLeft: 2,
  /** A freeze Ava sets counts this many seconds short (the press, a switch, the step after it). */
  freezeLead: 0.3,
} as const;

/** Riding a moving platform: what the solver counts and how the bot steps on and off. */
export const RIDE = {
  /** The fastest platform (m/s) the solver counts a friend can step onto and off (walking is 4). */
  maxSpeed: 3,
  /** The bot steps across only when its centre lands this far inside the slab or the ground cell (m). */
  margin: 0.2,
  /** Seconds the bot's centre may be over neither ground nor slab while stepping across (it drops ~2 cm). */
  airSeconds: 0.05,
  /** Close enough to the slab's centre to stand still and be carried (m). */
  centreRadius: 0.15,
  /** Seconds the solver adds to a ride for walking on and off the slab. */
  stepSeconds: 2,
} as const;

/** What VR asks of the headset: foveation 0 (none) … 1 (most), traded for frame rate at the edges of the view. */
export const XR_RENDER = {
  foveation: 1,
  /** The VR scene's draw-call budget for a Quest (both eyes together), checked by `npm run bench`. */
  drawCallBudget: 100,
} as const;

/** How the view draws the dream: figures, first-person hands, quality presets. Drawing only, never rules. */
export const VIEW = {
  /** Radians of stride phase per metre walked: a step about every 0.8 m. */
  strideRadiansPerMetre: 3.9,
  /** Arm and leg swing in radians at walking speed and at running speed. */
  walkSwing: 0.55,
  runSwing: 0.95,
  /** Seconds the skill pose (arm raised, first-person hands shown) lasts after a skill is used. */
  skillPoseSeconds: 0.9,
  /** The quality presets, cheapest first. */
  qualities: ['low', 'medium', 'high'],
  /** Resolution scale (device pixel ratio) of each quality preset. */
  dpr: { low: 0.5, medium: 0.75, high: 1 },
  /** The automatic step down lowers the resolution to at most this share of the preset's when frames drop. */
  minDprShare: 0.6,
  /** Steps down (each 20 % less resolution) before the post-processing is turned off too. */
  stepsBeforeNoEffects: 3,
  /** Soft blob shadows under the friends (src/view/FigureShadows.tsx), per quality preset. */
  figureShadows: { low: false, medium: true, high: true },
  /** Radius of a friend's shadow on the ground, metres (a little wider than the body). */
  shadowRadius: 0.6,
  /** Opacity at the shadow's centre when the friend stands on the ground. */
  shadowDarkness: 0.6,
  /** Share of the radius that is fully dark before the edge softens out. */
  shadowCore: 0.3,
  /** Metres above the ground at which a jumping friend's shadow has faded out. */
  shadowFadeHeight: 2.5,
  /** Share of the radius the shadow loses at that height. */
  shadowShrink: 0.5,
  /** Metres above the floor the disc lies, so it never sinks into the floor. */
  shadowLift: 0.02,
} as const;

/** The slow camera of the title screen and the epilogue (src/view/TitleCamera.tsx). */
export const TITLE_CAMERA = {
  /** Orbit radius as a fraction of the labyrinth's longer side. */
  orbitRadius: 0.55,
  /** Camera height above the top floor as a fraction of the orbit radius. */
  orbitHeight: 0.45,
  /** A full circle takes about three and a half minutes. */
  orbitRadiansPerSecond: 0.03,
  orbitStart: 0.8,
  /** The sunrise shot: metres behind and above the friends, and a slow sideways sway. */
  behind: 7,
  above: 1.6,
  sway: 0.8,
  swayRadiansPerSecond: 0.15,
  /** Metres to the friends' right the sunrise shot looks, so they stand left of the epilogue's words. */
  lookAside: 11,
} as const;

/** The trail of light Show the way draws (src/view/WayTrail.tsx). */
export const WAY_TRAIL = {
  /** Metres between two motes of the trail. */
  spacing: 0.45,
  /** Height of the trail above the floor, metres. */
  height: 0.35,
  /** The most motes drawn; a longer route is drawn up to here. */
  maxMotes: 400,
  /** Seconds between two fresh plans from where the friends stand. */
  replanSeconds: 1.5,
  /** Speed the light runs along the trail, metres per second. */
  flowSpeed: 2.5,
} as const;

/** The self-doubt boss (src/engine/boss.ts; the solver and the bot read the same numbers). */
export const BOSS = {
  /** Metres a second the ring of a doubt wave spreads from the boss. */
  waveSpeed: 8,
  /** A doubt wave throws a friend away from the boss at this speed (m/s), and lifts them off the ground at this one. */
  knockSpeed: 4.5,
  knockLift: 3.2,
  /** Feet within this height of the boss's floor feel its waves. */
  heightReach: 3,
  /** Seconds into the loop before the first doubt wave and the first whisper. */
  firstWave: 2.5,
  firstWhisper: 5,
  /** A dash feels for a core this far ahead of Leo's body, beyond his radius (metres). */
  coreReach: 0.6,
  /** Height of a core above its floor, and of the boss figure's head (drawing and aiming). */
  coreHeight: 1.1,
  figureHeight: 9,
} as const;

/** How the dream sounds: distances for sounds placed in the world, strides of footsteps, the lucidity drone. */
export const SOUND = {
  /** Metres within which a placed sound is at full loudness, how fast it fades beyond, and where it stops fading. */
  refDistance: 2,
  rolloff: 1.4,
  maxDistance: 40,
  /** Hazards heard at once, at most (each is a voice). */
  maxHazardVoices: 6,
  /** Metres between footsteps walking and running. */
  walkStride: 0.75,
  runStride: 1,
  /** Loudness of the lucidity drone at its strongest (gain, 0–1). */
  droneLevel: 0.22,
} as const;
