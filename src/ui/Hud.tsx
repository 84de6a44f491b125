// The HUD over the game: the friends present (the one played marked by shape and colour), the skill with its key
// and cooldown, lucidity, the crosshair with its context prompt, the diagnose readout, subtitles and toasts.
// It reads the engine ten times a second, not every frame, and hears events from the hub (src/ui/events.ts).
import { useEffect, useState } from 'react';
import type { Engine } from '../engine/engine';
import type { Prompt, SkillStatus } from '../engine/skills/types';
import type { SkillName } from '../core/skills';
import { SKILL_OF } from '../core/skills';
import { LUCIDITY } from '../core/tuning';
import { FRIEND_NAMES, type FriendName } from '../core/schema';
import { FRIEND_LOOK } from '../view/friend-look';
import { actionKey, useControls } from './controls';
import { hintKey, hintParts } from './hint-key';
import { gameEvents } from './events';
import {
  describeFinding,
  FRIEND_TITLE,
  HUD_TIMING,
  HudFeed,
  type DiagnoseReadout,
  type HintShown,
  type Subtitle,
  type Toast,
} from './hud-feed';
import { InputStatus } from './InputStatus';
import { ProofLine } from './ProofStatus';
import { useGame } from './store';
import './ui.css';

const SKILL_TITLE: Readonly<Record<SkillName, string>> = {
  bridge: 'Bridge',
  diagnose: 'Diagnose',
  reprogram: 'Reprogram',
  overclock: 'Overclock',
};

/** Each skill has a shape of its own too, so skills are told apart without their colour. */
const SKILL_GLYPH: Readonly<Record<SkillName, string>> = {
  bridge: '▬',
  diagnose: '◎',
  reprogram: '✦',
  overclock: '➤',
};

/** The shape each friend's marker has in the world, written as a glyph on the portrait. */
const MARKER_GLYPH = { diamond: '◆', halo: '◯', cube: '■', spike: '▲' } as const;

interface HudFriend {
  name: FriendName;
  /** In this level; a friend not here yet is shown greyed, with their key. */
  here: boolean;
  active: boolean;
  lucidity: number;
}

/** Each friend's own key action: Mia 1, Noah 2, Ava 3, Leo 4 in every level. */
const FRIEND_KEY = { mia: 'friend1', noah: 'friend2', ava: 'friend3', leo: 'friend4' } as const;

interface HudState {
  friends: HudFriend[];
  skill: SkillStatus | null;
  prompt: { action: Prompt['action']; verb: string } | null;
  subtitle: Subtitle | null;
  toasts: readonly Toast[];
  readout: DiagnoseReadout | null;
  hint: HintShown | null;
}

const now = () => performance.now() / 1000;

function read(engine: Engine, feed: HudFeed): HudState {
  const t = now();
  const active = engine.active;
  // Skills are engine work in progress: read them only where the engine has them.
  const skill = { ...engine.skillStatus(active) };
  const found = engine.prompt();
  // A fragment already read needs no "read fragment" prompt any more.
  const prompt = found && !(found.action === 'interact' && engine.entities.read.has(found.targetId)) ? found : null;
  return {
    friends: FRIEND_NAMES.map((name) => {
      const f = engine.friends.find((friend) => friend.name === name);
      // A friend standing in the level whom the party has not found yet is "not here yet" too.
      return f
        ? { name, here: engine.party.isJoined(f.slot), active: f === active, lucidity: f.lucidity }
        : { name, here: false, active: false, lucidity: 0 };
    }),
    skill,
    prompt: prompt ? { action: prompt.action, verb: prompt.verb } : null,
    subtitle: feed.subtitle(t),
    toasts: feed.activeToasts(t),
    readout: feed.readout(t),
    hint: feed.hint(),
  };
}

/** Whether two reads would draw the same HUD (cooldowns are compared to a tenth of a second). */
function sameHud(a: HudState, b: HudState): boolean {
  const key = (s: HudState) =>
    JSON.stringify([
      s.friends.map((f) => [f.name, f.here, f.active, Math.round(f.lucidity)]),
      s.skill && [s.skill.skill, Math.ceil(s.skill.cooldownLeft * 10), s.skill.charges?.used, s.skill.charges?.max],
      s.prompt,
    ]);
  return (
    a.subtitle === b.subtitle &&
    a.toasts === b.toasts &&
    a.readout === b.readout &&
    a.hint === b.hint &&
    key(a) === key(b)
  );
}

/** A number for each engine the page has made, so a new level (or a restart) gets a HUD of its own. */
const engineKeys = new WeakMap<Engine, number>();
let engineCount = 0;
function engineKey(engine: Engine): number {
  let key = engineKeys.get(engine);
  if (key === undefined) engineKeys.set(engine, (key = ++engineCount));
  return key;
}

/** The HUD of the engine in the store; subtitles and toasts of the level before never carry over to the next. */
export function Hud() {
  const engine = useGame((s) => s.engine);
  return engine ? <EngineHud key={engineKey(engine)} engine={engine} /> : null;
}

/** The HUD of one engine. */
export function EngineHud({ engine }: { engine: Engine }) {
  const [feed] = useState(() => new HudFeed());
  const [hud, setHud] = useState<HudState>(() => read(engine, feed));

  useEffect(() => gameEvents.on((event) => feed.take(event, now())), [feed]);

  useEffect(() => {
    const refresh = () =>
      setHud((prev) => {
        const next = read(engine, feed);
        return sameHud(prev, next) ? prev : next;
      });
    refresh();
    const timer = setInterval(refresh, HUD_TIMING.refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, [engine, feed]);

  const activeFriend = hud.friends.find((f) => f.active);
  const controls = useControls();
  const way = useGame((s) => s.way);
  const wayProblem = useGame((s) => s.wayProblem);
  const showWay = useGame((s) => s.settings.assistShowWay);
  const phase = useGame((s) => s.phase);
  const problems = useGame((s) => s.problems !== null);

  return (
    <div className="hud">
      <div className="hud-crosshair" aria-hidden="true" />
      {/* Before Play, while paused or under the error panel, the line is in that panel, above its layer. */}
      {phase === 'playing' && !problems && <ProofLine place="hud" />}
      {hud.prompt && (
        <div className="hud-prompt">
          <kbd>{actionKey(hud.prompt.action)}</kbd> — {hud.prompt.verb}
        </div>
      )}

      {hud.hint && (
        <div className="hud-hint" role="status">
          {hintParts(hud.hint.text).map((part, i) => (
            <span key={i}>
              {i > 0 && <kbd>{hintKey(hud.hint!.action, controls.bindings, controls.device)}</kbd>}
              {part}
            </span>
          ))}
        </div>
      )}

      {showWay && (way || wayProblem) && (
        <p className="hud-way" role="status">
          {way
            ? `The way: ${way.friend === activeFriend?.name ? '' : `${FRIEND_TITLE[way.friend]}, `}${way.goal}`
            : `No way from here: ${wayProblem}`}
        </p>
      )}

      <ol className="hud-friends" aria-label="Friends">
        {hud.friends.map((f) => (
          <FriendPortrait key={f.name} friend={f} />
        ))}
      </ol>

      {activeFriend && (
        <div className="hud-status">
          <InputStatus />
          <SkillPanel friend={activeFriend.name} status={hud.skill} />
          <div className="hud-lucidity" aria-label={`Lucidity ${Math.round(activeFriend.lucidity)} of ${LUCIDITY.max}`}>
            <span className="hud-lucidity-label">Lucidity</span>
            <div className="hud-bar">
              <div
                className="hud-bar-fill"
                style={{ width: `${Math.max(0, Math.min(100, (activeFriend.lucidity / LUCIDITY.max) * 100))}%` }}
              />
            </div>
          </div>
        </div>
      )}

      {hud.readout && (
        <div className="hud-readout" role="status">
          <strong>Diagnose</strong>
          {hud.readout.found.length === 0 ? (
            <span>nothing hidden within reach</span>
          ) : (
            <ul>
              {hud.readout.found.slice(0, 6).map((f) => (
                <li key={f.id}>{describeFinding(f)}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {hud.subtitle && (
        <div className={`hud-subtitle hud-subtitle-${hud.subtitle.kind}`} role="status" aria-live="polite">
          <span className="hud-speaker">{hud.subtitle.speaker}</span> {hud.subtitle.text}
        </div>
      )}

      {hud.toasts.length > 0 && (
        <ul className="hud-toasts" role="status">
          {hud.toasts.map((t, i) => (
            <li key={`${t.until}-${i}`}>{t.text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function FriendPortrait({ friend }: { friend: HudFriend }) {
  const look = FRIEND_LOOK[friend.name];
  const title = FRIEND_TITLE[friend.name];
  const key = actionKey(FRIEND_KEY[friend.name]);
  const state = !friend.here ? ' hud-friend-away' : friend.active ? ' hud-friend-active' : '';
  return (
    <li
      className={`hud-friend${state}`}
      style={{ ['--friend' as string]: look.color }}
      aria-current={friend.active ? 'true' : undefined}
      title={`${key}: ${title}${friend.active ? ' (played now)' : friend.here ? '' : ' (not here yet)'}`}
    >
      {friend.active && (
        <span className="hud-friend-pointer" aria-hidden="true">
          ▼
        </span>
      )}
      <span className="hud-friend-glyph" aria-hidden="true">
        {MARKER_GLYPH[look.marker]}
      </span>
      <span className="hud-friend-name">{title}</span>
      {!friend.here && <span className="hud-friend-away-note">not here yet</span>}
      <span className="hud-friend-key">{key}</span>
      {friend.here && (
        <span className="hud-friend-lucidity" style={{ width: `${Math.max(0, Math.min(100, friend.lucidity))}%` }} />
      )}
    </li>
  );
}

function SkillPanel({ friend, status }: { friend: FriendName; status: SkillStatus | null }) {
  const skill = status?.skill ?? SKILL_OF[friend];
  const cooling = status && status.cooldownLeft > 0;
  const ready = status ? !cooling : true;
  const fill = status && status.cooldown > 0 ? 1 - status.cooldownLeft / status.cooldown : 1;
  return (
    <div className={`hud-skill${ready ? ' hud-skill-ready' : ''}`}>
      <kbd>{actionKey('skill')}</kbd>
      <span className="hud-skill-name">
        <span className="hud-skill-glyph" aria-hidden="true">
          {SKILL_GLYPH[skill]}
        </span>{' '}
        {SKILL_TITLE[skill]}
      </span>
      <span className="hud-skill-state">
        {cooling ? `${status.cooldownLeft.toFixed(1)} s` : 'ready'}
        {status?.charges && ` · bridges ${status.charges.used}/${status.charges.max}`}
      </span>
      <div className="hud-bar hud-skill-bar">
        <div className="hud-bar-fill" style={{ width: `${Math.round(fill * 100)}%` }} />
      </div>
    </div>
  );
}
