// Assist mode, engine side: the level as it stands for the solver to plan from (Show the way, skip), and skipping
// a puzzle — the route's deeds up to a checkpoint done at once, then the whole party standing on that checkpoint.
import type { Level } from '../core/schema';
import type { LiveState } from '../core/live-state';
import type { PlanStep } from '../core/plan';
import type { Grid } from '../core/grid';
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
    friends: party.friends.map((f) => ({ friend: f.name, cell: party.cellOf(f) })),
    active: party.active.name,
    toggled: level.entities.flatMap((e) => (e.type === 'door' && (state(e.id)?.on ?? false) !== e.open ? [e.id] : [])),
    revealed: level.entities.flatMap((e) => (state(e.id)?.revealed ? [e.id] : [])),
    broken: level.entities.flatMap((e) => (e.type === 'cracked-wall' && state(e.id)?.on ? [e.id] : [])),
    bridges: snap.bridges.map((key) => key.split('|') as [string, string]),
    read: snap.read,
    checkpoint: snap.checkpoint,
  };
  if (boss) {
    const b = boss.snapshot();
    live.boss = { lifted: b.phase !== 'shrouded', cores: b.cores, nodes: b.nodes };
  }
  return live;
}

/**
 * Does the deeds of a route at once (bridges built, nodes rewritten, scans, walls and cores smashed, fragments
 * read), then stands every friend on the checkpoint and makes it the one they wake at. False when there is no
 * such checkpoint.
 */
export function skipTo(scene: AssistScene, checkpointId: string, deeds: readonly PlanStep[]): boolean {
  const { level, grid, party, entities, events } = scene;
  const cp = level.entities.find((e) => e.id === checkpointId);
  if (!cp || cp.type !== 'checkpoint') return false;
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
  }
  const cell = { floor: cp.floor, col: cp.at[0], row: cp.at[1] };
  party.checkpoint = cell;
  entities.checkpointId = cp.id;
  const at = grid.center(cell.floor, cell.col, cell.row);
  for (const friend of party.friends) {
    // Four corners of the checkpoint's cell, so no two bodies overlap.
    const spread = BODY.radius * 1.3;
    friend.teleport({
      x: at.x + (friend.slot % 2 ? spread : -spread),
      y: at.y,
      z: at.z + (friend.slot >= 2 ? spread : -spread),
    });
  }
  events.emit({ type: 'checkpoint', id: cp.id });
  events.emit({ type: 'skipped', checkpoint: cp.id });
  return true;
}
