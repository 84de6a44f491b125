// The ambient bed of a mood: a slow pad, a texture of air, rain or rumble, a hum, and a sparkle or clock ticks
// over it. Everything into the music bus; `dispose()` stops it when the level changes.
import * as Tone from 'tone';
import type { MoodSound } from './moods';

export interface Ambient {
  dispose(): void;
}

/** A loop's step that never throws into Tone's clock (a late frame can make a synth refuse its start time). */
function guarded(step: (time: number) => void): (time: number) => void {
  return (time) => {
    try {
      step(time);
    } catch {
      // The note is skipped; the bed plays on.
    }
  };
}

export function startAmbient(mood: MoodSound, bus: Tone.ToneAudioNode): Ambient {
  const nodes: { dispose(): unknown }[] = [];
  const keep = <T extends { dispose(): unknown }>(n: T): T => {
    nodes.push(n);
    return n;
  };

  const reverb = keep(new Tone.Reverb({ decay: 6, wet: 0.45 })).connect(bus);
  const padFilter = keep(new Tone.Filter(mood.padCutoff, 'lowpass')).connect(reverb);
  const pad = keep(
    new Tone.PolySynth(Tone.Synth, {
      oscillator: { type: mood.pad },
      envelope: { attack: 2.5, decay: 1, sustain: 0.7, release: 4 },
      volume: -20,
    }),
  ).connect(padFilter);

  const noise = keep(new Tone.Noise(mood.texture));
  const noiseFilter = keep(
    new Tone.AutoFilter({ frequency: 0.07, baseFrequency: mood.textureCutoff / 2, octaves: 1.5 }),
  );
  const noiseGain = keep(new Tone.Gain(mood.textureLevel));
  noise.chain(noiseFilter, noiseGain, bus);
  noiseFilter.start();
  noise.start();

  if (mood.hum > 0) {
    const hum = keep(new Tone.Oscillator(mood.hum, 'sawtooth'));
    const humFilter = keep(new Tone.Filter(mood.hum * 3, 'lowpass'));
    const humGain = keep(new Tone.Gain(0.012));
    hum.chain(humFilter, humGain, bus);
    hum.start();
  }

  const delay = keep(new Tone.FeedbackDelay({ delayTime: 0.37, feedback: 0.35, wet: 0.4 })).connect(reverb);
  const bell = keep(
    new Tone.FMSynth({
      harmonicity: 3.01,
      modulationIndex: 8,
      envelope: { attack: 0.002, decay: 0.9, sustain: 0, release: 1.2 },
      modulationEnvelope: { attack: 0.002, decay: 0.4, sustain: 0, release: 0.4 },
      volume: -24,
    }),
  ).connect(delay);
  const tick = keep(new Tone.MembraneSynth({ pitchDecay: 0.005, octaves: 2, volume: -22 })).connect(bus);

  let chord = 0;
  const chords = keep(
    new Tone.Loop(
      guarded((time) => {
        const notes = mood.chords[chord++ % mood.chords.length]!;
        pad.triggerAttackRelease(notes, mood.chordSeconds * 0.9, time);
      }),
      mood.chordSeconds,
    ),
  ).start(0);
  const sparkle = keep(
    new Tone.Loop(
      guarded((time) => {
        if (mood.ticking) {
          // Two clocks that do not agree.
          tick.triggerAttackRelease('C6', 0.02, time);
          if (Math.random() < 0.5) tick.triggerAttackRelease('G5', 0.02, time + 0.23);
          return;
        }
        if (mood.sparkle.length === 0 || Math.random() < 0.4) return;
        const note = mood.sparkle[Math.floor(Math.random() * mood.sparkle.length)]!;
        bell.triggerAttackRelease(note, 0.4, time);
      }),
      mood.sparkleSeconds,
    ),
  ).start(1);

  const transport = Tone.getTransport();
  if (transport.state !== 'started') transport.start();

  return {
    dispose() {
      chords.stop();
      sparkle.stop();
      pad.releaseAll();
      // Let the tails ring out before the nodes go.
      setTimeout(() => nodes.forEach((n) => n.dispose()), 200);
    },
  };
}
