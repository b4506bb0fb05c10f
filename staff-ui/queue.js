// The queue: finalised sessions waiting for publication, those that need a person on top.
import { h, frenchDate, isoDate } from '/invigilator/format.js';
import { confirmDialog } from '/invigilator/dialogs.js';
import { staffLogin, getOrShowFailure, showFailure } from './staff-api.js';
import { REVIEW_REASONS, plural } from './labels.js';

export async function showQueue(page) {
  const status = h('div', { role: 'status', 'aria-live': 'polite' });
  page.replaceChildren(h('h1', { tabindex: '-1' }, 'Sessions à publier'), status);
  page.querySelector('h1').focus();
  const sessions = await getOrShowFailure('/api/finalized-sessions', status);
  if (!sessions) return;
  if (sessions.length === 0) {
    page.append(h('p', {}, 'Aucune session finalisée n’attend la publication.'));
    return;
  }
  // Oldest first from the server; those that need a person go on top, keeping that order.
  sessions.sort((a, b) => Number(b.needsPerson) - Number(a.needsPerson));
  const ready = sessions.filter((s) => !s.needsPerson).length;
  const centres = [...new Set(sessions.map((s) => s.centre))].sort();
  const filters = {
    centre: h('select', { id: 'filter-centre' }, h('option', { value: '' }, 'Tous les centres'),
      centres.map((c) => h('option', { value: c }, c))),
    // Typed the French way (jj/mm/aaaa) whatever the browser's language, as in the centre's app.
    date: h('input', {
      id: 'filter-date', inputmode: 'numeric', autocomplete: 'off', placeholder: 'jj/mm/aaaa',
      title: 'Une date sous la forme jj/mm/aaaa, par exemple 03/12/2026',
    }),
    reason: h('select', { id: 'filter-reason' }, h('option', { value: '' }, 'Toutes'),
      h('option', { value: 'NONE' }, 'Prêtes à publier'),
      Object.entries(REVIEW_REASONS).map(([code, label]) => h('option', { value: code }, label))),
  };
  const body = h('tbody');
  const publishButton = h('button', { type: 'button', onclick: () => publishSelected(page, body, status) },
    'Publier les sessions sélectionnées');
  const render = () => body.replaceChildren(...sessions.filter((s) =>
    (!filters.centre.value || s.centre === filters.centre.value)
    && (!filters.date.value.trim() || s.date === isoDate(filters.date.value))
    && (!filters.reason.value || (filters.reason.value === 'NONE' ? !s.needsPerson : s.reasons.includes(filters.reason.value))))
    .map(row));
  Object.values(filters).forEach((filter) => filter.addEventListener('change', render));
  render();
  page.append(
    h('p', {}, `${plural(sessions.length, 'session finalisée attend', 'sessions finalisées attendent')} la publication, `
      + `dont ${plural(ready, 'prête', 'prêtes')} à publier sans examen.`),
    h('div', { className: 'filters' },
      h('div', { className: 'field' }, h('label', { for: 'filter-centre' }, 'Centre'), filters.centre),
      h('div', { className: 'field' }, h('label', { for: 'filter-date' }, 'Date'), filters.date),
      h('div', { className: 'field' }, h('label', { for: 'filter-reason' }, 'À examiner'), filters.reason)),
    h('table', {},
      h('caption', { className: 'visually-hidden' }, 'Sessions finalisées, celles à examiner en premier'),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Sélection'), h('th', { scope: 'col' }, 'Session'),
        h('th', { scope: 'col' }, 'Centre'), h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Résultats'), h('th', { scope: 'col' }, 'À examiner'))),
      body),
    h('div', { className: 'toolbar' },
      h('button', { type: 'button', className: 'secondary', onclick: () => body.querySelectorAll('input[data-ready="true"]')
        .forEach((box) => { box.checked = true; }) }, 'Sélectionner les sessions prêtes'),
      publishButton));
}

function row(session) {
  const select = h('input', { type: 'checkbox', name: 'publish', value: session.sessionId,
    'data-ready': String(!session.needsPerson),
    'aria-label': `Sélectionner la session ${session.sessionId} (${session.centre})` });
  return h('tr', {},
    h('td', {}, select),
    h('th', { scope: 'row' }, h('a', { href: `#/sessions/${encodeURIComponent(session.sessionId)}` }, session.sessionId)),
    h('td', {}, session.centre),
    h('td', {}, frenchDate(session.date)),
    h('td', {}, plural(session.resultCount, 'candidat·e', 'candidat·es')),
    h('td', {}, session.reasons.length === 0 ? 'Rien à examiner'
      : h('ul', { className: 'reasons' }, session.reasons.map((r) => h('li', {}, REVIEW_REASONS[r] ?? r)))));
}

async function publishSelected(page, body, status) {
  const selected = [...body.querySelectorAll('input[name="publish"]:checked')];
  const sessionIds = selected.map((box) => box.value);
  const toReview = selected.filter((box) => box.dataset.ready === 'false').length;
  if (sessionIds.length === 0) {
    status.replaceChildren(h('p', { className: 'error' }, 'Sélectionnez d’abord les sessions à publier.'));
    return;
  }
  const confirmed = await confirmDialog({
    title: `Publier ${plural(sessionIds.length, 'session', 'sessions')} ?`,
    content: [h('p', {}, 'Les résultats publiés ne peuvent plus changer. Les centres et les familles y auront accès.'),
      toReview > 0 && h('p', { className: 'notice' }, `Dont ${plural(toReview, 'session signalée', 'sessions signalées')} à examiner : `
        + 'publiez-les seulement après avoir pris les décisions du jury.')],
    confirmLabel: 'Publier',
  });
  if (!confirmed) return;
  try {
    const outcome = await staffLogin.request('POST', '/api/publications', { body: { sessionIds } });
    await showQueue(page);
    const refusals = outcome.refused.map((r) => h('li', {}, `Session ${r.sessionId} : ${r.detail}`));
    page.querySelector('[role="status"]').replaceChildren(
      h('p', { className: 'success' }, `${plural(outcome.published.length, 'session publiée', 'sessions publiées')}.`),
      ...(refusals.length > 0 ? [h('ul', { className: 'error' }, refusals)] : []));
  } catch (failure) {
    showFailure(status, failure);
  }
}
