// The level format: one source of truth. TypeScript types come from it and
// levels/level.schema.json is generated from it (`npm run level -- schema`).
import { z } from 'zod';

/**
 * The format this build writes and reads natively. Older files are migrated on load (src/levels/migrate.ts):
 * 1 was the first draft (`start` for the spawn, `palette` at the top instead of `mood`).
 */
export const FORMAT_VERSION = 2;

/** Caps that keep a hostile or mistaken file from hanging the game or the checker. */
export const LIMITS = {
  fileBytes: 1_000_000,
  gridSide: 128,
  floors: 8,
  entities: 1_000,
  idLength: 64,
  titleLength: 120,
  textLength: 2_000,
  dialogueLines: 64,
  listLength: 64,
  legendEntries: 64,
  /** Props a level may place; instanced drawing keeps thousands cheap. */
  decor: 2_000,
  labelLength: 60,
  /** Cores and cycle nodes of one boss. */
  bossParts: 8,
  /** Depth of nested { and [; a level needs 6. Deeper files are refused before parsing. */
  nesting: 16,
} as const;

export const FRIEND_NAMES = ['mia', 'noah', 'ava', 'leo'] as const;
export const friendName = z.enum(FRIEND_NAMES).meta({ description: 'One of the four friends.' });
export type FriendName = z.infer<typeof friendName>;

export const TERRAIN_KINDS = ['floor', 'wall', 'void', 'ramp-north', 'ramp-east', 'ramp-south', 'ramp-west'] as const;
export const terrainKind = z.enum(TERRAIN_KINDS).meta({
  description:
    'What a grid character means. floor: walkable slab at the floor height. wall: solid to the wall height. ' +
    'void: nothing (falling respawns). ramp-<dir>: walking towards <dir> climbs; a straight run of ramp cells rises ' +
    'from this floor to the next floor up.',
});
export type TerrainKind = z.infer<typeof terrainKind>;

/** Characters every level understands without declaring them; a level's own legend adds to or overrides these. */
export const DEFAULT_LEGEND: Readonly<Record<string, TerrainKind>> = {
  '#': 'wall',
  '.': 'floor',
  ' ': 'void',
  '^': 'ramp-north',
  '>': 'ramp-east',
  v: 'ramp-south',
  '<': 'ramp-west',
};

export const DIRECTIONS = ['north', 'east', 'south', 'west'] as const;
export const direction = z.enum(DIRECTIONS).meta({ description: 'north is up the rows (row - 1), east is col + 1.' });
export type Direction = z.infer<typeof direction>;

const id = z
  .string()
  .min(1)
  .max(LIMITS.idLength)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'ids are letters, digits, "-" and "_", starting with a letter or digit')
  .meta({ description: 'A unique name other entities use to refer to this one.' });
const ref = id.meta({ description: 'The id of another entity.' });
const text = z.string().max(LIMITS.textLength);
const index = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.gridSide - 1);

export const cell = z
  .tuple([index, index])
  .meta({ description: '[column, row] of a grid cell; [0, 0] is the first character of the first row.' });
export type Cell = z.infer<typeof cell>;
const floorIndex = z
  .number()
  .int()
  .min(0)
  .max(LIMITS.floors - 1)
  .default(0)
  .meta({ description: 'Index into grid.floors; 0 when left out.' });

const placed = { at: cell, floor: floorIndex };

export const floorSchema = z.strictObject({
  name: z.string().max(LIMITS.titleLength).optional(),
  height: z.number().min(-100).max(100).meta({ description: 'Height of the walkable surface in metres.' }),
  rows: z
    .array(z.string().max(LIMITS.gridSide))
    .min(1)
    .max(LIMITS.gridSide)
    .meta({ description: 'The floor seen from above, one string a row, north first. Every row is as long.' }),
});
export type FloorSpec = z.infer<typeof floorSchema>;

export const gridSchema = z.strictObject({
  cellSize: z.number().min(1).max(8).default(2).meta({ description: 'Width of a cell in metres.' }),
  wallHeight: z.number().min(1).max(20).default(3).meta({ description: 'Height of walls above their floor.' }),
  legend: z
    .record(z.string().length(1), terrainKind)
    .default({})
    .meta({ description: 'Extra characters for the rows. Built in: # wall, . floor, space void, ^ > v < ramps.' }),
  floors: z.array(floorSchema).min(1).max(LIMITS.floors),
});
export type GridSpec = z.infer<typeof gridSchema>;

export const PALETTES = ['dusk', 'neon', 'exam', 'lab', 'cycle', 'sunrise'] as const;
export const moodSchema = z
  .strictObject({
    palette: z.enum(PALETTES).default('dusk'),
    fog: z.number().min(0).max(1).default(0.4).meta({ description: '0 clear, 1 thick.' }),
    music: z.string().max(LIMITS.idLength).optional(),
  })
  .meta({ description: 'The look and sound of the level.' });

export const spawnSchema = z.strictObject({ ...placed, facing: direction.default('north') });

export const friendStart = z
  .strictObject({
    friend: friendName,
    ...placed,
    facing: direction.default('north'),
    found: z
      .boolean()
      .optional()
      .meta({
        description:
          'True: this friend waits in the level and joins the party only when a friend in the party comes within ' +
          'reach (2.5 m, FOUND.reach in tuning.ts); until then their key is refused. Never on the first friend.',
      }),
  })
  .meta({ description: 'A friend of the level: where they start, and whether the party must find them first.' });
export type FriendStart = z.infer<typeof friendStart>;

const entityBase = { id, ...placed };

export const bridgeAnchor = z
  .strictObject({ ...entityBase, type: z.literal('bridge-anchor'), pair: ref })
  .meta({ description: 'Mia bridges from here to the paired anchor, across void on one straight line.' });
export const falseWall = z
  .strictObject({ ...entityBase, type: z.literal('false-wall') })
  .meta({ description: 'Looks and blocks like a wall until Noah diagnoses it; then it is an open passage.' });
export const hiddenPlatform = z
  .strictObject({ ...entityBase, type: z.literal('hidden-platform') })
  .meta({ description: 'On a void cell: invisible and not solid until Noah diagnoses it.' });
export const codeNode = z
  .strictObject({
    ...entityBase,
    type: z.literal('code-node'),
    controls: z.array(ref).min(1).max(LIMITS.listLength),
    freezeSeconds: z.number().min(0.5).max(60).default(6),
  })
  .meta({ description: 'Ava reprograms it: toggles the doors and moving platforms it controls, freezes hazards.' });
export const door = z
  .strictObject({ ...entityBase, type: z.literal('door'), open: z.boolean().default(false) })
  .meta({ description: 'A firewall door, opened by code nodes (toggle) or pressure plates (held).' });
export const pressurePlate = z
  .strictObject({
    ...entityBase,
    type: z.literal('pressure-plate'),
    controls: z.array(ref).min(1).max(LIMITS.listLength),
  })
  .meta({ description: 'Holds the doors it controls open while a friend stands on it.' });
export const movingPlatform = z
  .strictObject({
    ...entityBase,
    type: z.literal('moving-platform'),
    to: cell.meta({ description: 'The cell it travels to from `at`, on one straight line.' }),
    period: z.number().min(1).max(60).default(6).meta({ description: 'Seconds for a trip there and back.' }),
    active: z.boolean().default(false),
  })
  .meta({ description: 'A platform that shuttles between `at` and `to` while active; code nodes toggle it.' });
export const crackedWall = z
  .strictObject({ ...entityBase, type: z.literal('cracked-wall') })
  .meta({ description: 'A doubt wall: solid until Leo dashes into it.' });
export const doubtHazard = z
  .strictObject({
    ...entityBase,
    type: z.literal('doubt-hazard'),
    radius: z.number().min(0.1).max(8).default(0.8).meta({ description: 'Reach of the drain in cells.' }),
    drain: z.number().min(0).max(1000).default(25).meta({ description: 'Lucidity drained per second.' }),
    loop: z
      .array(cell)
      .max(LIMITS.listLength)
      .default([])
      .meta({ description: 'Cells it patrols in order (then back to `at`); empty stands still.' }),
    period: z.number().min(0.5).max(120).default(6).meta({ description: 'Seconds for one patrol loop.' }),
  })
  .meta({ description: 'Drains the lucidity of friends near it; Ava can freeze its loop.' });
export const fragment = z
  .strictObject({
    ...entityBase,
    type: z.literal('fragment'),
    title: z.string().max(LIMITS.titleLength).optional(),
    text: text.min(1),
    required: z.boolean().default(false).meta({ description: 'The exit stays shut until it is read.' }),
    hidden: z.boolean().default(false).meta({ description: 'Only seen after Noah diagnoses it.' }),
  })
  .meta({ description: "A memory fragment: a short text from Leo's past, read with E." });
/** A line of subtitles: a friend's name (written as the HUD writes it) or any other speaker's. */
export const dialogueLine = z.strictObject({
  speaker: z.union([friendName, z.string().max(LIMITS.idLength)]),
  text: text.min(1),
});
export const dialogue = z
  .strictObject({
    ...entityBase,
    type: z.literal('dialogue'),
    radius: z.number().min(0.1).max(8).default(1).meta({ description: 'Trigger reach in cells.' }),
    once: z.boolean().default(true),
    lines: z.array(dialogueLine).min(1).max(LIMITS.dialogueLines),
  })
  .meta({ description: 'Lines shown as subtitles when a friend comes near.' });
export const checkpoint = z
  .strictObject({ ...entityBase, type: z.literal('checkpoint') })
  .meta({ description: 'Reached by walking over it; friends wake here after falling or losing lucidity.' });
export const exit = z
  .strictObject({ ...entityBase, type: z.literal('exit') })
  .meta({ description: 'The way out. Reaching it with every required fragment read completes the level.' });
export const bossArena = z
  .strictObject({
    ...entityBase,
    type: z.literal('boss-arena'),
    to: cell.meta({ description: 'Opposite corner of the arena from `at`.' }),
  })
  .meta({ description: 'Where the self-doubt boss fights.' });

/** The input actions a hint can teach; the game shows the key the player bound to each, never a fixed one. */
export const HINT_ACTIONS = [
  'move',
  'look',
  'jump',
  'run',
  'skill',
  'interact',
  'switch',
  'next',
  'friend1',
  'friend2',
  'friend3',
  'friend4',
  'pause',
] as const;
export type HintAction = (typeof HINT_ACTIONS)[number];
export const hint = z
  .strictObject({
    ...entityBase,
    type: z.literal('hint'),
    radius: z.number().min(0.1).max(8).default(2).meta({ description: 'Reach in cells around `at`.' }),
    action: z.enum(HINT_ACTIONS).meta({ description: 'The action it teaches; doing it puts the hint away.' }),
    text: text
      .min(1)
      .meta({ description: 'Shown while the active friend is near; {key} becomes the key bound to `action`.' }),
  })
  .meta({ description: 'A tutorial prompt: "Press {key} to jump" while the active friend is near, until done.' });
export const boss = z
  .strictObject({
    ...entityBase,
    type: z.literal('boss'),
    cores: z
      .array(ref)
      .min(1)
      .max(LIMITS.bossParts)
      .meta({ description: 'Its boss-core entities: Mia bridges out to each, Leo overclocks into it.' }),
    nodes: z
      .array(ref)
      .min(1)
      .max(LIMITS.bossParts)
      .meta({ description: 'Its cycle-node entities, which Ava reprograms once every core is broken.' }),
    ordered: z.boolean().default(true).meta({ description: 'The nodes must be reprogrammed in the listed order.' }),
    reach: z
      .number()
      .min(1)
      .max(LIMITS.gridSide)
      .default(12)
      .meta({ description: 'How far (cells) its doubt waves and whispers carry.' }),
    waveEvery: z.number().min(1).max(60).default(7).meta({ description: 'Seconds between doubt waves in the loop.' }),
    whisperEvery: z.number().min(2).max(120).default(13).meta({ description: 'Seconds between whispers in the loop.' }),
    whisperSeconds: z
      .number()
      .min(0.5)
      .max(10)
      .default(3)
      .meta({ description: 'How long a whisper blurs sight and swaps left and right.' }),
    whispers: z
      .array(dialogueLine)
      .max(LIMITS.dialogueLines)
      .default([])
      .meta({ description: 'What it whispers, one line a whisper in turn, shown as subtitles.' }),
  })
  .meta({
    description:
      "The self-doubt boss, standing at `at`: shrouded until Noah's diagnosis reaches it, then its cores, then the loop of its cycle nodes. Broken, it opens the exit.",
  });
export const bossCore = z
  .strictObject({
    ...entityBase,
    type: z.literal('boss-core'),
    anchor: ref.meta({
      description: 'The bridge anchor Mia bridges from; the core floats over a void cell between it and its pair.',
    }),
  })
  .meta({ description: "A core of the boss over the void: solid until Leo's overclock dashes into it." });
export const cycleNode = z
  .strictObject({ ...entityBase, type: z.literal('cycle-node') })
  .meta({ description: 'A node of the boss’s cycle; Ava reprograms it in the loop phase.' });

export const entitySchema = z.discriminatedUnion('type', [
  bridgeAnchor,
  falseWall,
  hiddenPlatform,
  codeNode,
  door,
  pressurePlate,
  movingPlatform,
  crackedWall,
  doubtHazard,
  fragment,
  dialogue,
  checkpoint,
  exit,
  bossArena,
  hint,
  boss,
  bossCore,
  cycleNode,
]);
export type Entity = z.infer<typeof entitySchema>;
export type EntityType = Entity['type'];
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;
export const ENTITY_TYPES = entitySchema.options.map((o) => o.shape.type.value) as EntityType[];

/** What a designer can furnish a labyrinth with; the view draws each kind from primitives, instanced. */
export const DECOR_KINDS = [
  'bed',
  'desk',
  'chair',
  'clock',
  'bookshelf',
  'toy-blocks',
  'teddy',
  'lamp',
  'rug',
  'poster',
  'window',
  'lab-bench',
  'monitor',
  'server-rack',
  'cables',
  'neon-sign',
  'antenna',
  'water-tank',
  'vent',
  'plant',
  'crate',
  'pillar',
] as const;
export type DecorKind = (typeof DECOR_KINDS)[number];
/** Kinds that hang on a wall and so may stand on a wall cell (on the face towards a floor neighbour). */
export const WALL_DECOR_KINDS: ReadonlySet<DecorKind> = new Set<DecorKind>([
  'clock',
  'poster',
  'window',
  'neon-sign',
  'vent',
]);
const offsetPart = z.number().min(-0.5).max(0.5);
export const decorSchema = z
  .strictObject({
    kind: z.enum(DECOR_KINDS),
    ...placed,
    offset: z
      .tuple([offsetPart, offsetPart])
      .default([0, 0])
      .meta({ description: '[dx, dz] from the cell centre, in cells (-0.5 … 0.5).' }),
    rotation: z.number().min(-360).max(360).default(0).meta({ description: 'Degrees about the up axis.' }),
    size: z.number().min(0.25).max(4).default(1).meta({ description: 'Scale; 1 is the kind’s natural size.' }),
    tint: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'a tint is "#rrggbb"')
      .optional()
      .meta({ description: 'Colour "#rrggbb"; the level palette’s colour for the kind when left out.' }),
    label: z.string().max(LIMITS.labelLength).optional().meta({ description: 'Text shown on a neon sign or poster.' }),
    solid: z
      .boolean()
      .default(false)
      .meta({ description: 'Blocks walking in its cell (the solver knows); only on floor cells.' }),
  })
  .meta({ description: 'A prop that shows the memory the labyrinth is built from.' });
export type Decor = z.infer<typeof decorSchema>;

export const levelSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    formatVersion: z.literal(FORMAT_VERSION),
    id,
    title: z.string().min(1).max(LIMITS.titleLength),
    mood: moodSchema.default({ palette: 'dusk', fog: 0.4 }),
    grid: gridSchema,
    spawn: spawnSchema,
    friends: z
      .array(friendStart)
      .min(1)
      .max(4)
      .meta({ description: 'Who is in the level and where each starts; the first is played first.' }),
    entities: z.array(entitySchema).max(LIMITS.entities).default([]),
    decor: z
      .array(decorSchema)
      .max(LIMITS.decor)
      .default([])
      .meta({ description: 'Props: the memory the labyrinth is built from. Solid ones block their cell.' }),
  })
  .meta({ title: 'Dreamcycle level', description: 'A labyrinth of Leo’s memories.' });

/** A level as the engine uses it: every default filled in. */
export type Level = z.infer<typeof levelSchema>;
/** A level as a designer writes it: defaults may be left out. */
export type LevelInput = z.input<typeof levelSchema>;

/** The JSON Schema editors use for autocomplete; written to levels/level.schema.json. */
export function levelJsonSchema(): object {
  return z.toJSONSchema(levelSchema, { io: 'input', target: 'draft-2020-12' });
}
