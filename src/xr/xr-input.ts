// The input the engine reads: the desktop's (keyboard, mouse, gamepad) outside VR, the controllers' inside it.
// Both write the same actions, so the engine never learns which device a press came from.
import { ActionState } from '../input/actions';
import type { TickInput } from '../engine/tick-input';
import type { LookSource } from '../view/Driver';

const NO_LOOK = { yaw: 0, pitch: 0 };

export class XrAwareInput implements LookSource {
  /** What the VR controllers hold; the XR rig presses and releases controls here ("XR:right-trigger"). */
  readonly xr = new ActionState();
  /** Whether a VR session shows the game: then the controllers drive the engine and the desktop is ignored. */
  presenting = false;
  private readonly desktop: LookSource;

  constructor(desktop: LookSource) {
    this.desktop = desktop;
  }

  next(): TickInput {
    return this.presenting ? this.xr.next() : this.desktop.next();
  }

  pendingLook(): { yaw: number; pitch: number } {
    // In VR the headset places the camera; a turn not yet ticked must not be added to it.
    return this.presenting ? NO_LOOK : this.desktop.pendingLook();
  }
}
