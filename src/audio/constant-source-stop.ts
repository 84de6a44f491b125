// Tone.js 15.5 never stops the native ConstantSourceNode behind a disposed Signal: `dispose()` schedules the stop on
// Tone's clock, and when that fires the source already reads as "stopped", so the native `stop()` is skipped. A
// started source that is never stopped is a pending activity the browser keeps forever, with its gain nodes,
// params and listeners: ~80 of them for each level's ambient bed and placed sounds, ~0.2 MB of heap a level load.
// This stops the native source at once when its Signal is disposed. Imported once, before any sound is made.
import { ToneConstantSource } from 'tone/build/esm/signal/ToneConstantSource.js';

/** The native source Tone keeps private; `stop` throws when it was never started. */
interface WithSource {
  _source?: { stop(when?: number): void };
}

const proto = ToneConstantSource.prototype as unknown as { dispose(this: WithSource): unknown };
const dispose = proto.dispose;
const patched = Symbol.for('dreamcycle.constant-source-stop');

if (!(patched in proto)) {
  Object.defineProperty(proto, patched, { value: true });
  proto.dispose = function (this: WithSource) {
    const source = this._source;
    const result = dispose.call(this);
    try {
      source?.stop();
    } catch {
      // Never started (the context was still suspended) or already stopped: nothing is left running.
    }
    return result;
  };
}
