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
