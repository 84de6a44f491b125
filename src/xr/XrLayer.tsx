// The VR layer, loaded lazily where immersive VR is supported: the @react-three/xr store and session, the XR
// origin at the active friend's feet, the controllers into the game's actions, and the text in the world.
import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XR, XROrigin, useXR } from '@react-three/xr';
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import type { Settings } from '../ui/settings';
import { campaignFlow } from '../ui/campaign-flow';
import { useGame } from '../ui/store';
import { XrRig, type RigMenus } from './rig';
import { PointingRay, TeleportArc } from './TeleportArc';
import { Vignette } from './Vignette';
import { WorldPanel } from './WorldPanel';
import { WristPanel } from './WristPanel';
import type { XrAwareInput } from './xr-input';
import { xrStore } from './xr-store';

/** What tests and the benchmark reach in a running VR layer. */
export interface XrHandle {
  rig: XrRig;
  enter(): Promise<void>;
  exit(): Promise<void>;
  presenting(): boolean;
  /** Changes settings as the settings panel would (the VR comfort choices). */
  changeSettings(change: Partial<Settings>): void;
  /** The right hand's ray in the world now, or null when it is not tracked. */
  rightRay(): { origin: [number, number, number]; direction: [number, number, number] } | null;
}

declare global {
  interface Window {
    __dreamcycleXr?: XrHandle;
  }
}

const ray = new THREE.Ray();

const menus: RigMenus = {
  phase: () => useGame.getState().phase,
  pause: () => useGame.getState().pause(),
  // Y outside play moves the game on as the desktop menus' main button would.
  resume: () => {
    const s = useGame.getState();
    if (s.phase === 'paused') s.resume();
    else if (s.phase === 'start') s.start();
    else if (s.phase === 'title') {
      if (campaignFlow.canContinue()) campaignFlow.continueGame();
      else campaignFlow.newGame();
    } else if (s.phase === 'complete') campaignFlow.goOn();
    else if (s.phase === 'epilogue') campaignFlow.toTitle();
  },
  leave: () => void xrStore().getState().session?.end(),
};

async function enter(): Promise<void> {
  try {
    await xrStore().enterVR();
  } catch (e) {
    useGame.getState().setXr({ reason: `VR could not start: ${(e as Error).message}` });
  }
}

export default function XrLayer({ engine, input }: { engine: Engine; input: XrAwareInput }) {
  const store = xrStore();
  const [rig] = useState(() => new XrRig());

  useEffect(() => {
    const { setXr } = useGame.getState();
    setXr({ enter: () => void enter() });
    window.__dreamcycleXr = {
      rig,
      enter,
      exit: async () => {
        await store.getState().session?.end();
      },
      presenting: () => input.presenting,
      changeSettings: (change) => useGame.getState().changeSettings(change),
      rightRay: () => {
        const origin = rig.originObject();
        if (!origin || !rig.worldRay('right', origin, ray)) return null;
        const o = ray.origin;
        const d = ray.direction;
        return { origin: [o.x, o.y, o.z], direction: [d.x, d.y, d.z] };
      },
    };
    let detach: (() => void) | null = null;
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.session === prev.session) return;
      detach?.();
      detach = null;
      const game = useGame.getState();
      if (state.session) {
        input.presenting = true;
        input.xr.clear();
        detach = rig.attach(state.session);
        game.setXr({ presenting: true });
        // In the headset nothing can click the title screen: entering VR starts (or resumes) play.
        if (game.phase === 'title' || game.phase === 'start' || game.phase === 'paused') menus.resume();
      } else {
        input.presenting = false;
        input.xr.clear();
        game.setXr({ presenting: false });
        // Back at the desk the player finds the pause menu, not a game running on without them.
        game.pause();
      }
    });
    return () => {
      unsubscribe();
      detach?.();
      useGame.getState().setXr({ enter: null });
      delete window.__dreamcycleXr;
    };
  }, [store, rig, input]);

  return (
    <XR store={store}>
      <XrWorld engine={engine} input={input} rig={rig} />
    </XR>
  );
}

function XrWorld({ engine, input, rig }: { engine: Engine; input: XrAwareInput; rig: XrRig }) {
  const session = useXR((s) => s.session);
  const gl = useThree((s) => s.gl);
  const origin = useRef<THREE.Group>(null);

  useEffect(() => {
    rig.setOrigin(origin.current);
    return () => rig.setOrigin(null);
  }, [rig, session]);

  // Before the engine's ticks (the view's driver runs at -1): the controllers become this frame's input.
  useFrame((_, delta, frame?: XRFrame) => {
    const space = gl.xr.getReferenceSpace();
    if (!session || !frame || !space) return;
    const { settings } = useGame.getState();
    rig.beforeTick(frame, space, engine, input.xr, settings, menus, delta);
  }, -2);

  // After the ticks: the play area stands at the friend's feet for this frame's drawing.
  useFrame(() => {
    if (session && origin.current) rig.afterTick(engine, origin.current);
  }, -0.5);

  if (!session) return null;
  return (
    <>
      <XROrigin ref={origin}>
        <WristPanel engine={engine} rig={rig} />
        <WorldPanel engine={engine} rig={rig} />
        <PointingRay rig={rig} />
      </XROrigin>
      <TeleportArc rig={rig} />
      <Vignette rig={rig} />
    </>
  );
}
