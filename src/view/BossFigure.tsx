// The self-doubt boss as drawn: a towering, mirrored, glitching Leo over its pit, wrapped in a dark shroud until
// Noah's scan reaches it, its doubt waves as rings of light spreading over the arena, and the whisper's blur on the
// whole view. It reads the engine's boss; it decides nothing.
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import { BOSS } from '../core/tuning';
import bossVert from '../../shaders/boss-glitch.vert.glsl?raw';
import bossFrag from '../../shaders/boss-glitch.frag.glsl?raw';
import { friendFigure, FIGURE } from './friend-shapes';

/** Seconds the figure takes to come apart once the cycle breaks. */
const BREAK_SECONDS = 2.5;
/** How blurred the view is at the height of a whisper, in CSS pixels. */
const WHISPER_BLUR_PX = 3;
const SHROUD_COLOR = '#120818';
const RIM_COLOR = '#ff2f6d';

export function BossFigure({ engine }: { engine: Engine }) {
  const boss = engine.boss;
  const gl = useThree((s) => s.gl);
  const parts = useMemo(() => {
    if (!boss) return null;
    // Leo's own figure, scaled to tower over the pit and mirrored left to right.
    const height = FIGURE.head + 0.2 - FIGURE.feet;
    const scale = BOSS.figureHeight / height;
    const material = new THREE.ShaderMaterial({
      vertexShader: bossVert,
      fragmentShader: bossFrag,
      uniforms: {
        uTime: { value: 0 },
        uGlitch: { value: 1 },
        uBreak: { value: 0 },
        uRim: { value: new THREE.Color(RIM_COLOR) },
      },
      vertexColors: true,
      transparent: true,
      side: THREE.DoubleSide,
    });
    const figure = new THREE.Mesh(friendFigure('leo'), material);
    figure.name = 'boss-figure';
    figure.scale.set(-scale, scale, scale);
    figure.position.set(boss.x, boss.y - FIGURE.feet * scale, boss.z);
    const shroud = new THREE.Mesh(
      new THREE.CylinderGeometry(
        BOSS.figureHeight * 0.22,
        BOSS.figureHeight * 0.34,
        BOSS.figureHeight * 1.1,
        24,
        1,
        true,
      ),
      new THREE.MeshBasicMaterial({
        color: SHROUD_COLOR,
        transparent: true,
        opacity: 0.85,
        side: THREE.DoubleSide,
        depthWrite: false,
      }),
    );
    shroud.name = 'boss-shroud';
    shroud.position.set(boss.x, boss.y + BOSS.figureHeight * 0.55, boss.z);
    const ring = new THREE.Mesh(
      new THREE.RingGeometry(0.92, 1, 64).rotateX(-Math.PI / 2),
      new THREE.MeshBasicMaterial({
        color: RIM_COLOR,
        transparent: true,
        opacity: 0.8,
        blending: THREE.AdditiveBlending,
        depthWrite: false,
        side: THREE.DoubleSide,
      }),
    );
    ring.name = 'boss-doubt-wave';
    ring.visible = false;
    return { figure, shroud, ring, material, brokenAt: -1 };
  }, [boss]);

  useEffect(
    () => () => {
      if (!parts) return;
      for (const m of [parts.figure, parts.shroud, parts.ring]) {
        m.geometry.dispose();
        (m.material as THREE.Material).dispose();
      }
      gl.domElement.style.filter = '';
    },
    [parts, gl],
  );

  useFrame((state) => {
    if (!boss || !parts) return;
    const time = state.clock.elapsedTime;
    const u = parts.material.uniforms;
    u.uTime!.value = time;
    // It glitches hardest while it still has cores, and least once the loop is nearly rewritten.
    const left = boss.nodes.filter((n) => !n.done).length / Math.max(1, boss.nodes.length);
    u.uGlitch!.value = boss.phase === 'loop' ? 0.5 + left * 0.5 : 1;
    if (boss.phase === 'broken' && parts.brokenAt < 0) parts.brokenAt = time;
    u.uBreak!.value = parts.brokenAt < 0 ? 0 : Math.min(1, (time - parts.brokenAt) / BREAK_SECONDS);
    parts.figure.visible = (u.uBreak!.value as number) < 1;
    // It turns to face whoever the player is.
    const cam = state.camera.position;
    parts.figure.rotation.y = Math.atan2(cam.x - boss.x, cam.z - boss.z) + Math.PI;
    parts.shroud.visible = boss.phase === 'shrouded';
    parts.shroud.rotation.y = time * 0.2;
    const wave = boss.wave;
    parts.ring.visible = wave !== null;
    if (wave) {
      parts.ring.position.set(wave.x, boss.y + 0.15, wave.z);
      // Drawn between ticks, like everything that moves.
      const radius = wave.previousRadius + (wave.radius - wave.previousRadius) * engine.alpha;
      parts.ring.scale.setScalar(Math.max(0.01, radius));
      (parts.ring.material as THREE.MeshBasicMaterial).opacity = 0.8 * (1 - wave.progress);
    }
    // The whisper blurs sight: strongest as it begins, clearing as it fades.
    const blur = boss.blurred ? Math.min(1, boss.whisperLeft / Math.max(0.1, boss.entity.whisperSeconds)) : 0;
    const filter = blur > 0 ? `blur(${(blur * WHISPER_BLUR_PX).toFixed(1)}px)` : '';
    if (gl.domElement.style.filter !== filter) gl.domElement.style.filter = filter;
  });

  if (!parts) return null;
  return (
    <group name="boss">
      <primitive object={parts.figure} />
      <primitive object={parts.shroud} />
      <primitive object={parts.ring} />
    </group>
  );
}
