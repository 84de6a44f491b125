// The proof's status line, "proving…" then "beatable" for a few seconds, where the designer is looking: in the start
// screen's panel before Play, in the pause menu, at the top right of the HUD while playing (clear of the crosshair).
// Screen readers hear it from one live region mounted once for the page, so each change is said once, even across
// a level change; the lines on screen are its copies. The level's title is a text node.
import { proofLine, useProofStatus, type ProofStatus } from './proof-status';
import './proof-status.css';

/** Where a copy of the line stands: over the game, or inside a menu's panel (in its flow, covering nothing). */
export type ProofPlace = 'hud' | 'menu';

const MARK: Readonly<Record<ProofStatus['kind'], string>> = { proving: '◌', beatable: '✓' };

export function ProofLine({ place }: { place: ProofPlace }) {
  const status = useProofStatus((s) => s.status);
  return status && <ProofLineView status={status} place={place} />;
}

/** One copy of the line on screen; hidden from screen readers, who hear the announcer's. */
export function ProofLineView({ status, place }: { status: ProofStatus; place: ProofPlace }) {
  return (
    <p className={`hud-proof hud-proof-${status.kind} hud-proof-${place}`} aria-hidden="true">
      <span className="hud-proof-mark">{MARK[status.kind]}</span> {proofLine(status)}
    </p>
  );
}

/** The live region that speaks the line politely; mount it once, outside anything a level change remounts. */
export function ProofAnnouncer() {
  const status = useProofStatus((s) => s.status);
  return <ProofAnnouncerView status={status} />;
}

export function ProofAnnouncerView({ status }: { status: ProofStatus | null }) {
  return (
    <div className="visually-hidden proof-announcer" role="status" aria-live="polite">
      {status ? proofLine(status) : ''}
    </div>
  );
}
