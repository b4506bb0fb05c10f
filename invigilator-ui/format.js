// Small formatting helpers, kept pure so that they are easy to test.

/** "1 h 05 min", "12 min 30 s" or "45 s" for a number of seconds. */
export function duration(totalSeconds) {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min ${String(rest).padStart(2, '0')} s`;
  return `${rest} s`;
}

/** "14:05:09" in the browser's time zone for an ISO-8601 instant. */
export function clockTime(iso) {
  return new Date(iso).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** "28/11/2026" for "2026-11-28". */
export function frenchDate(isoDate) {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** "1 candidat", "0 candidat", "3 candidats": French puts 0 and 1 in the singular. */
export function count(n, singular, plural = `${singular}s`) {
  return `${n} ${Math.abs(n) < 2 ? singular : plural}`;
}

/**
 * "2026-12-03" for "03/12/2026" (or "3/12/2026"), null when it is not a real date. Date fields are typed as text,
 * as on the exam page, so that they read the French way whatever the browser's language.
 */
export function isoDate(frenchText) {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(frenchText ?? '');
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "09:05" for "9:05", "9h05" or "9 h 05"; null when it is not a time of day. */
export function isoTime(text) {
  const match = /^\s*(\d{1,2})\s*[:h]\s*(\d{2})\s*$/i.exec(text ?? '');
  if (!match) return null;
  const [hours, minutes] = match.slice(1).map(Number);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** 'alarm' past 60 s, 'warning' past 15 s, else '' — how late the candidate's page is. */
export function lateness(secondsSinceLastSeen) {
  if (secondsSinceLastSeen > 60) return 'alarm';
  if (secondsSinceLastSeen > 15) return 'warning';
  return '';
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'className') element.className = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}
