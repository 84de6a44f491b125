// The game's sound effects: each skill, fragments, checkpoints, respawns, the boss. A few synths made once and
// played by `play(event)`; all into the effects bus.
import * as Tone from 'tone';
import type { GameEvent } from '../engine/events';
import type { Surface } from './moods';

export interface Voices {
  play(event: GameEvent): void;
  step(surface: Surface, loudness: number): void;
  dispose(): void;
}

export function makeVoices(bus: Tone.ToneAudioNode): Voices {
  const space = new Tone.Reverb({ decay: 2.5, wet: 0.3 }).connect(bus);
  const echo = new Tone.FeedbackDelay({ delayTime: 0.18, feedback: 0.45, wet: 0.35 }).connect(space);
  const lead = new Tone.PolySynth(Tone.Synth, {
    oscillator: { type: 'triangle' },
    envelope: { attack: 0.01, decay: 0.25, sustain: 0.2, release: 0.6 },
    volume: -10,
  }).connect(space);
  const chip = new Tone.PolySynth(Tone.Synth, {
    oscillator: { type: 'square' },
    envelope: { attack: 0.002, decay: 0.08, sustain: 0, release: 0.05 },
    volume: -18,
  }).connect(echo);
  const ping = new Tone.Synth({
    oscillator: { type: 'sine' },
    envelope: { attack: 0.005, decay: 1.4, sustain: 0, release: 1 },
    volume: -8,
  }).connect(echo);
  const bell = new Tone.FMSynth({
    harmonicity: 3.5,
    modulationIndex: 10,
    envelope: { attack: 0.002, decay: 1.6, sustain: 0, release: 1.6 },
    volume: -12,
  }).connect(space);
  const glide = new Tone.Synth({
    oscillator: { type: 'sawtooth' },
    envelope: { attack: 0.05, decay: 0.3, sustain: 0.4, release: 0.4 },
    volume: -16,
  }).connect(space);
  const whooshFilter = new Tone.Filter(400, 'bandpass').connect(space);
  const whoosh = new Tone.NoiseSynth({
    noise: { type: 'pink' },
    envelope: { attack: 0.05, decay: 0.3, sustain: 0.1, release: 0.3 },
    volume: -8,
  }).connect(whooshFilter);
  const thump = new Tone.MembraneSynth({ pitchDecay: 0.04, octaves: 4, volume: -6 }).connect(bus);
  const glass = new Tone.MetalSynth({
    envelope: { attack: 0.001, decay: 0.8, release: 0.4 },
    harmonicity: 5.1,
    resonance: 3000,
    volume: -20,
  }).connect(space);
  const stepFilter = new Tone.Filter(900, 'lowpass').connect(bus);
  const stepNoise = new Tone.NoiseSynth({
    noise: { type: 'brown' },
    envelope: { attack: 0.001, decay: 0.07, sustain: 0, release: 0.02 },
    volume: -14,
  }).connect(stepFilter);
  const stepClank = new Tone.MetalSynth({
    envelope: { attack: 0.001, decay: 0.06, release: 0.02 },
    harmonicity: 3.1,
    resonance: 1800,
    volume: -32,
  }).connect(bus);
  const all = [
    space,
    echo,
    lead,
    chip,
    ping,
    bell,
    glide,
    whooshFilter,
    whoosh,
    thump,
    glass,
    stepFilter,
    stepNoise,
    stepClank,
  ];

  const sweep = (from: number, to: number, seconds: number) => {
    const now = moment();
    whooshFilter.frequency.cancelScheduledValues(now);
    whooshFilter.frequency.setValueAtTime(from, now);
    whooshFilter.frequency.exponentialRampToValueAtTime(to, now + seconds);
    whoosh.triggerAttackRelease(seconds, now);
  };

  // Monophonic synths refuse a start at or before their last one (two events in one frame): each call starts a
  // little later than the one before.
  let last = 0;
  const moment = () => (last = Math.max(Tone.now(), last + 0.002));

  return {
    play(event) {
      try {
        playEvent(event);
      } catch (e) {
        // A sound that cannot play must never stop the game.
        console.warn('A sound could not play:', event.type, e);
      }
    },
    step(surface, loudness) {
      try {
        const now = moment();
        const velocity = Math.max(0.05, Math.min(1, loudness));
        stepFilter.frequency.setValueAtTime({ wood: 700, lino: 2200, metal: 1400, stone: 500 }[surface], now);
        stepNoise.triggerAttackRelease(0.05, now, velocity);
        if (surface === 'metal') stepClank.triggerAttackRelease('C3', 0.03, now, velocity * 0.6);
        if (surface === 'wood') thump.triggerAttackRelease('A1', 0.05, now, velocity * 0.15);
      } catch (e) {
        console.warn('A footstep could not play:', e);
      }
    },
    dispose() {
      for (const n of all) n.dispose();
    },
  };

  function playEvent(event: GameEvent): void {
    const now = moment();
    switch (event.type) {
      case 'skill':
        switch (event.skill) {
          case 'bridge':
            // Mia's bridge: light rising and spreading across.
            glide.triggerAttack('C4', now);
            glide.frequency.exponentialRampToValueAtTime(Tone.Frequency('C6').toFrequency(), now + 0.5);
            glide.triggerRelease(now + 0.6);
            lead.triggerAttackRelease(['C5', 'G5', 'E6'], 0.8, now + 0.35);
            break;
          case 'diagnose':
            // Noah's scan: a sonar ping that echoes out.
            ping.triggerAttackRelease('A5', 0.05, now);
            break;
          case 'reprogram':
            // Ava rewrites a node: a quick run of code.
            ['C6', 'G5', 'E6', 'C7'].forEach((n, i) => chip.triggerAttackRelease(n, 0.05, now + i * 0.05));
            break;
          case 'overclock':
            // Leo's dash: a rush of air and a hit.
            sweep(300, 3000, 0.35);
            thump.triggerAttackRelease('C2', 0.2, now);
            break;
        }
        break;
      case 'skill-failed':
        chip.triggerAttackRelease(['E3'], 0.08, now);
        chip.triggerAttackRelease(['C3'], 0.12, now + 0.1);
        break;
      case 'fragment':
        ['E5', 'G5', 'B5', 'E6'].forEach((n, i) => bell.triggerAttackRelease(n, 0.3, now + i * 0.12));
        break;
      case 'checkpoint':
        lead.triggerAttackRelease(['C5', 'E5', 'G5', 'C6'], 1.2, now);
        break;
      case 'respawn':
        glide.triggerAttack('G4', now);
        glide.frequency.exponentialRampToValueAtTime(Tone.Frequency('G2').toFrequency(), now + 0.6);
        glide.triggerRelease(now + 0.6);
        break;
      case 'switch':
        chip.triggerAttackRelease(['G5'], 0.03, now);
        break;
      case 'complete':
        ['C5', 'E5', 'G5', 'C6', 'E6', 'G6'].forEach((n, i) => lead.triggerAttackRelease(n, 0.6, now + i * 0.1));
        break;
      case 'boss-phase':
        thump.triggerAttackRelease('G1', 0.8, now);
        lead.triggerAttackRelease(['C3', 'Gb3', 'C4'], 1.5, now);
        break;
      case 'doubt-wave':
        sweep(2000, 150, 1.2);
        thump.triggerAttackRelease('A1', 0.5, now);
        break;
      case 'whisper':
        sweep(600, 1200, Math.min(3, event.seconds));
        break;
      case 'core-broken':
        glass.triggerAttackRelease('C4', 0.4, now);
        thump.triggerAttackRelease('E2', 0.3, now);
        break;
      case 'cycle-broken':
        lead.triggerAttackRelease(['D4', 'F#4', 'A4', 'D5', 'F#5'], 3, now);
        bell.triggerAttackRelease('D6', 1, now + 0.3);
        break;
      default:
        break;
    }
  }
}
