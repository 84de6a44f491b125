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
import { useGame } from '../ui/store';
import { yawOf } from './locomotion';
import type { XrRig } from './rig';
import { XR_FONT } from './xr-font';
import { fontSafe, worldPanelText } from './xr-text';

/** The panel turns to face the player again once they look this far away from it (radians). */
const FOLLOW_ANGLE = 0.6;
const WIDTH = 1.1;

export function WorldPanel({ engine, rig }: { engine: Engine; rig: XrRig }) {
  const group = useRef<THREE.Group>(null);
  const back = useRef<THREE.Mesh>(null);
  const [feed] = useState(() => new HudFeed());
  const [text, setText] = useState('');
  const heading = useRef<number | null>(null);
  const refresh = useRef(0);

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
    const next = worldPanelText({
      phase: useGame.getState().phase,
      prompt: engine.prompt(),
      subtitle: feed.subtitle(now),
      toasts: feed.activeToasts(now),
      arcReason: rig.aiming && !rig.arcValid ? rig.arcReason : '',
    });
    if (next !== text) setText(next);
  }, -0.4);

  return (
    <group ref={group} name="xr-world-panel" visible={text !== ''}>
      <mesh ref={back} position={[0, 0, -0.01]} renderOrder={10}>
        <planeGeometry args={[WIDTH + 0.1, 0.5]} />
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
      >
        {fontSafe(text) || ' '}
      </Text>
    </group>
  );
}
