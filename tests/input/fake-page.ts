// A tiny stand-in for the window, the document and the game's element: enough to send the events a player makes.
type Listener = (event: never) => void;

export class FakeTarget {
  private readonly listeners = new Map<string, Set<Listener>>();

  addEventListener(type: string, listener: Listener): void {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  /** Sends an event; returns it so a test can see whether the game took it from the browser. */
  fire<T extends object>(type: string, fields: T = {} as T): T & { defaultPrevented: boolean } {
    const event = {
      ...fields,
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true;
      },
    };
    for (const l of this.listeners.get(type) ?? []) (l as (e: unknown) => void)(event);
    return event;
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}

export class FakeDocument extends FakeTarget {
  pointerLockElement: unknown = null;
  visibilityState = 'visible';
  exitPointerLock = () => {
    this.pointerLockElement = null;
    this.fire('pointerlockchange');
  };
}

export class FakeElement extends FakeTarget {
  /** What the browser does when asked for pointer lock: 'grant', 'refuse' (event) or 'reject' (promise). */
  lockAnswer: 'grant' | 'refuse' | 'reject' = 'grant';
  lockRequests = 0;

  constructor(private readonly doc: FakeDocument) {
    super();
  }

  requestPointerLock = (): Promise<void> => {
    this.lockRequests++;
    if (this.lockAnswer === 'grant') {
      this.doc.pointerLockElement = this;
      this.doc.fire('pointerlockchange');
      return Promise.resolve();
    }
    if (this.lockAnswer === 'refuse') {
      this.doc.fire('pointerlockerror');
      return Promise.resolve();
    }
    return Promise.reject(new Error('The user has exited the lock before this request was completed.'));
  };
}

export function fakePage() {
  const window = new FakeTarget();
  const document = new FakeDocument();
  const element = new FakeElement(document);
  const key = (code: string, extra: object = {}) => ({
    down: () => window.fire('keydown', { code, repeat: false, ...extra }),
    up: () => window.fire('keyup', { code, ...extra }),
  });
  return { window, document, element, key };
}
