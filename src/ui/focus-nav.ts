// Moving through any menu without a mouse: the open dialog (the topmost visible element with role="dialog" or
// "alertdialog") gets the focus when it appears; arrow keys, the d-pad and the left stick move the focus to the
// nearest control in that direction; Enter/Space or A press it; Esc or B press the dialog's back control
// (`data-nav-back`) or, when it has none, do the screen's default back (resume from pause). Tab stays inside the
// dialog. Nothing here knows the menus: any dialog with real buttons and inputs works.
//
// Marking a menu: role="dialog" + aria-label on the overlay; `data-nav-back` on its Back/Close/Resume button;
// `autoFocus` or `data-nav-default` on the control to focus first.
import type { MenuDirection, MenuNavigator } from '../input/gamepad';
import { PAD } from '../core/tuning';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function visible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  const style = getComputedStyle(el);
  return style.visibility !== 'hidden' && style.display !== 'none';
}

/** The dialog the player is in: the last visible one in the page (dialogs opened later sit on top). */
export function openDialog(root: ParentNode = document): HTMLElement | null {
  const dialogs = root.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  for (let i = dialogs.length - 1; i >= 0; i--) if (visible(dialogs[i]!)) return dialogs[i]!;
  return null;
}

/** The controls of a dialog a player can reach, in page order. */
export function focusables(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.closest('[inert]') && visible(el),
  );
}

/** Focuses so the ring shows even though no key was pressed (a gamepad moved it). */
function focus(el: HTMLElement): void {
  el.focus({ preventScroll: false, focusVisible: true } as FocusOptions);
  el.scrollIntoView?.({ block: 'nearest' });
}

/** The control to start on in a newly opened dialog. */
function firstControl(dialog: HTMLElement): HTMLElement | null {
  const preferred = dialog.querySelector<HTMLElement>('[data-nav-default], [autofocus]');
  if (preferred && visible(preferred)) return preferred;
  return focusables(dialog)[0] ?? null;
}

/** The nearest control from `from` in a direction: mostly along it, a little across it. */
export function nearestInDirection(
  from: DOMRect,
  candidates: readonly { rect: DOMRect }[],
  direction: MenuDirection,
): number {
  const cx = from.left + from.width / 2;
  const cy = from.top + from.height / 2;
  let best = -1;
  let bestScore = Infinity;
  candidates.forEach(({ rect }, i) => {
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const along = direction === 'down' ? y - cy : direction === 'up' ? cy - y : direction === 'right' ? x - cx : cx - x;
    // Overlapping rows (or columns) are not "below" each other.
    const gap =
      direction === 'down'
        ? rect.top - from.bottom
        : direction === 'up'
          ? from.top - rect.bottom
          : direction === 'right'
            ? rect.left - from.right
            : from.left - rect.right;
    if (along <= 1 || gap < -Math.min(rect.height, rect.width, from.height, from.width) / 2) return;
    const across = direction === 'up' || direction === 'down' ? Math.abs(x - cx) : Math.abs(y - cy);
    const score = along + across * 3;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** A range input moved one step, told to React as if the player dragged it. */
function stepRange(input: HTMLInputElement, steps: number): void {
  const step = Number(input.step) || 1;
  const min = Number(input.min || 0);
  const max = Number(input.max || 100);
  const value = Math.min(max, Math.max(min, Number(input.value) + steps * step));
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, String(Number(value.toFixed(6))));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function isRange(el: Element | null): el is HTMLInputElement {
  return el instanceof HTMLInputElement && el.type === 'range';
}

function typesText(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button', 'submit'].includes(el.type);
}

/** Set while the controls screen waits for a key or button to bind: menus ignore presses until it has one. */
let capturing = false;

export function setCapturing(on: boolean): void {
  capturing = on;
}

export function isCapturing(): boolean {
  return capturing;
}

export interface FocusNavOptions {
  /** Esc or B in a dialog without a `data-nav-back` control (e.g. resume from the pause menu). */
  onBack?: (dialog: HTMLElement) => void;
  /** Start on the gamepad while a menu is open. */
  onStart?: () => void;
  /** Whether a key press was already taken (e.g. the rebinding screen is listening for a key). */
  capturing?: () => boolean;
}

export interface FocusNav extends MenuNavigator {
  /** Ignores Esc for a moment: the press that made the browser give up pointer lock may arrive here too. */
  blockEscape(seconds?: number): void;
  dispose(): void;
}

/** Listens to the keyboard and watches the page for dialogs; returns what the gamepad calls in menus. */
export function installFocusNav(options: FocusNavOptions = {}): FocusNav {
  let escapeBlockedUntil = 0;

  const current = (): { dialog: HTMLElement; active: HTMLElement | null } | null => {
    const dialog = openDialog();
    if (!dialog) return null;
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return { dialog, active: active && dialog.contains(active) ? active : null };
  };

  const move = (direction: MenuDirection): void => {
    if (capturing) return;
    const at = current();
    if (!at) return;
    if (!at.active) {
      const first = firstControl(at.dialog);
      if (first) focus(first);
      return;
    }
    if (isRange(at.active) && (direction === 'left' || direction === 'right')) {
      stepRange(at.active, direction === 'right' ? 1 : -1);
      return;
    }
    const list = focusables(at.dialog).filter((el) => el !== at.active);
    const rects = list.map((el) => ({ rect: el.getBoundingClientRect() }));
    const best = nearestInDirection(at.active.getBoundingClientRect(), rects, direction);
    if (best >= 0) {
      focus(list[best]!);
      return;
    }
    // Nothing further that way: up and down wrap around the list, so every control is reachable.
    if (direction === 'up' || direction === 'down') {
      const all = focusables(at.dialog);
      const next = direction === 'down' ? all[0] : all[all.length - 1];
      if (next && next !== at.active) focus(next);
    }
  };

  const activate = (): void => {
    if (capturing) return;
    const at = current();
    if (!at) return;
    if (!at.active) {
      const first = firstControl(at.dialog);
      if (first) focus(first);
      return;
    }
    at.active.click();
  };

  const back = (): void => {
    if (capturing) return;
    const at = current();
    if (!at) return;
    const control = [...at.dialog.querySelectorAll<HTMLElement>('[data-nav-back]')].find(
      (el) => el.closest('[role="dialog"], [role="alertdialog"]') === at.dialog && visible(el),
    );
    if (control) control.click();
    else options.onBack?.(at.dialog);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || capturing || options.capturing?.()) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const at = current();
    if (!at) return;
    const direction: MenuDirection | null =
      e.code === 'ArrowUp'
        ? 'up'
        : e.code === 'ArrowDown'
          ? 'down'
          : e.code === 'ArrowLeft'
            ? 'left'
            : e.code === 'ArrowRight'
              ? 'right'
              : null;
    if (direction) {
      if (typesText(at.active)) return;
      // Left and right move a slider natively (with its own step); up and down move between controls.
      if (isRange(at.active) && (direction === 'left' || direction === 'right')) return;
      e.preventDefault();
      move(direction);
      return;
    }
    if (e.code === 'Escape') {
      e.preventDefault();
      if (e.repeat || performance.now() < escapeBlockedUntil) return;
      back();
      return;
    }
    if (e.code === 'Tab') {
      // Tab cycles inside the dialog instead of leaving for the browser's toolbar.
      const all = focusables(at.dialog);
      if (all.length === 0) return;
      const i = at.active ? all.indexOf(at.active) : -1;
      const next = e.shiftKey
        ? i <= 0
          ? all[all.length - 1]
          : all[i - 1]
        : i < 0 || i === all.length - 1
          ? all[0]
          : all[i + 1];
      e.preventDefault();
      if (next) focus(next);
    }
  };

  // A dialog that appears takes the focus, so the keyboard and gamepad start inside it.
  let scheduled = 0;
  let lastDialog: HTMLElement | null = null;
  const check = () => {
    scheduled = 0;
    const dialog = openDialog();
    if (dialog && dialog !== lastDialog) {
      const active = document.activeElement;
      if (!active || !dialog.contains(active)) {
        const first = firstControl(dialog);
        if (first) first.focus({ preventScroll: true });
      }
    }
    lastDialog = dialog;
  };
  const observer = new MutationObserver(() => {
    if (!scheduled) scheduled = requestAnimationFrame(check);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  check();

  window.addEventListener('keydown', onKeyDown);
  return {
    move,
    activate,
    back,
    start: () => {
      if (!capturing) options.onStart?.();
    },
    dispose() {
      observer.disconnect();
      if (scheduled) cancelAnimationFrame(scheduled);
      window.removeEventListener('keydown', onKeyDown);
    },
    blockEscape(seconds = PAD.escapeEchoSeconds) {
      escapeBlockedUntil = performance.now() + seconds * 1000;
    },
  };
}
