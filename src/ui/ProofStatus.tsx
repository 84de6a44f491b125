// The proof's status line at the top right, clear of the crosshair: "proving…", then "beatable" for a few
// seconds. The live region is always there so screen readers hear each change; the level's title is a text node.
import { proofLine, useProofStatus } from './proof-status';
import './proof-status.css';

export function ProofStatus() {
  const status = useProofStatus((s) => s.status);
  return (
    <div className="hud-proof-region" role="status" aria-live="polite">
      {status && (
        <p className={`hud-proof hud-proof-${status.kind}`}>
          <span className="hud-proof-mark" aria-hidden="true">
            {status.kind === 'proving' ? '◌' : '✓'}
          </span>{' '}
          {proofLine(status)}
        </p>
      )}
    </div>
  );
}
