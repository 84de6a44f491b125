// Assist mode, engine side: the level as it stands for the solver to plan from (Show the way, skip), and skipping
// a puzzle — the route's deeds up to a checkpoint done at once, then the whole party standing on that checkpoint.
import type { FriendName, Level } from '../core/schema';
import type { LiveState } from '../core/live-state';
import type { PlanStep } from '../core/plan';
import type { CellRef, Grid } from '../core/grid';
import { BODY, SKILLS } from '../core/tuning';
import type { Entities } from './entities/entities';
import type { EventSink } from './events';
import type { Party } from './party';

/** What the assist reads and moves: the level, its grid, the friends and the entities. */
export interface AssistScene {
  readonly level: Level;
  readonly grid: Grid;
  readonly party: Party;
  readonly entities: Entities;
  readonly events: EventSink;
}

export function liveStateOf(scene: AssistScene): LiveState {
  const { level, party, entities } = scene;
  const snap = entities.snapshot();
  const state = (id: string) => snap.state[id];
  const boss = entities.boss;
  const live: LiveState = {
    friends: party.friends.map((f) => ({ friend: f.name, cell: party.cellOf(f), lucidity: f.lucidity })),
    active: party.active.name,
    toggled: [
      ...level.entities.flatMap((e) => (e.type === 'door' && (state(e.id)?.on ?? false) !== e.open ? [e.id] : [])),
      ...entities.platforms.flatMap((p) => (p.active !== p.entity.active ? [p.entity.id] : [])),
    ],
    revealed: level.entities.flatMap((e) => (state(e.id)?.revealed ? [e.id] : [])),
    broken: level.entities.flatMap((e) => (e.type === 'cracked-wall' && state(e.id)?.on ? [e.id] : [])),
    bridges: snap.bridges.map((key) => key.split('|') as [string, string]),
    read: snap.read,
    checkpoint: snap.checkpoint,
    checkpoints: [...entities.checkpointsTaken],
  };
  const waiting = party.friends.filter((f) => !party.isJoined(f.slot)).map((f) => f.name);
  if (waiting.length) live.waiting = waiting;
  if (boss) {
    const b = boss.snapshot();
    live.boss = { lifted: b.phase !== 'shrouded', cores: b.cores, nodes: b.nodes };
  }
  return live;
}

/**
 * Does the deeds of a route at once (bridges built, nodes rewritten, scans, walls and cores smashed, fragments
 * read), then stands each friend where the route leaves them — the one who reaches the checkpoint on it, friends it
 * did not move where they are (without a route, the whole party on the checkpoint) — and makes it the one they wake
 * at. Returns the friend who stands on the checkpoint, or null when there is no such checkpoint.
 */
export function skipTo(scene: AssistScene, checkpointId: string, deeds: readonly PlanStep[]): FriendName | null {
  const { level, grid, party, entities, events } = scene;
  const cp = level.entities.find((e) => e.id === checkpointId);
  if (!cp || cp.type !== 'checkpoint') return null;
  const cell: CellRef = { floor: cp.floor, col: cp.at[0], row: cp.at[1] };
  const endOf = new Map<FriendName, CellRef>();
  let last: FriendName | null = null;
  for (const step of deeds) {
    if (step.kind === 'skill') {
      if (step.skill === 'bridge' && step.target && !entities.spans.stands(step.target))
        entities.spans.build(step.target);
      else if (step.skill === 'reprogram' && step.target) entities.reprogram(step.target);
      else if (step.skill === 'diagnose') {
        const c = grid.center(step.from.floor, step.from.col, step.from.row);
        entities.reveal(c.x, c.y, c.z, SKILLS.diagnose.radius);
      }
    } else if (step.kind === 'dash') {
      for (const e of level.entities) {
        if (e.floor !== step.to.floor || e.at[0] !== step.to.col || e.at[1] !== step.to.row) continue;
        if (e.type === 'cracked-wall') entities.smash(e.id);
        else if (e.type === 'boss-core') entities.boss?.breakCore(e.id);
      }
    } else if (step.kind === 'read') entities.read.add(step.fragment);
    if (step.kind === 'walk') endOf.set(step.friend, step.path[step.path.length - 1]!);
    else if (step.kind === 'jump' || step.kind === 'dash' || step.kind === 'ride') endOf.set(step.friend, step.to);
    if (step.kind === 'walk' || step.kind === 'jump' || step.kind === 'dash' || step.kind === 'ride')
      last = step.friend;
  }
  const same = (a: CellRef, b: CellRef) => a.floor === b.floor && a.col === b.col && a.row === b.row;
  const reacher = [...endOf].find(([, c]) => same(c, cell))?.[0] ?? last ?? party.active.name;
  if (endOf.size === 0) for (const f of party.friends) endOf.set(f.name, cell);
  endOf.set(reacher, cell);
  party.checkpoint = cell;
  entities.checkpointId = cp.id;
  entities.checkpointsTaken.add(cp.id);
  // Friends sharing a cell stand in its four corners, so no two bodies overlap.
  const sharing = new Map<string, number>();
  const spread = BODY.radius * 1.3;
  for (const friend of party.friends) {
    const c = endOf.get(friend.name);
    if (!c) continue;
    const key = `${c.floor}:${c.col}:${c.row}`;
    const n = sharing.get(key) ?? 0;
    sharing.set(key, n + 1);
    const at = grid.center(c.floor, c.col, c.row);
    const corner = n === 0 && ![...endOf].some(([o, oc]) => o !== friend.name && same(oc, c));
    friend.teleport({
      x: at.x + (corner ? 0 : n % 2 ? spread : -spread),
      y: at.y,
      z: at.z + (corner ? 0 : n >= 2 ? spread : -spread),
    });
  }
  events.emit({ type: 'checkpoint', id: cp.id });
  events.emit({ type: 'skipped', checkpoint: cp.id });
  return reacher;
}
