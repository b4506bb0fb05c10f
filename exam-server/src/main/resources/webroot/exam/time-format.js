// Remaining time as shown on screen ("1:44:09", "9:05") and as read aloud ("1 heure 44 minutes").

export function formatClock(totalSeconds) {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

export function formatSpoken(totalSeconds) {
  const minutes = Math.max(0, Math.ceil(totalSeconds / 60));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [];
  // A no-break space keeps a number on the line of its unit.
  if (h > 0) parts.push(`${h}\u00a0heure${h > 1 ? 's' : ''}`);
  if (m > 0 || h === 0) parts.push(`${m}\u00a0minute${m > 1 ? 's' : ''}`);
  return parts.join(' ');
}
