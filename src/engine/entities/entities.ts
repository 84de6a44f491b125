// The level's entities at play: doors, plates, nodes, hidden things, cracked walls, bridges, platforms, hazards,
// fragments, dialogue, checkpoints and the exit. The skills act on them through the methods here.
import type * as CANNON from 'cannon-es';
import type { Entity, EntityOf, EntityType } from '../../core/schema';
import type { CellRef, Grid } from '../../core/grid';
import type { EventSink } from '../events';
import { WAKE_DISTANCE, type Friend } from '../friend';
import type { Party } from '../party';
import type { TickInput } from '../tick-input';
import type { BridgeView, DiagnoseFinding, EntityView } from '../skills/types';
import { BODY, ENTITY, SKILLS, TICK, TRAVERSE } from '../../core/tuning';
import { cellBox, isSolid, setSolid } from './bodies';
import { Bridges } from './bridges';
import { Hazard } from './hazards';
import { MovingPlatform, PlatformClocks } from './platforms';
import { NearCells, type Reach } from './near-cells';
import { patrolPath } from '../../core/patrol';
import { Boss, type BossSnapshot } from '../boss';

export interface Pressed {
  jump: boolean;
  skill: boolean;
  interact: boolean;
}

/** One entity's state while the level runs. */
interface Live {
  entity: Entity;
  view: EntityView;
  /** Doors, false walls, cracked walls, hidden platforms. */
  body: CANNON.Body | null;
  /** Found by Noah (false walls, hidden platforms, hidden fragments). */
  revealed: boolean;
  /** A door's own state as nodes left it; a node's toggled state; a plate pressed; a wall broken; a dialogue said. */
  on: boolean;
  /** A door held open by a plate; a friend inside a dialogue trigger. */
  held: boolean;
  platform: MovingPlatform | null;
  hazard: Hazard | null;
  /** For a door: the plates that hold it open. */
  plates: Live[];
}

const NONE: readonly Live[] = [];

/** What the entities hold that changes, for comparing runs and checking replays. */
export interface EntitiesSnapshot {
  checkpoint: string | null;
  read: string[];
  /** Standing bridges, oldest first, by their anchors' ids. */
  bridges: string[];
  hazards: { x: number; z: number; frozenLeft: number }[];
  platforms: { x: number; z: number; active: boolean }[];
  /** Entities out of their starting state, by id. */
  state: Record<string, { on: boolean; revealed: boolean; held: boolean }>;
  boss?: BossSnapshot;
}

/** Noah's scan pulse as it spreads, for drawing. */
export interface Pulse {
  x: number;
  y: number;
  z: number;
  radius: number;
  progress: number;
}

export class Entities {
  readonly byId = new Map<string, Entity>();
  /** Ids of fragments the party has read. */
  readonly read = new Set<string>();
  /** Id of the checkpoint last reached. */
  checkpointId: string | null = null;
  /** Every checkpoint reached in this run, so skipping a puzzle never sends the party back to one. */
  readonly checkpointsTaken = new Set<string>();
  /** Mia's bridges standing now, oldest first. */
  readonly bridges: BridgeView[];
  /** Noah's scan while it spreads; null otherwise. */
  pulse: Pulse | null = null;
  readonly spans: Bridges;
  readonly hazards: Hazard[] = [];
  readonly platforms: MovingPlatform[];
  /** The platforms' clocks, and which of their slabs move in the physics. */
  private readonly clocks: PlatformClocks;
  /** The active friend stands on the exit with every required fragment read: the level is done. */
  exitReached = false;
  private readonly grid: Grid;
  private readonly list: readonly Entity[];
  private readonly party: Party;
  private readonly events: EventSink;
  private readonly live: Live[] = [];
  /** The same entities by type, so a tick visits only the kinds it asks about (a level may hold a thousand). */
  private readonly byType = new Map<EntityType, Live[]>();
  private readonly liveById = new Map<string, Live>();
  /** Checkpoints by the cell they are in, so a tick looks only at the cell each friend stands in. */
  private readonly checkpointsAt = new Map<number, Live[]>();
  /** 1 for each cell (by `cellKey`) that holds a checkpoint: most cells hold none, and a look here is cheaper. */
  private readonly checkpointCells: Uint8Array;
  private readonly viewList: EntityView[] = [];
  private readonly pulseState: Pulse = { x: 0, y: 0, z: 0, radius: 0, progress: 0 };
  /** The active friend stood on the exit last tick (so 'exit-locked' is said once per arrival). */
  private onExit = false;
  /** Dialogue triggers by the cells their reach covers. */
  private readonly dialogueCells: NearCells<Live>;
  /** The dialogues a friend was inside at the last tick, by index in `dialogueCells`: the first `heldCount`. */
  private readonly heldDialogues: Int32Array;
  private heldCount = 0;
  /** Hazards by the cells their patrol and drain reach cover. */
  private readonly hazardCells: NearCells<Hazard>;
  /** Platforms by the cells near their trip (a resting friend there wakes when one comes). */
  readonly platformCells: NearCells<MovingPlatform>;

  /** The self-doubt boss, when the level has one. */
  readonly boss: Boss | null;
  /** Doubt hazards drain lucidity (an assist setting turns it off). */
  lucidityLoss = true;

  constructor(world: CANNON.World, grid: Grid, entities: readonly Entity[], party: Party, events: EventSink) {
    this.grid = grid;
    this.list = entities;
    this.party = party;
    this.events = events;
    this.clocks = new PlatformClocks(world, entities.filter((e) => e.type === 'moving-platform').length);
    this.platforms = this.clocks.platforms;
    for (const e of entities) this.byId.set(e.id, e);
    for (const e of entities) {
      const c = grid.center(e.floor, e.at[0], e.at[1]);
      const view: EntityView = {
        id: e.id,
        type: e.type,
        x: c.x,
        y: c.y,
        z: c.z,
        solid: false,
        visible: true,
        active: false,
        progress: 0,
        prevX: c.x,
        prevY: c.y,
        prevZ: c.z,
      };
      let body: CANNON.Body | null = null;
      let hazard: Hazard | null = null;
      let platform: MovingPlatform | null = null;
      const [col, row] = e.at;
      if (e.type === 'door' || e.type === 'false-wall' || e.type === 'cracked-wall')
        body = cellBox(world, grid, e.floor, col, row, col, row, grid.wallHeight);
      else if (e.type === 'hidden-platform') {
        body = cellBox(world, grid, e.floor, col, row, col, row, 0);
        setSolid(body, false);
      } else if (e.type === 'doubt-hazard') this.hazards.push((hazard = new Hazard(e, grid)));
      else if (e.type === 'moving-platform') platform = new MovingPlatform(e, world, grid, this.clocks);
      const live: Live = {
        entity: e,
        view,
        body,
        revealed: false,
        on: e.type === 'door' ? e.open : false,
        held: false,
        platform,
        hazard,
        plates: [],
      };
      if (e.type === 'door') view.progress = e.open ? 1 : 0;
      this.live.push(live);
      const same = this.byType.get(e.type);
      if (same) same.push(live);
      else this.byType.set(e.type, [live]);
      this.liveById.set(e.id, live);
      this.viewList.push(view);
    }
    for (const l of this.of('checkpoint')) {
      const k = this.cellKey(l.entity.floor, l.entity.at[0], l.entity.at[1]);
      const here = this.checkpointsAt.get(k);
      if (here) here.push(l);
      else this.checkpointsAt.set(k, [l]);
    }
    this.checkpointCells = new Uint8Array(grid.floorCount * grid.rows * grid.cols);
    for (const k of this.checkpointsAt.keys()) if (k >= 0) this.checkpointCells[k] = 1;
    for (const door of this.of('door'))
      door.plates = this.of('pressure-plate').filter(
        (p) => p.entity.type === 'pressure-plate' && p.entity.controls.includes(door.entity.id),
      );
    this.spans = new Bridges(world, grid, this.all('bridge-anchor'), party);
    this.boss = Boss.of(grid, entities, party, events);
    this.bridges = this.spans.standing;
    const cs = grid.cellSize;
    this.dialogueCells = new NearCells(grid, this.of('dialogue'), (l, out) => {
      const reach = l.entity.type === 'dialogue' ? l.entity.radius * cs : 0;
      around(l.view.x, l.view.z, reach, out);
    });
    this.heldDialogues = new Int32Array(this.dialogueCells.items.length);
    this.hazardCells = new NearCells(grid, this.hazards, (h, out) => {
      // Round the whole of its patrol.
      const { xs, zs } = patrolPath(h.entity.at, h.entity.loop, h.entity.period, cs);
      const reach = h.entity.radius * cs;
      out.minX = Math.min(...xs) - reach;
      out.maxX = Math.max(...xs) + reach;
      out.minZ = Math.min(...zs) - reach;
      out.maxZ = Math.max(...zs) + reach;
    });
    this.platformCells = new NearCells(grid, this.platforms, (p, out) => p.trip(cs + WAKE_DISTANCE, out));
    this.updateDoors();
  }

  all<T extends Entity['type']>(type: T): EntityOf<T>[] {
    return this.list.filter((e): e is EntityOf<T> => e.type === type);
  }

  /** Before the friends move: plates, doors, platforms, hazards, E, and Leo's dash against cracked walls. */
  beforePhysics(_input: TickInput, pressed: Pressed): void {
    const party = this.party;
    let platesChanged = false;
    for (const l of this.of('pressure-plate')) {
      const was = l.on;
      l.on = false;
      for (const friend of party.friends) if (this.standsOn(friend, l.entity)) l.on = true;
      if (l.on !== was) platesChanged = true;
    }
    // Doors change only when a plate does (or a node is reprogrammed, which updates them itself).
    if (platesChanged) this.updateDoors();
    this.movePlatforms();
    const hazards = this.hazards;
    for (let i = 0; i < hazards.length; i++) hazards[i]!.tick();
    const friends = party.friends;
    for (let i = 0; i < friends.length; i++) if (friends[i]!.boost) this.dashInto(friends[i]!);
    this.boss?.beforePhysics();
    if (pressed.interact) this.interact(party.active);
  }

  /** The platforms' clocks run on, and the slabs whose trips pass near a friend move in the physics. */
  private movePlatforms(): void {
    if (this.platforms.length === 0) return;
    gatherAround(this.platformCells, this.party.friends);
    this.clocks.tick(this.platformCells);
  }

  /** Outside play the platforms stand where they are, their clocks stopped. */
  holdPlatforms(): void {
    this.clocks.hold();
  }

  /** Right after the physics step: the moving slabs stand exactly where their clocks put them. */
  afterStep(): void {
    this.clocks.afterStep();
  }

  /** After the physics step: hazards, triggers, checkpoints, the exit, and the growing bridges and pulse. */
  afterPhysics(): void {
    this.drainLucidity();
    this.boss?.afterPhysics();
    for (const friend of this.party.friends) {
      const c = this.party.cellOf(friend, cell);
      const k = this.cellKey(c.floor, c.col, c.row);
      if (k < 0 || this.checkpointCells[k] !== 1) continue;
      const here = this.checkpointsAt.get(k);
      if (!here) continue;
      for (const l of here) {
        const e = l.entity;
        if (e.type !== 'checkpoint' || e.id === this.checkpointId || !this.standsOn(friend, e)) continue;
        this.checkpointId = e.id;
        this.checkpointsTaken.add(e.id);
        this.party.checkpoint = { floor: e.floor, col: e.at[0], row: e.at[1] };
        this.events.emit({ type: 'checkpoint', id: e.id });
      }
    }
    this.triggerDialogue();
    this.checkExit();
    this.spans.tick();
    const pulse = this.pulse;
    if (pulse) {
      pulse.progress = Math.min(1, pulse.progress + TICK / SKILLS.diagnose.pulseSeconds);
      pulse.radius = SKILLS.diagnose.radius * pulse.progress;
      if (pulse.progress >= 1) this.pulse = null;
    }
  }

  /** Every entity as it is now, in the level's order; the same objects every call. */
  views(): EntityView[] {
    for (const l of this.live) this.updateView(l);
    return this.viewList;
  }

  /** The arena's corners in the world (min and max x/z) and its floor height. */
  arenaBounds(id: string): { minX: number; minZ: number; maxX: number; maxZ: number; y: number } | null {
    const e = this.byId.get(id);
    if (!e || e.type !== 'boss-arena') return null;
    const cs = this.grid.cellSize;
    return {
      minX: Math.min(e.at[0], e.to[0]) * cs,
      minZ: Math.min(e.at[1], e.to[1]) * cs,
      maxX: (Math.max(e.at[0], e.to[0]) + 1) * cs,
      maxZ: (Math.max(e.at[1], e.to[1]) + 1) * cs,
      y: this.grid.heights[e.floor] ?? 0,
    };
  }

  /** Noah's scan from a point: reveals hidden things within `radius` metres; what it found, nearest first. */
  reveal(x: number, y: number, z: number, radius: number): DiagnoseFinding[] {
    const found: DiagnoseFinding[] = [];
    for (const l of this.live) {
      const e = l.entity;
      const hides = e.type === 'false-wall' || e.type === 'hidden-platform' || (e.type === 'fragment' && e.hidden);
      if (!hides || l.revealed) continue;
      const v = l.view;
      const distance = Math.hypot(v.x - x, v.y - y, v.z - z);
      if (distance > radius) continue;
      l.revealed = true;
      if (l.body) setSolid(l.body, e.type === 'hidden-platform');
      found.push({ id: e.id, type: e.type, distance: Math.round(distance * 10) / 10 });
    }
    this.boss?.reveal(x, y, z, radius, found);
    found.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
    const p = this.pulseState;
    p.x = x;
    p.y = y;
    p.z = z;
    p.radius = 0;
    p.progress = 0;
    this.pulse = p;
    return found;
  }

  /** Ava's reprogramming of a node: toggles its doors and platforms, freezes its hazards. Why not, or null. */
  reprogram(nodeId: string): string | null {
    const node = this.liveById.get(nodeId);
    if (node?.entity.type === 'cycle-node') return this.boss ? this.boss.reprogram(nodeId) : 'no boss holds this cycle';
    if (!node || node.entity.type !== 'code-node') return `"${nodeId}" is not a code node`;
    node.on = !node.on;
    for (const id of node.entity.controls) {
      const target = this.liveById.get(id);
      if (!target) continue;
      const t = target.entity;
      if (t.type === 'door') target.on = !target.on;
      else if (t.type === 'moving-platform') {
        const p = this.platforms.find((m) => m.entity === t);
        if (p) p.active = !p.active;
      } else if (t.type === 'doubt-hazard') {
        const h = this.hazards.find((m) => m.entity === t);
        if (h) h.frozenLeft = node.entity.freezeSeconds;
      }
    }
    this.updateDoors();
    return null;
  }

  /** Breaks a cracked wall at once (assist: skipping a puzzle plays the route's deeds without the physics). */
  smash(id: string): void {
    const l = this.liveById.get(id);
    if (!l || l.entity.type !== 'cracked-wall' || l.on) return;
    l.on = true;
    if (l.body) setSolid(l.body, false);
  }

  /** Whether a door stands open now. */
  doorOpen(id: string): boolean {
    const l = this.liveById.get(id);
    return !!l && l.entity.type === 'door' && !!l.body && !isSolid(l.body);
  }

  /** Whether Noah has revealed a hidden thing, or a cracked wall is broken. */
  revealed(id: string): boolean {
    return this.liveById.get(id)?.revealed ?? false;
  }

  broken(id: string): boolean {
    const l = this.liveById.get(id);
    return !!l && l.entity.type === 'cracked-wall' && l.on;
  }

  /** The fragment the friend could read with E now: the nearest visible one within reach. */
  readable(friend: Friend): EntityOf<'fragment'> | null {
    const eyeY = friend.position.y + BODY.eyeOffset;
    let best: EntityOf<'fragment'> | null = null;
    let bestD: number = TRAVERSE.interactReach;
    for (const l of this.live) {
      const e = l.entity;
      if (e.type !== 'fragment' || (e.hidden && !l.revealed)) continue;
      const v = l.view;
      const d = Math.hypot(v.x - friend.position.x, v.y + ENTITY.fragmentHeight - eyeY, v.z - friend.position.z);
      // Unread fragments come first when two are in reach.
      const score = d + (this.read.has(e.id) ? TRAVERSE.interactReach : 0);
      if (d <= TRAVERSE.interactReach && (best === null || score < bestD)) {
        best = e;
        bestD = score;
      }
    }
    return best;
  }

  /** Whether the exit still waits for a fragment. */
  fragmentsMissing(): boolean {
    for (const l of this.of('fragment'))
      if (l.entity.type === 'fragment' && l.entity.required && !this.read.has(l.entity.id)) return true;
    return false;
  }

  /** Fragments the exit still waits for. */
  missingFragments(): string[] {
    const missing: string[] = [];
    for (const l of this.live)
      if (l.entity.type === 'fragment' && l.entity.required && !this.read.has(l.entity.id)) missing.push(l.entity.id);
    return missing;
  }

  snapshot(): EntitiesSnapshot {
    const state: EntitiesSnapshot['state'] = {};
    for (const l of this.live) {
      if (l.on || l.revealed || l.held) state[l.entity.id] = { on: l.on, revealed: l.revealed, held: l.held };
    }
    return {
      checkpoint: this.checkpointId,
      read: [...this.read].sort(),
      bridges: this.spans.snapshot(),
      hazards: this.hazards.map((h) => h.snapshot()),
      platforms: this.platforms.map((p) => ({ x: p.x, z: p.z, active: p.active })),
      state,
      ...(this.boss ? { boss: this.boss.snapshot() } : {}),
    };
  }

  /** One bit per floor whose height is within a hazard's height reach of some friend's feet. */
  private floorsInHazardReach(): number {
    let floors = 0;
    const heights = this.grid.heights;
    for (const friend of this.party.friends) {
      const feet = friend.position.y - BODY.radius;
      for (let f = 0; f < heights.length; f++)
        if (Math.abs(feet - (heights[f] ?? 0)) <= ENTITY.hazardHeightReach) floors |= 1 << f;
    }
    return floors;
  }

  /** One number per cell of the level; -1 outside it. */
  private cellKey(floor: number, col: number, row: number): number {
    const g = this.grid;
    if (col < 0 || row < 0 || col >= g.cols || row >= g.rows) return -1;
    return (floor * g.rows + row) * g.cols + col;
  }

  /** The live entities of one type, in the level's order. */
  private of(type: EntityType): readonly Live[] {
    return this.byType.get(type) ?? NONE;
  }

  /** Whether the friend's feet are in the entity's cell at its floor's height (not falling past beneath it). */
  private standsOn(friend: Friend, e: Entity): boolean {
    const feet = friend.position.y - BODY.radius;
    const h = this.grid.heights[e.floor] ?? 0;
    return Math.abs(feet - h) < ENTITY.standTolerance && sameCell(this.party.cellOf(friend, cell), e);
  }

  private interact(friend: Friend): void {
    const f = this.readable(friend);
    if (!f) return;
    this.read.add(f.id);
    this.events.emit(
      f.title
        ? { type: 'fragment', id: f.id, title: f.title, text: f.text }
        : { type: 'fragment', id: f.id, text: f.text },
    );
  }

  /** A door is open when nodes left it open or a plate holds it. */
  private updateDoors(): void {
    for (const l of this.of('door')) {
      if (!l.body) continue;
      l.held = false;
      for (const p of l.plates) if (p.on) l.held = true;
      const open = l.on || l.held;
      if (isSolid(l.body) === open) setSolid(l.body, !open);
    }
  }

  /** Leo's dash breaks a cracked wall just ahead of him. */
  private dashInto(friend: Friend): void {
    const b = friend.boost!;
    const len = Math.hypot(b.vx, b.vz);
    if (len < 1e-6) return;
    const reach = BODY.radius + ENTITY.dashReach;
    const cs = this.grid.cellSize;
    const col = Math.floor((friend.position.x + (b.vx / len) * reach) / cs);
    const row = Math.floor((friend.position.z + (b.vz / len) * reach) / cs);
    const floor = this.party.cellOf(friend, cell).floor;
    for (const l of this.of('cracked-wall')) {
      const e = l.entity;
      if (e.type !== 'cracked-wall' || l.on || e.floor !== floor || e.at[0] !== col || e.at[1] !== row) continue;
      l.on = true;
      if (l.body) setSolid(l.body, false);
      // Smashing through spends the dash: Leo stops in the broken wall's cell instead of flying on into what lies behind.
      const cx = (col + 0.5) * cs;
      const cz = (row + 0.5) * cs;
      b.seconds = Math.min(b.seconds, Math.hypot(cx - friend.position.x, cz - friend.position.z) / len);
      this.events.emit({ type: 'skill', friend: friend.name, skill: 'overclock', target: e.id });
    }
  }

  private drainLucidity(): void {
    if (!this.lucidityLoss) return;
    const near = this.hazardCells;
    if (near.items.length === 0) return;
    // The floors within a hazard's height reach of some friend's feet: a hazard on another floor touches nobody.
    this.hazardFloors = this.floorsInHazardReach();
    // Only hazards whose reach covers a friend's cell can drain; after a wake the friend stands elsewhere, so the
    // hazards after it are all looked at, as before.
    gatherAround(near, this.party.friends);
    const hazards = this.hazards;
    for (let k = 0; k < near.count; k++) {
      const i = near.found[k]!;
      if (!this.drainNear(hazards[i]!)) continue;
      for (let j = i + 1; j < hazards.length; j++) this.drainNear(hazards[j]!);
      return;
    }
  }

  /** The floor each friend stands on, worked out once a tick for the dialogues. */
  private readonly friendFloors = new Int32Array(8);

  /** Floors (one bit each) within a hazard's height reach of some friend, for `drainNear`. */
  private hazardFloors = 0;

  /** A hazard drains the friends within its reach; true when one of them woke elsewhere. */
  private drainNear(h: Hazard): boolean {
    if (h.frozen || h.entity.drain <= 0) return false;
    if ((this.hazardFloors & (1 << h.entity.floor)) === 0) return false;
    const reach = h.entity.radius * this.grid.cellSize;
    let woke = false;
    for (const friend of this.party.friends) {
      const p = friend.position;
      if (Math.abs(p.y - BODY.radius - h.y) > ENTITY.hazardHeightReach) continue;
      const dx = p.x - h.x;
      const dz = p.z - h.z;
      if (dx * dx + dz * dz > reach * reach) continue;
      const before = friend.lucidity;
      friend.lucidity = Math.max(0, before - h.entity.drain * TICK);
      const step = ENTITY.lucidityEventStep;
      if (Math.ceil(friend.lucidity / step) !== Math.ceil(before / step) || friend.lucidity === 0)
        this.events.emit({ type: 'lucidity', friend: friend.name, value: Math.round(friend.lucidity) });
      if (friend.lucidity <= 0) {
        this.party.wake(friend, 'lucidity');
        this.hazardFloors = this.floorsInHazardReach();
        woke = true;
      }
    }
    return woke;
  }

  private triggerDialogue(): void {
    const cs = this.grid.cellSize;
    const cells = this.dialogueCells;
    const dialogues = cells.items;
    if (dialogues.length === 0) return;
    // Only dialogues whose reach covers a friend's cell can be near; those held last tick and no longer are let go.
    gatherAround(cells, this.party.friends);
    if (cells.count === 0 && this.heldCount === 0) return;
    // The floor each friend stands on, and all of them, one bit each: a dialogue on another floor is near nobody.
    const friends = this.party.friends;
    const standOn = this.friendFloors;
    let floors = 0;
    for (let i = 0; i < friends.length; i++) {
      standOn[i] = this.grid.floorOfHeight(friends[i]!.position.y - BODY.radius);
      floors |= 1 << standOn[i]!;
    }
    const held = this.heldDialogues;
    for (let k = 0; k < this.heldCount; k++) if (!cells.has(held[k]!)) dialogues[held[k]!]!.held = false;
    this.heldCount = 0;
    for (let k = 0; k < cells.count; k++) {
      const index = cells.found[k]!;
      const l = dialogues[index]!;
      const e = l.entity;
      if (e.type !== 'dialogue') continue;
      let near = false;
      if ((floors & (1 << e.floor)) === 0) {
        l.held = false;
        continue;
      }
      const reach = e.radius * cs;
      for (let i = 0; i < friends.length; i++) {
        const p = friends[i]!.position;
        const dx = p.x - l.view.x;
        const dz = p.z - l.view.z;
        if (dx * dx + dz * dz > reach * reach) continue;
        if (standOn[i] === e.floor) near = true;
      }
      if (near && !l.held && !(e.once && l.on)) {
        l.on = true;
        this.events.emit({ type: 'dialogue', id: e.id, lines: e.lines });
      }
      l.held = near;
      if (near) held[this.heldCount++] = index;
    }
  }

  private checkExit(): void {
    let onExit = false;
    for (const l of this.of('exit')) if (this.standsOn(this.party.active, l.entity)) onExit = true;
    if (onExit) {
      // The boss's cycle holds the exit shut until it is broken.
      const bossStands = !!this.boss && !this.boss.broken;
      if (!this.fragmentsMissing() && !bossStands) this.exitReached = true;
      else if (!this.onExit)
        this.events.emit({
          type: 'exit-locked',
          missing: bossStands ? [...this.missingFragments(), this.boss!.entity.id] : this.missingFragments(),
        });
    }
    this.onExit = onExit;
  }

  private updateView(l: Live): void {
    const v = l.view;
    const e = l.entity;
    switch (e.type) {
      case 'bridge-anchor':
        v.active = this.spans.stands(e.id);
        v.progress = 1;
        break;
      case 'false-wall':
        v.solid = !l.revealed;
        v.active = l.revealed;
        v.progress = l.revealed ? 1 : 0;
        break;
      case 'hidden-platform':
        v.solid = v.visible = v.active = l.revealed;
        v.progress = l.revealed ? 1 : 0;
        break;
      case 'code-node':
        v.active = l.on;
        break;
      case 'door': {
        const open = !!l.body && !isSolid(l.body);
        v.solid = !open;
        v.active = open;
        v.progress = open ? 1 : 0;
        break;
      }
      case 'pressure-plate':
        v.active = l.on;
        break;
      case 'moving-platform': {
        const p = l.platform!;
        v.prevX = p.previousX;
        v.prevZ = p.previousZ;
        v.x = p.x;
        v.z = p.z;
        v.solid = true;
        v.active = p.active;
        v.progress = p.phase;
        break;
      }
      case 'cracked-wall':
        v.solid = !l.on;
        v.visible = !l.on;
        v.active = l.on;
        break;
      case 'doubt-hazard': {
        const h = l.hazard!;
        v.prevX = h.previousX;
        v.prevZ = h.previousZ;
        v.x = h.x;
        v.z = h.z;
        v.active = h.frozen;
        v.progress = h.frozen ? h.frozenLeft / Math.max(1e-6, this.frozenFor(e.id)) : 0;
        break;
      }
      case 'fragment':
        v.visible = !e.hidden || l.revealed;
        v.active = this.read.has(e.id);
        break;
      case 'dialogue':
        v.visible = false;
        v.active = l.on;
        break;
      case 'checkpoint':
        v.active = this.checkpointId === e.id;
        break;
      case 'exit':
        v.active = !this.fragmentsMissing() && (!this.boss || this.boss.broken);
        break;
      case 'boss':
      case 'boss-core':
      case 'cycle-node':
        this.boss?.view(e, v);
        break;
      case 'hint':
        v.visible = false;
        break;
      case 'boss-arena': {
        const cs = this.grid.cellSize;
        v.x = v.prevX = ((e.at[0] + e.to[0]) / 2 + 0.5) * cs;
        v.z = v.prevZ = ((e.at[1] + e.to[1]) / 2 + 0.5) * cs;
        v.visible = false;
        break;
      }
    }
  }

  /** The longest freeze any node gives this hazard, to show how much of it is left. */
  private frozenFor(hazardId: string): number {
    let s = 0;
    for (const l of this.live)
      if (l.entity.type === 'code-node' && l.entity.controls.includes(hazardId))
        s = Math.max(s, l.entity.freezeSeconds);
    return s;
  }
}

/** The square `reach` metres round (x, z). */
function around(x: number, z: number, reach: number, out: Reach): void {
  out.minX = x - reach;
  out.maxX = x + reach;
  out.minZ = z - reach;
  out.maxZ = z + reach;
}

/** The things filed under the friends' cells (all of them when a friend is outside the level). */
export function gatherAround<T>(near: NearCells<T>, friends: readonly Friend[]): void {
  near.begin();
  for (let i = 0; i < friends.length; i++) {
    const p = friends[i]!.position;
    if (near.add(p.x, p.z)) continue;
    near.all();
    return;
  }
}

/** Scratch for the cell a friend stands in, so a tick allocates nothing. */
const cell: CellRef = { floor: 0, col: 0, row: 0 };

export function sameCell(
  cell: { floor: number; col: number; row: number },
  e: { floor: number; at: [number, number] },
): boolean {
  return cell.floor === e.floor && cell.col === e.at[0] && cell.row === e.at[1];
}
