// How times and counts are written in the menus.

/** 83.4 → "1:23.4"; 3723 → "1:02:03.0" */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds - h * 3600) / 60);
  const s = seconds - h * 3600 - m * 60;
  const sec = s.toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** "1 memory", "3 memories" */
export function memories(n: number): string {
  return n === 1 ? '1 memory' : `${n} memories`;
}
