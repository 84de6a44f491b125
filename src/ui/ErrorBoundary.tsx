// What the player sees when something breaks, instead of a white page: what happened, a way back to the title, a
// report to copy (with the replay of the run), and one line in the console however often it throws.
import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import { campaignFlow } from './campaign-flow';
import { crashed, useCrash } from './crash';
import { copyReport, type ErrorReport } from './error-report';

interface PanelProps {
  error: Error;
  where: string;
  report: ErrorReport | null;
  onBack(): void;
}

export function ErrorPanel({ error, where, report, onBack }: PanelProps) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'refused'>('no');
  const copy = async () => {
    if (report) setCopied((await copyReport(report)) ? 'yes' : 'refused');
  };
  return (
    // Clicks stay in the panel: the stage behind it would resume play.
    <div
      className="overlay overlay-menu"
      role="alertdialog"
      aria-labelledby="error-title"
      aria-modal="true"
      onClick={(e) => e.stopPropagation()}
    >
      <section className="glass menu-panel">
        <h2 id="error-title">Something in the dream broke</h2>
        <p>
          {where}: {error.message}
        </p>
        <p className="overlay-note">
          Your progress is saved. Go back to the title and try again; if it happens again, copy the report — it holds
          the replay of your run, so we can see exactly what happened.
        </p>
        <div className="menu-stack">
          <button type="button" className="menu-button menu-button-primary" autoFocus onClick={onBack}>
            Back to the title
          </button>
          <button type="button" className="menu-button" onClick={() => void copy()} disabled={!report}>
            {copied === 'yes' ? 'Report copied' : 'Copy report'}
          </button>
          <button type="button" className="menu-button" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
        {copied === 'refused' && report && (
          <textarea
            className="error-report"
            readOnly
            aria-label="Error report to copy"
            value={JSON.stringify(report, null, 2)}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
      </section>
    </div>
  );
}

/** The panel for errors caught outside React (a render loop, a promise); see crash.ts. */
export function CrashPanel() {
  const crash = useCrash((s) => s.crash);
  if (!crash) return null;
  const back = () => {
    useCrash.getState().dismiss();
    void campaignFlow.open();
  };
  return <ErrorPanel error={crash.error} where={crash.where} report={crash.report} onBack={back} />;
}

interface BoundaryState {
  error: Error | null;
}

/** Catches what throws while React draws the part below it, and hands it to the crash panel. */
export class ErrorBoundary extends Component<{ children: ReactNode; where?: string }, BoundaryState> {
  override state: BoundaryState = { error: null };
  private unsubscribe: (() => void) | null = null;

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidMount(): void {
    // Back to the title dismisses the panel: draw the part below again.
    this.unsubscribe = useCrash.subscribe((s) => {
      if (!s.crash && this.state.error) this.setState({ error: null });
    });
  }

  override componentWillUnmount(): void {
    this.unsubscribe?.();
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const e = error instanceof Error ? error : new Error(String(error));
    if (info.componentStack) console.info(info.componentStack.trim().split('\n')[0]);
    crashed(e, this.props.where ?? 'The game');
  }

  override render(): ReactNode {
    return this.state.error ? null : this.props.children;
  }
}
