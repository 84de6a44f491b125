// The settings, in sections (Controls & bindings, Camera & comfort, Text & subtitles, Sound, Graphics, Assist,
// VR): every entry of SETTING_CONTROLS is drawn in its section, and the controls section has the rebinding table.
// Changes apply at once and are saved. Works with the mouse, the keyboard alone and the gamepad alone (focus-nav).
//
// For menus: <SettingsDialog onClose={…} /> is a whole screen with its Back button; <SettingsPanel /> fits in a
// panel of your own.
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import {
  ACTION_LABEL,
  ACTIONS,
  bind,
  conflicts,
  deviceKind,
  PAD_BUTTONS,
  resolveConflict,
  unbind,
  type Action,
  type Bindings,
} from '../input/actions';
import { shiftedControl } from '../input/desktop';
import { PAD } from '../core/tuning';
import { controlLabel, useControls } from './controls';
import { setCapturing } from './focus-nav';
import {
  bindingChanges,
  bindingsOf,
  DEFAULT_SETTINGS,
  SETTING_CONTROLS,
  SETTINGS_SECTIONS,
  type SettingControl,
  type Settings,
  type SettingsSection,
} from './settings';
import { useGame } from './store';
import './settings-panel.css';

const keepClick = (e: MouseEvent) => e.stopPropagation();

/** A whole-screen settings dialog with a Back button (Esc or B press it too). */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  return (
    <div className="overlay overlay-dim" onClick={keepClick} role="dialog" aria-modal="true" aria-label="Settings">
      <div className="panel panel-settings">
        <div className="settings-head">
          <h2>Settings</h2>
          <button onClick={onClose} data-nav-back>
            Back
          </button>
        </div>
        <SettingsPanel />
      </div>
    </div>
  );
}

/** Sections with something to set (a section appears as soon as a control names it). */
function sections(): SettingsSection[] {
  return SETTINGS_SECTIONS.filter((s) => s === 'Controls & bindings' || SETTING_CONTROLS.some((c) => c.section === s));
}

export function SettingsPanel({ initial = 'Controls & bindings' }: { initial?: SettingsSection }) {
  const [section, setSection] = useState<SettingsSection>(initial);
  const problem = useGame((s) => s.settingsProblem);
  const id = useId();
  const shown = sections();
  return (
    <div className="settings-panel">
      <div className="settings-tabs" role="tablist" aria-label="Settings sections">
        {shown.map((s, i) => (
          <button
            key={s}
            role="tab"
            id={`${id}-tab-${i}`}
            aria-selected={s === section}
            aria-controls={`${id}-panel`}
            className={s === section ? 'settings-tab settings-tab-on' : 'settings-tab'}
            onClick={() => setSection(s)}
          >
            {s}
          </button>
        ))}
      </div>
      <div
        className="settings-section"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${shown.indexOf(section)}`}
      >
        {problem && <p className="overlay-note">{problem}</p>}
        {SETTING_CONTROLS.filter((c) => c.section === section).map((c) => (
          <SettingRow key={c.key} control={c} />
        ))}
        {section === 'Controls & bindings' && <BindingsEditor />}
        {section !== 'Controls & bindings' && <ResetSection section={section} />}
      </div>
    </div>
  );
}

function SettingRow({ control }: { control: SettingControl }) {
  const value = useGame((s) => s.settings[control.key]);
  const change = useGame((s) => s.changeSettings);
  const id = useId();
  // The hint describes the control; the label alone names it (an <output> inside a label would take its name).
  const hintId = control.hint ? `${id}-hint` : undefined;
  const hint = control.hint ? (
    <span className="setting-hint" id={hintId}>
      {control.hint}
    </span>
  ) : null;
  if (control.kind === 'toggle') {
    return (
      <div className="setting setting-toggle">
        <input
          id={id}
          type="checkbox"
          checked={value as boolean}
          aria-describedby={hintId}
          onChange={(e) => change({ [control.key]: e.currentTarget.checked } as Partial<Settings>)}
        />
        <label className="setting-label" htmlFor={id}>
          {control.label}
        </label>
        {hint}
      </div>
    );
  }
  if (control.kind === 'range') {
    const v = value as number;
    const shown = control.format ? control.format(v) : String(v);
    return (
      <div className="setting setting-range">
        <label className="setting-label" htmlFor={id}>
          {control.label}
        </label>
        <output htmlFor={id}>{shown}</output>
        <input
          id={id}
          type="range"
          min={control.min}
          max={control.max}
          step={control.step}
          value={v}
          aria-valuetext={shown}
          aria-describedby={hintId}
          onChange={(e) => change({ [control.key]: Number(e.currentTarget.value) } as Partial<Settings>)}
        />
        {hint}
      </div>
    );
  }
  return (
    <fieldset className="setting setting-choice" aria-describedby={hintId}>
      <legend className="setting-label">{control.label}</legend>
      {control.options.map((o) => (
        <label key={o.value} className="setting-option">
          <input
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => change({ [control.key]: o.value } as Partial<Settings>)}
          />
          {o.label}
        </label>
      ))}
      {hint}
    </fieldset>
  );
}

function ResetSection({ section }: { section: SettingsSection }) {
  const change = useGame((s) => s.changeSettings);
  const reset = () => {
    const defaults: Partial<Settings> = {};
    for (const c of SETTING_CONTROLS) {
      if (c.section === section) Object.assign(defaults, { [c.key]: DEFAULT_SETTINGS[c.key] });
    }
    change(defaults);
  };
  return (
    <button className="settings-reset" onClick={reset}>
      Reset {section.toLowerCase()} to defaults
    </button>
  );
}

// ---- Rebinding ----

/** Which slot is listening: an action, the kind of device and the slot on it. */
interface Listening {
  action: Action;
  kind: 'keys' | 'gamepad';
  slot: number;
}

/** Columns of the table: two for keys or mouse buttons, one for the gamepad. */
const COLUMNS: readonly { kind: 'keys' | 'gamepad'; slot: number; title: string }[] = [
  { kind: 'keys', slot: 0, title: 'Key or mouse' },
  { kind: 'keys', slot: 1, title: 'Second key' },
  { kind: 'gamepad', slot: 0, title: 'Gamepad' },
];

function slotControl(bindings: Readonly<Bindings>, action: Action, kind: 'keys' | 'gamepad', slot: number) {
  return bindings[action].filter((c) => deviceKind(c) === kind)[slot] ?? null;
}

export function BindingsEditor() {
  const { bindings } = useControls();
  const change = useGame((s) => s.changeSettings);
  const [listening, setListening] = useState<Listening | null>(null);
  const [note, setNote] = useState('');
  const save = (next: Bindings) => change({ bindings: bindingChanges(next) });
  const found = conflicts(bindings);
  const clashing = new Set(found.map((c) => c.control));

  useCapture(listening, (control) => {
    const at = listening;
    setListening(null);
    if (!at) return;
    const what = ACTION_LABEL[at.action];
    if (control === null) {
      setNote(`${what}: nothing changed.`);
      return;
    }
    if (control === '') {
      const old = slotControl(bindings, at.action, at.kind, at.slot);
      if (old) save(unbind(bindings, at.action, old));
      setNote(`${what}: ${old ? `${controlLabel(old)} removed` : 'nothing to remove'}.`);
      return;
    }
    save(bind(bindings, at.action, control, at.slot));
    setNote(`${what}: ${controlLabel(control)}.`);
  });

  return (
    <div className="bindings">
      <h3 id="bindings-title">Keys and buttons</h3>
      <p className="setting-hint">
        Choose a slot, then press the key, mouse button or gamepad button for it. Esc cancels; Backspace removes the
        slot&apos;s control.
      </p>
      <table className="bindings-table" aria-labelledby="bindings-title">
        <thead>
          <tr>
            <th scope="col">Action</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={`${c.kind}${c.slot}`}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ACTIONS.map((action) => (
            <tr key={action}>
              <th scope="row">{ACTION_LABEL[action]}</th>
              {COLUMNS.map(({ kind, slot, title }) => {
                const control = slotControl(bindings, action, kind, slot);
                const on = listening?.action === action && listening.kind === kind && listening.slot === slot;
                const clash = control !== null && clashing.has(control);
                const label = on ? 'Press…' : control ? controlLabel(control, true) : '—';
                return (
                  <td key={`${kind}${slot}`}>
                    <button
                      className={`binding${on ? ' binding-listening' : ''}${clash ? ' binding-clash' : ''}`}
                      aria-label={`${ACTION_LABEL[action]}, ${title}: ${
                        on ? 'press a control now' : control ? controlLabel(control, true) : 'none'
                      }${clash ? ', also bound to another action' : ''}. Change`}
                      onClick={(e) => {
                        e.stopPropagation();
                        setNote('');
                        setListening({ action, kind, slot });
                      }}
                    >
                      {clash && (
                        <span className="binding-clash-mark" aria-hidden="true">
                          ⚠{' '}
                        </span>
                      )}
                      {label}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bindings-note" role="status" aria-live="polite">
        {listening
          ? listening.kind === 'gamepad'
            ? `Press a gamepad button for ${ACTION_LABEL[listening.action]} (Esc cancels).`
            : `Press a key or mouse button for ${ACTION_LABEL[listening.action]} (Esc cancels).`
          : note}
      </p>
      {found.length > 0 && (
        <div className="bindings-conflicts" role="alert">
          <h4>
            <span aria-hidden="true">⚠ </span>
            {found.length === 1 ? 'One control does two things' : `${found.length} controls do two things`}
          </h4>
          <ul>
            {found.map((c) => (
              <li key={c.control}>
                <kbd>{controlLabel(c.control)}</kbd> is bound to {c.actions.map((a) => ACTION_LABEL[a]).join(' and ')}.
                Keep it on:{' '}
                {c.actions.map((a) => (
                  <button key={a} onClick={() => save(resolveConflict(bindings, c.control, a))}>
                    {ACTION_LABEL[a]}
                  </button>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button className="settings-reset" onClick={() => save(bindingsOf({ bindings: {} }))}>
        Reset all keys and buttons to defaults
      </button>
    </div>
  );
}

/**
 * While a slot listens: the next key (by `event.code`, `Shift+` when Shift is held), mouse button or gamepad button
 * is handed to `done`; `null` cancels (Esc, or nothing pressed for a while), `''` clears the slot (Backspace).
 * Menus ignore presses meanwhile.
 */
function useCapture(listening: Listening | null, done: (control: string | null) => void): void {
  const finish = useRef(done);
  finish.current = done;
  useEffect(() => {
    if (!listening) return;
    setCapturing(true);
    const end = (control: string | null) => finish.current(control);
    const onKey = (e: KeyboardEvent) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      if (e.repeat) return;
      if (e.code === 'Escape') return end(null);
      if (e.code === 'Backspace' || e.code === 'Delete') return end('');
      if (listening.kind !== 'keys') return;
      if (e.code.startsWith('Shift')) {
        // Shift may be the start of Shift+key: bind Shift itself when it is let go alone.
        return;
      }
      end(e.shiftKey ? (shiftedControl(e.code) ?? e.code) : e.code);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (listening.kind === 'keys' && e.code.startsWith('Shift')) {
        e.preventDefault();
        end(e.code);
      }
    };
    const swallowClick = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      window.removeEventListener('click', swallowClick, true);
    };
    const onMouse = (e: globalThis.MouseEvent) => {
      if (listening.kind !== 'keys') return;
      e.preventDefault();
      e.stopImmediatePropagation();
      // The click that follows this press must not press the button under the pointer.
      window.addEventListener('click', swallowClick, true);
      end(`Mouse${e.button}`);
    };
    // Pad buttons already down when listening began (the A that chose the slot) count only once let go.
    const wasDown: boolean[] = [];
    let first = true;
    let frame = 0;
    const watchPads = () => {
      const pads = navigator.getGamepads ? navigator.getGamepads() : [];
      for (const pad of pads) {
        if (!pad || pad.mapping !== 'standard') continue;
        for (let b = 0; b < pad.buttons.length; b++) {
          const button = pad.buttons[b]!;
          const down = button.pressed || button.value > PAD.triggerPress;
          const key = pad.index * 32 + b;
          if (down && !first && !wasDown[key]) {
            // A pad press while a key slot listens is a player without a keyboard: cancel instead of trapping them.
            return end(listening.kind === 'gamepad' ? (PAD_BUTTONS[b] ?? null) : null);
          }
          wasDown[key] = down;
        }
      }
      first = false;
      frame = requestAnimationFrame(watchPads);
    };
    frame = requestAnimationFrame(watchPads);
    const giveUp = setTimeout(() => end(null), PAD.rebindSeconds * 1000);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('mousedown', onMouse, true);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(giveUp);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('mousedown', onMouse, true);
      // Let the focus-nav see presses again after this event has finished travelling.
      setTimeout(() => setCapturing(false), 0);
    };
  }, [listening]);
}
