// The loading bar over the view while the memory is prepared: the level built, its shaders compiled, the glow
// loaded. It never takes clicks (the start screen under it stays usable).
export interface LoadingStage {
  label: string;
  done: boolean;
}

export function LoadingBar({ stages }: { stages: LoadingStage[] }) {
  const done = stages.filter((s) => s.done).length;
  if (done === stages.length) return null;
  const current = stages.find((s) => !s.done);
  const share = Math.round((100 * (done + 0.5)) / stages.length);
  return (
    <div
      className="view-loading"
      role="progressbar"
      aria-label="Loading the dream"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={share}
    >
      <div className="view-loading-label">{current?.label}</div>
      <div className="view-loading-track">
        <div className="view-loading-fill" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
