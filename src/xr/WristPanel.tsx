// The wrist menu on the left hand: the active friend, its skill and lucidity, and the four friends to point at.
import { useRef, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import { Text } from '@react-three/drei';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import { FRIEND_NAMES } from '../core/schema';
import type { XrRig } from './rig';
import { XR_FONT } from './xr-font';
import { XR_COMFORT } from '../core/tuning';
import { glancedAt } from './locomotion';
import { fontSafe, wristFriends, wristStatus } from './xr-text';

const WIDTH = 0.16;
const ROW = 0.022;
const LIST_TOP = -0.012;
const FONT = 0.013;
/** Lines of the status above the friend rows (wristStatus), then one blank line. */
const STATUS_LINES = 3;
/** How far above the hand the panel floats, metres. */
const LIFT = 0.12;
const eye = new THREE.Vector3();

export function WristPanel({ engine, rig }: { engine: Engine; rig: XrRig }) {
  const group = useRef<THREE.Group>(null);
  const highlight = useRef<THREE.Mesh>(null);
  // One text for the status and the friend rows: one draw call per eye instead of two.
  const [text, setText] = useState(() => `${wristStatus(engine)}\n\n${wristFriends(engine)}`);
  const refresh = useRef(0);

  useFrame((_, delta) => {
    const g = group.current;
    if (!g) return;
    const grip = rig.grips.left.tracked ? rig.grips.left : rig.rays.left;
    const origin = rig.originObject();
    // Shown only while glanced at, like a watch: a hidden panel costs no draw calls.
    g.visible =
      grip.tracked &&
      rig.head.tracked &&
      glancedAt(rig.head.position, rig.head.forward, grip.position, XR_COMFORT.wristGlanceAngle);
    if (g.visible && origin) {
      // Just above the hand, always turned to the eyes so it reads at any wrist angle.
      g.position.copy(grip.position);
      g.position.y += LIFT;
      eye.copy(rig.head.position);
      origin.localToWorld(eye);
      g.updateMatrixWorld();
      g.lookAt(eye);
    }
    rig.wristPanel = inner.current;
    rig.wristRows.top = LIST_TOP;
    rig.wristRows.height = ROW;
    rig.wristRows.width = WIDTH;
    const h = highlight.current;
    const row = rig.wristHover >= 0 ? rig.wristHover : FRIEND_NAMES.indexOf(engine.active.name);
    if (h) {
      h.position.y = LIST_TOP - row * ROW;
      h.scale.x = rig.wristHover >= 0 ? 1 : 0.97;
    }
    refresh.current -= delta;
    if (refresh.current > 0) return;
    refresh.current = 0.1;
    const s = `${wristStatus(engine)}\n\n${wristFriends(engine)}`;
    if (s !== text) setText(s);
  }, -0.4);

  const inner = useRef<THREE.Group>(null);
  return (
    <group ref={group} name="xr-wrist">
      <group ref={inner} name="xr-wrist-panel">
        <mesh position={[0, LIST_TOP + 0.5 * ROW, -0.001]} renderOrder={10}>
          <planeGeometry args={[WIDTH + 0.02, (STATUS_LINES + 6) * ROW]} />
          <meshBasicMaterial color="#101426" transparent opacity={0.85} depthWrite={false} />
        </mesh>
        <mesh ref={highlight} position={[0, LIST_TOP, -0.0005]} renderOrder={11}>
          <planeGeometry args={[WIDTH, ROW * 0.95]} />
          <meshBasicMaterial color="#3a4a8a" transparent opacity={0.9} depthWrite={false} />
        </mesh>
        <Text
          name="xr-wrist-status"
          font={XR_FONT}
          fontSize={FONT}
          color="#f4f1ff"
          anchorX="left"
          anchorY="top"
          position={[-WIDTH / 2, LIST_TOP + (STATUS_LINES + 1.5) * ROW, 0.0005]}
          lineHeight={ROW / FONT}
          renderOrder={12}
        >
          {fontSafe(text)}
        </Text>
      </group>
    </group>
  );
}
