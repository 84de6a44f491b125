// What the player does in VR, each frame: reads the headset and the controllers (WebXR's standard gamepad layout),
// turns them into the game's actions, moves the XR origin with the active friend's body and keeps what the world
// panels and the arc draw. No React here: the components only call `beforeTick` and `afterTick` and draw.
import * as THREE from 'three';
import type { Engine } from '../engine/engine';
import { teleportCheck } from '../engine/teleport';
import { wrapAngle } from '../engine/friend';
import { BODY, XR_COMFORT } from '../core/tuning';
import type { Settings } from '../ui/settings';
import type { ActionState, Action } from '../input/actions';
import {
  deadzone,
  pitchOf,
  stickHeld,
  teleportArc,
  turnStep,
  viewLift,
  vignetteClose,
  yawOf,
  type SnapState,
} from './locomotion';

/** Buttons of the WebXR standard gamepad layout (xr-standard mapping). */
const BUTTON = { trigger: 0, squeeze: 1, thumbstick: 3, a: 4, b: 5 } as const;
/** Axes of the thumbstick in the xr-standard mapping; forward is negative y. */
const STICK_X = 2;
const STICK_Y = 3;

export type Hand = 'left' | 'right';

/** Which action each controller button holds down. X on the left cycles friends; Y pauses (handled apart). */
const BINDINGS: Readonly<Record<Hand, readonly (readonly [number, string, Action])[]>> = {
  right: [
    [BUTTON.trigger, 'XR:right-trigger', 'skill'],
    [BUTTON.squeeze, 'XR:right-squeeze', 'skill'],
    [BUTTON.a, 'XR:A', 'jump'],
    [BUTTON.b, 'XR:B', 'interact'],
  ],
  left: [
    [BUTTON.trigger, 'XR:left-trigger', 'interact'],
    [BUTTON.thumbstick, 'XR:left-stick', 'run'],
    [BUTTON.a, 'XR:X', 'next'],
  ],
};

/** What the game's menus do for the rig (pause, resume, leave). */
export interface RigMenus {
  phase(): string;
  pause(): void;
  resume(): void;
  leave(): void;
}

const m4 = new THREE.Matrix4();
const v3 = new THREE.Vector3();
const q4 = new THREE.Quaternion();
const ray = new THREE.Ray();
const plane = new THREE.Plane();
const inverse = new THREE.Matrix4();
const hitPoint = new THREE.Vector3();
const YAXIS = new THREE.Vector3(0, 1, 0);

/** A pose in the origin's space (the play area's floor), as WebXR gives it. */
export interface LocalPose {
  tracked: boolean;
  position: THREE.Vector3;
  quaternion: THREE.Quaternion;
  /** Unit vector the pose points along (its -z). */
  forward: THREE.Vector3;
}

function pose(): LocalPose {
  return {
    tracked: false,
    position: new THREE.Vector3(),
    quaternion: new THREE.Quaternion(),
    forward: new THREE.Vector3(),
  };
}

function readPose(out: LocalPose, p: XRPose | null | undefined): void {
  out.tracked = !!p;
  if (!p) return;
  m4.fromArray(p.transform.matrix);
  m4.decompose(out.position, out.quaternion, v3);
  out.forward.set(0, 0, -1).applyQuaternion(out.quaternion);
}

export class XrRig {
  /** Yaw of the play area in the world: snap and smooth turns change it, nothing else does. */
  originYaw = 0;
  readonly head = pose();
  readonly rays: Record<Hand, LocalPose> = { left: pose(), right: pose() };
  readonly grips: Record<Hand, LocalPose> = { left: pose(), right: pose() };
  /** The teleport arc in world space while aiming: points, whether the landing is allowed, and why not. */
  readonly arc = new Float32Array(XR_COMFORT.arcPoints * 3);
  arcCount = 0;
  aiming = false;
  arcValid = false;
  arcReason = '';
  /** The last teleport the player asked for, for the panels and the tests. */
  lastTeleport: { landed: boolean; reason: string } | null = null;
  /** How far the comfort vignette is closed now (0 open). */
  vignette = 0;
  /** Row of the wrist menu's friend list under the right ray, or -1. */
  wristHover = -1;
  /** The wrist panel's object, placed each frame on the left wrist; set by the panel. */
  wristPanel: THREE.Object3D | null = null;
  /** The wrist list's rows: height of one row and the y of the first row's centre, panel units. */
  readonly wristRows = { top: 0, height: 0, width: 0 };
  private readonly snap: SnapState = { armed: true };
  private readonly held = new Map<string, boolean>();
  private readonly pinch: Record<Hand, boolean> = { left: false, right: false };
  private settings: Settings | null = null;
  private session: XRSession | null = null;

  /** Listens for hand pinches (WebXR select events on hand input sources): a pinch is the trigger. */
  attach(session: XRSession): () => void {
    this.session = session;
    const down = (e: XRInputSourceEvent) => {
      if (e.inputSource.hand && (e.inputSource.handedness === 'left' || e.inputSource.handedness === 'right'))
        this.pinch[e.inputSource.handedness] = true;
    };
    const up = (e: XRInputSourceEvent) => {
      if (e.inputSource.handedness === 'left' || e.inputSource.handedness === 'right')
        this.pinch[e.inputSource.handedness] = false;
    };
    session.addEventListener('selectstart', down);
    session.addEventListener('selectend', up);
    return () => {
      session.removeEventListener('selectstart', down);
      session.removeEventListener('selectend', up);
      if (this.session === session) this.session = null;
    };
  }

  /**
   * Before the engine's ticks of this frame: read the devices and press the game's actions, turn, aim and
   * teleport. `seconds` is the frame's real time.
   */
  beforeTick(
    frame: XRFrame,
    space: XRReferenceSpace,
    engine: Engine,
    actions: ActionState,
    settings: Settings,
    menus: RigMenus,
    seconds: number,
  ): void {
    this.settings = settings;
    readPose(this.head, frame.getViewerPose(space));
    let leftPad: Gamepad | null = null;
    let rightPad: Gamepad | null = null;
    let rightHand = false;
    this.rays.left.tracked = this.rays.right.tracked = false;
    this.grips.left.tracked = this.grips.right.tracked = false;
    for (const source of frame.session.inputSources) {
      const hand = source.handedness;
      if (hand !== 'left' && hand !== 'right') continue;
      readPose(this.rays[hand], frame.getPose(source.targetRaySpace, space));
      if (source.gripSpace) readPose(this.grips[hand], frame.getPose(source.gripSpace, space));
      if (source.hand) {
        if (hand === 'right') rightHand = true;
        continue;
      }
      if (hand === 'left') leftPad = source.gamepad ?? null;
      else rightPad = source.gamepad ?? null;
    }
    const playing = menus.phase() === 'playing';

    // Y pauses and resumes; while paused B leaves VR.
    if (this.edge('XR:Y', pressed(leftPad, BUTTON.b))) {
      if (playing) menus.pause();
      else menus.resume();
    }
    if (!playing) {
      if (this.edge('XR:B-leave', pressed(rightPad, BUTTON.b)) && menus.phase() === 'paused') menus.leave();
      actions.releaseAll();
      this.aiming = false;
      this.arcCount = 0;
      this.vignette = 0;
      return;
    }
    this.edge('XR:B-leave', pressed(rightPad, BUTTON.b));

    // Turning: the right stick sideways.
    const rx = axis(rightPad, STICK_X);
    this.originYaw = wrapAngle(this.originYaw + turnStep(settings.vrTurn, rx, seconds, this.snap));

    // The wrist menu: the right ray on a friend's row with the trigger (or a pinch) takes that friend.
    this.wristHover = this.hoveredRow();
    const trigger = pressed(rightPad, BUTTON.trigger) || (rightHand && this.pinch.right);
    const triggerDown = this.edge('XR:trigger-any', trigger);
    let menuTaken = false;
    if (this.wristHover >= 0) {
      menuTaken = true;
      if (triggerDown) {
        // Rows follow FRIEND_NAMES, as the keys 1–4 do.
        actions.press('XR:wrist', [`friend${this.wristHover + 1}` as Action]);
        actions.release('XR:wrist');
      }
    }

    // Buttons into actions; the trigger does not fire a skill while it points at the wrist menu.
    for (const hand of ['left', 'right'] as const) {
      const pad = hand === 'left' ? leftPad : rightPad;
      for (const [button, control, action] of BINDINGS[hand]) {
        let down = pressed(pad, button);
        if (hand === 'right' && button === BUTTON.trigger)
          down = (down || (rightHand && this.pinch.right)) && !menuTaken;
        if (down) actions.press(control, [action]);
        else actions.release(control);
      }
    }
    if (this.pinch.left) actions.press('XR:left-pinch', ['interact']);
    else actions.release('XR:left-pinch');

    // Facing: where the right hand points while it uses a skill, else where the head looks.
    const friend = engine.active;
    const aimWithRay = (trigger || pressed(rightPad, BUTTON.squeeze)) && this.rays.right.tracked && !menuTaken;
    const dir = aimWithRay ? this.rays.right.forward : this.head.forward;
    if (this.head.tracked || aimWithRay) {
      const wantYaw = this.originYaw + yawOf(dir.x, dir.z);
      const wantPitch = pitchOf(dir.y);
      const pending = actions.pendingLook();
      actions.addLook(wrapAngle(wantYaw - friend.yaw - pending.yaw), wantPitch - friend.pitch - pending.pitch);
    }

    // Moving: the left stick walks the body when smooth locomotion is chosen.
    const smooth = settings.vrLocomotion === 'smooth';
    const lx = smooth ? deadzone(axis(leftPad, STICK_X)) : 0;
    const ly = smooth ? -deadzone(axis(leftPad, STICK_Y)) : 0;
    actions.axisX = lx;
    actions.axisY = ly;
    const stickMoving = Math.hypot(lx, ly) > 0;
    this.vignette = stickMoving ? vignetteClose(friend.speed(), settings.vrVignette) : 0;

    // Teleport: the right stick forward aims an arc; letting go lands there if the engine allows it.
    const forward = smooth ? 0 : -axis(rightPad, STICK_Y);
    const wasAiming = this.aiming;
    this.aiming = !smooth && stickHeld(forward, wasAiming) && this.rays.right.tracked;
    if (this.aiming) this.aimArc(engine);
    else {
      if (wasAiming && this.arcCount > 0) this.teleport(engine);
      this.arcCount = 0;
    }
  }

  /** After the engine's ticks: the XR origin stands at the active friend's feet (between ticks), turned by originYaw. */
  afterTick(engine: Engine, origin: THREE.Object3D): void {
    const friend = engine.active;
    const a = engine.alpha;
    const p = friend.position;
    const q = friend.previous;
    const settings = this.settings;
    const lift = settings ? viewLift(settings.vrSeated, settings.vrSeatedHeight) : 0;
    origin.position.set(q.x + (p.x - q.x) * a, q.y + (p.y - q.y) * a - BODY.radius + lift, q.z + (p.z - q.z) * a);
    // Yaw only: the play area never rolls or pitches, whatever the body goes through.
    origin.quaternion.setFromAxisAngle(YAXIS, this.originYaw);
    origin.updateMatrixWorld();
  }

  /** The teleport the player asked for now (also the tests' way in): lands or is refused by the engine's rule. */
  teleport(engine: Engine): void {
    const last = this.arcCount - 1;
    const x = this.arc[last * 3]!;
    const z = this.arc[last * 3 + 2]!;
    // Through the engine's command, so a replay of the run carries the teleport at its tick.
    const verdict = engine.teleportActive(x, z);
    this.lastTeleport = { landed: verdict.to !== null, reason: verdict.reason };
    this.arcCount = 0;
  }

  /** A point and direction of the right ray in the world. */
  worldRay(hand: Hand, origin: THREE.Object3D, out: THREE.Ray): boolean {
    const r = this.rays[hand];
    if (!r.tracked) return false;
    out.origin.copy(r.position).applyMatrix4(origin.matrixWorld);
    out.direction.copy(r.forward).applyQuaternion(q4.setFromAxisAngle(YAXIS, this.originYaw));
    return true;
  }

  private origin: THREE.Object3D | null = null;

  /** The origin object the rig moves; set by the layer so world rays can be computed. */
  setOrigin(origin: THREE.Object3D | null): void {
    this.origin = origin;
  }

  originObject(): THREE.Object3D | null {
    return this.origin;
  }

  private aimArc(engine: Engine): void {
    if (!this.origin || !this.worldRay('right', this.origin, ray)) {
      this.arcCount = 0;
      return;
    }
    const friend = engine.active;
    const floor = engine.grid.floorOfHeight(friend.position.y - BODY.radius);
    const groundY = engine.grid.heights[floor] ?? 0;
    const o = ray.origin;
    const d = ray.direction;
    const result = teleportArc(o.x, o.y, o.z, d.x, d.y, d.z, groundY, this.arc);
    this.arcCount = result.count;
    if (!result.land) {
      this.arcValid = false;
      this.arcReason = 'point lower to land';
      return;
    }
    const verdict = teleportCheck(engine, result.land.x, result.land.z);
    this.arcValid = verdict.to !== null;
    this.arcReason = verdict.reason;
  }

  /** The friend row of the wrist menu the right ray points at, or -1. */
  private hoveredRow(): number {
    const panel = this.wristPanel;
    if (!panel || !this.origin || !shown(panel) || !this.worldRay('right', this.origin, ray)) return -1;
    inverse.copy(panel.matrixWorld).invert();
    ray.applyMatrix4(inverse);
    plane.set(v3.set(0, 0, 1), 0);
    if (!ray.intersectPlane(plane, hitPoint)) return -1;
    // Only from the front, and not from far away through the panel.
    if (ray.origin.z < 0 || ray.origin.distanceTo(hitPoint) > 3) return -1;
    const { top, height, width } = this.wristRows;
    if (height <= 0 || Math.abs(hitPoint.x) > width / 2) return -1;
    const row = Math.floor((top + height / 2 - hitPoint.y) / height);
    return row >= 0 && row < 4 ? row : -1;
  }

  /** Whether a button went down this frame (and remembers it). */
  private edge(control: string, down: boolean): boolean {
    const was = this.held.get(control) ?? false;
    this.held.set(control, down);
    return down && !was;
  }
}

function pressed(pad: Gamepad | null, button: number): boolean {
  return pad?.buttons[button]?.pressed ?? false;
}

function axis(pad: Gamepad | null, index: number): number {
  return pad?.axes[index] ?? 0;
}

/** Whether an object is drawn: it and every group it hangs in are visible (a hidden watch hides its rows). */
function shown(object: THREE.Object3D): boolean {
  for (let o: THREE.Object3D | null = object; o; o = o.parent) if (!o.visible) return false;
  return true;
}
