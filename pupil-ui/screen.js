// What every pupil screen shares: a card whose title takes the focus (screen readers start there), and errors.
import { french } from '/exam/typography.js';
import { h } from '/invigilator/format.js';
import { describeFailure } from './pupil-api.js';

/** An empty alert line: screen readers read it out as soon as a message is put in it. */
export function errorBox() {
  return h('p', { className: 'error', role: 'alert' });
}

/** Writes the failure in `box`, scrolled into view: on a phone it is often below the fold, under the button. */
export function showError(box, failure) {
  box.textContent = french(typeof failure === 'string' ? failure : describeFailure(failure));
  box.scrollIntoView({ block: 'nearest' });
}

/** Replaces the page with a card titled `title`, and moves the focus to that title. */
export function screen(main, title, ...content) {
  document.title = `${title} — Espace élève — Certamen`;
  const heading = h('h1', { tabindex: '-1' }, french(title));
  main.replaceChildren(h('section', { className: 'screen' }, heading, ...content));
  heading.focus();
  return heading;
}
