// The one place the engine's events are drained. Whoever runs the frame (the view's loop) calls
// `gameEvents.pump(engine)` once per frame; the HUD, subtitles, sounds and the menus listen here instead of
// draining the engine themselves, so no listener steals another's events.
import type { Engine } from '../engine/engine';
import type { GameEvent, GameEventType } from '../engine/events';

export type GameEventListener = (event: GameEvent) => void;

export class EventHub {
  private readonly listeners = new Set<GameEventListener>();

  /** Drains the engine and hands each event to every listener, in order. Returns how many there were. */
  pump(engine: Pick<Engine, 'drainEvents'> | null): number {
    if (!engine) return 0;
    const events = engine.drainEvents();
    for (const event of events) this.emit(event);
    return events.length;
  }

  emit(event: GameEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (e) {
        // One broken listener must not keep the others (or the frame) from running.
        console.error('A game event listener failed on', event.type, e);
      }
    }
  }

  /** Listens to every event; returns the function that stops listening. */
  on(listener: GameEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens to one type of event. */
  onType<T extends GameEventType>(type: T, listener: (event: Extract<GameEvent, { type: T }>) => void): () => void {
    return this.on((event) => {
      if (event.type === type) listener(event as Extract<GameEvent, { type: T }>);
    });
  }
}

export const gameEvents = new EventHub();
