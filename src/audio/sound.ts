// The game's sound, generated with WebAudio through Tone.js: loaded lazily after the player's first click (as
// browsers require), nothing downloaded. Buses master → music and effects; each mood's ambient bed; footsteps
// by surface and speed; each skill, fragment, checkpoint and the boss; the lucidity drain as a rising drone;
// hazards and the exit heard where they are (3D panners, the listener at the active friend's eyes).
import './constant-source-stop';
import * as Tone from 'tone';
import type { Engine } from '../engine/engine';
import type { GameEvent } from '../engine/events';
import type { CameraPose } from '../engine/camera';
import { LUCIDITY, MOVE, SOUND } from '../core/tuning';
import { startAmbient, type Ambient } from './ambient';
import { MOOD_SOUND } from './moods';
import { makeVoices } from './voices';

export interface Volumes {
  master: number;
  music: number;
  effects: number;
}

export interface SoundOptions {
  /** The engine being played now, or null. */
  engine: () => Engine | null;
  /** 0–1 each, read every frame so the settings apply at once. */
  volumes: () => Volumes;
}

export interface Sound {
  /** An engine event: skills, fragments, checkpoints, the boss… */
  play(event: GameEvent): void;
  dispose(): void;
}

/** What tests read: the context's state and how loud the master output is now. */
export interface SoundHandle {
  state: () => string;
  /** Peak of the master output over the last few milliseconds, 0–1. */
  peak: () => number;
  volumes: () => Volumes;
}

declare global {
  interface Window {
    __dreamcycleSound?: SoundHandle;
  }
}

const pose: CameraPose = { x: 0, y: 0, z: 0, yaw: 0, pitch: 0 };

interface Place {
  /** Moves the sounds with what makes them (hazards walk their loops). */
  follow(engine: Engine): void;
  dispose(): void;
}

/** Something Tone ramps: a gain, a frequency. */
interface Rampable {
  rampTo(value: number, seconds: number): unknown;
}

/**
 * Ramps a param only when its target changes: each ramp is an event Tone keeps on the param's timeline (up to
 * 1,000 each), so a ramp every frame to the same value only makes garbage.
 */
function rampOnChange(param: Rampable): (value: number, seconds: number) => void {
  let last = Number.NaN;
  let lastSeconds = Number.NaN;
  return (value, seconds) => {
    if (value === last && seconds === lastSeconds) return;
    last = value;
    lastSeconds = seconds;
    param.rampTo(value, seconds);
  };
}

/** Hazards growl and the exit chimes where they stand. */
function placeSounds(engine: Engine, bus: Tone.ToneAudioNode): Place {
  const nodes: { dispose(): unknown }[] = [];
  const moving = new Map<string, Tone.Panner3D>();
  const at = (x: number, y: number, z: number) => {
    const panner = new Tone.Panner3D({
      positionX: x,
      positionY: y,
      positionZ: z,
      panningModel: 'equalpower',
      distanceModel: 'inverse',
      refDistance: SOUND.refDistance,
      rolloffFactor: SOUND.rolloff,
      maxDistance: SOUND.maxDistance,
    }).connect(bus);
    nodes.push(panner);
    return panner;
  };
  let hazards = 0;
  for (const view of engine.entities.views()) {
    if (view.type === 'doubt-hazard' && hazards++ < SOUND.maxHazardVoices) {
      const growl = new Tone.AMOscillator(68 + hazards * 7, 'sawtooth', 'sine');
      growl.harmonicity.value = 0.05;
      const filter = new Tone.Filter(380, 'lowpass');
      const gain = new Tone.Gain(0.16);
      const panner = at(view.x, view.y + 0.9, view.z);
      moving.set(view.id, panner);
      growl.chain(filter, gain, panner);
      growl.start();
      nodes.push(growl, filter, gain);
    } else if (view.type === 'exit') {
      const chime = new Tone.AMOscillator(880, 'sine', 'sine');
      chime.harmonicity.value = 0.004;
      const gain = new Tone.Gain(0.035);
      chime.chain(gain, at(view.x, view.y + 1.5, view.z));
      chime.start();
      nodes.push(chime, gain);
    }
  }
  return {
    follow(e) {
      if (moving.size === 0) return;
      for (const view of e.entities.views()) {
        const panner = moving.get(view.id);
        if (panner) panner.setPosition(view.x, view.y + 0.9, view.z);
      }
    },
    dispose: () => nodes.forEach((n) => n.dispose()),
  };
}

export async function startSound(options: SoundOptions): Promise<Sound> {
  await Tone.start();
  const v0 = options.volumes();
  const master = new Tone.Gain(v0.master).toDestination();
  const analyser = new Tone.Analyser('waveform', 256);
  master.connect(analyser);
  const music = new Tone.Gain(v0.music).connect(master);
  const effects = new Tone.Gain(v0.effects).connect(master);
  const voices = makeVoices(effects);

  const droneGain = new Tone.Gain(0).connect(effects);
  const droneFilter = new Tone.Filter(240, 'lowpass').connect(droneGain);
  const drone = new Tone.FatOscillator(55, 'sawtooth', 18).connect(droneFilter);
  drone.start();

  const listener = Tone.getListener();
  // The listener is moved only when the head moves: like a ramp, each move is an event on six timelines.
  const heard: CameraPose = { x: Number.NaN, y: 0, z: 0, yaw: 0, pitch: 0 };
  const masterLevel = rampOnChange(master.gain);
  const musicLevel = rampOnChange(music.gain);
  const effectsLevel = rampOnChange(effects.gain);
  const droneLevel = rampOnChange(droneGain.gain);
  const dronePitch = rampOnChange(drone.frequency);
  const droneColour = rampOnChange(droneFilter.frequency);
  let engine: Engine | null = null;
  let ambient: Ambient | null = null;
  let places: Place | null = null;
  let lastX = 0;
  let lastZ = 0;
  let walked = 0;
  let lastLucidity: number = LUCIDITY.max;
  let lastTime = performance.now();
  let frame = 0;

  const update = () => {
    frame = requestAnimationFrame(update);
    try {
      follow();
    } catch (e) {
      // The sound must never stop the game: this frame's sound is skipped.
      console.warn('The sound skipped a frame:', e);
    }
  };
  const follow = () => {
    const now = performance.now();
    const dt = Math.min(0.1, (now - lastTime) / 1000);
    lastTime = now;
    const v = options.volumes();
    masterLevel(v.master, 0.05);
    musicLevel(v.music, 0.05);
    effectsLevel(v.effects, 0.05);

    const e = options.engine();
    if (e !== engine) {
      ambient?.dispose();
      places?.dispose();
      engine = e;
      ambient = e ? startAmbient(MOOD_SOUND[e.level.mood.palette], music) : null;
      places = e ? placeSounds(e, effects) : null;
      if (e) {
        lastX = e.active.position.x;
        lastZ = e.active.position.z;
        lastLucidity = e.active.lucidity;
      }
    }
    if (!engine) return;

    places?.follow(engine);
    // The listener is the active friend's head.
    engine.camera.interpolated(engine.alpha, 0, 0, pose);
    if (pose.x !== heard.x || pose.y !== heard.y || pose.z !== heard.z || pose.yaw !== heard.yaw) {
      heard.x = pose.x;
      heard.y = pose.y;
      heard.z = pose.z;
      heard.yaw = pose.yaw;
      listener.positionX.value = pose.x;
      listener.positionY.value = pose.y;
      listener.positionZ.value = pose.z;
      listener.forwardX.value = -Math.sin(pose.yaw);
      listener.forwardY.value = 0;
      listener.forwardZ.value = -Math.cos(pose.yaw);
    }

    // Footsteps: one per stride on the ground, louder when running.
    const f = engine.active;
    const dx = f.position.x - lastX;
    const dz = f.position.z - lastZ;
    lastX = f.position.x;
    lastZ = f.position.z;
    const moved = Math.hypot(dx, dz);
    const speed = dt > 0 ? moved / dt : 0;
    if (f.ground && moved < 1) {
      walked += moved;
      const stride = speed > MOVE.walkSpeed + 0.5 ? SOUND.runStride : SOUND.walkStride;
      if (walked >= stride) {
        walked = 0;
        voices.step(MOOD_SOUND[engine.level.mood.palette].surface, speed / MOVE.runSpeed);
      }
    } else walked = 0;

    // The lucidity drain: a drone that rises in pitch and loudness as lucidity falls, silent when none drains.
    const lucidity = f.lucidity;
    const draining = lucidity < lastLucidity - 1e-6;
    lastLucidity = lucidity;
    const lost = 1 - lucidity / LUCIDITY.max;
    droneLevel(draining ? SOUND.droneLevel * (0.3 + 0.7 * lost) : 0, draining ? 0.2 : 0.8);
    dronePitch(55 * (1 + lost * 1.5), 0.2);
    droneColour(240 + lost * 1200, 0.2);
  };
  frame = requestAnimationFrame(update);

  const handle: SoundHandle = {
    state: () => Tone.getContext().state,
    peak: () => {
      const wave = analyser.getValue() as Float32Array;
      let peak = 0;
      for (const s of wave) peak = Math.max(peak, Math.abs(s));
      return peak;
    },
    volumes: options.volumes,
  };
  window.__dreamcycleSound = handle;

  return {
    play: (event) => voices.play(event),
    dispose() {
      cancelAnimationFrame(frame);
      ambient?.dispose();
      places?.dispose();
      voices.dispose();
      for (const n of [drone, droneFilter, droneGain, music, effects, analyser, master]) n.dispose();
      if (window.__dreamcycleSound === handle) delete window.__dreamcycleSound;
    },
  };
}
