// The text in front of the player: prompts, subtitles, fragments, short messages and the pause menu, at a
// comfortable distance. It follows the head's heading only when the player has turned well away from it.
import { useEffect, useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import { Text } from '@react-three/drei';
import type * as THREE from 'three';
import type { Engine } from '../engine/engine';
import { XR_COMFORT } from '../core/tuning';
import { gameEvents } from '../ui/events';
import { HudFeed } from '../ui/hud-feed';
import { PROOF_STATUS_TIMING, useProofStatus } from '../ui/proof-status';
import { useGame, type LevelProblems } from '../ui/store';
import { yawOf } from './locomotion';
import type { XrRig } from './rig';
import { XR_FONT } from './xr-font';
import { fontSafe, proofPanelText, worldPanelText } from './xr-text';

/** The panel turns to face the player again once they look this far away from it (radians). */
const FOLLOW_ANGLE = 0.6;
const WIDTH = 1.1;
/** The backing's height before it grows to the text (a designer's proof and problems can run to ten lines), metres. */
const BACK_HEIGHT = 0.5;
/** Room kept above and below the text on the backing, metres. */
const BACK_MARGIN = 0.05;

export function WorldPanel({ engine, rig }: { engine: Engine; rig: XrRig }) {
  const group = useRef<THREE.Group>(null);
  const back = useRef<THREE.Mesh>(null);
  const [feed] = useState(() => new HudFeed());
  const [text, setText] = useState('');
  const heading = useRef<number | null>(null);
  const refresh = useRef(0);
  // The level file's problems and when they came: shown for a while, as nothing in the headset dismisses them.
  const problems = useRef<{ shown: LevelProblems | null; since: number }>({ shown: null, since: 0 });

  useEffect(() => gameEvents.on((event) => feed.take(event, performance.now() / 1000)), [feed]);

  useFrame((_, delta) => {
    const g = group.current;
    const head = rig.head;
    if (!g || !head.tracked) return;
    const yaw = yawOf(head.forward.x, head.forward.z);
    const h = heading.current;
    if (h === null || Math.abs(Math.atan2(Math.sin(yaw - h), Math.cos(yaw - h))) > FOLLOW_ANGLE) heading.current = yaw;
    const y = heading.current!;
    const d = XR_COMFORT.textDistance;
    g.position.set(head.position.x - Math.sin(y) * d, head.position.y - 0.25, head.position.z - Math.cos(y) * d);
    g.rotation.set(0, y, 0);
    refresh.current -= delta;
    if (refresh.current > 0) return;
    refresh.current = 0.1;
    const now = performance.now() / 1000;
    const game = useGame.getState();
    if (game.problems !== problems.current.shown) problems.current = { shown: game.problems, since: now };
    const fresh = now - problems.current.since < PROOF_STATUS_TIMING.vrProblemsSeconds ? game.problems : null;
    const next = worldPanelText({
      phase: game.phase,
      prompt: engine.prompt(),
      subtitle: feed.subtitle(now),
      toasts: feed.activeToasts(now),
      arcReason: rig.aiming && !rig.arcValid ? rig.arcReason : '',
      proof: proofPanelText(useProofStatus.getState().status, fresh),
    });
    if (next !== text) setText(next);
  }, -0.4);

  return (
    <group ref={group} name="xr-world-panel" visible={text !== ''}>
      <mesh ref={back} position={[0, 0, -0.01]} renderOrder={10}>
        <planeGeometry args={[WIDTH + 0.1, BACK_HEIGHT]} />
        <meshBasicMaterial color="#101426" transparent opacity={0.8} depthWrite={false} />
      </mesh>
      <Text
        name="xr-world-text"
        font={XR_FONT}
        fontSize={0.045}
        maxWidth={WIDTH}
        color="#f4f1ff"
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        lineHeight={1.3}
        renderOrder={12}
        onSync={(troika: { textRenderInfo?: { blockBounds: [number, number, number, number] } }) => {
          const bounds = troika.textRenderInfo?.blockBounds;
          if (bounds && back.current)
            back.current.scale.y = Math.max(1, (bounds[3] - bounds[1] + 2 * BACK_MARGIN) / BACK_HEIGHT);
        }}
      >
        {fontSafe(text) || ' '}
      </Text>
    </group>
  );
}
