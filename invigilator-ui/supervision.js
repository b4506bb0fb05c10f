// The invigilator's pages: login with the session number, the live supervision screen, the event log.
import { ConnectionError, describeFailure, request } from './api.js';
import { beep, unlockAudio } from './beep.js';
import { confirmDialog, infoDialog } from './dialogs.js';
import { openEventStream } from './event-stream.js';
import { showFinalisation } from './finalisation.js';
import { clockTime, count, duration, h, lateness } from './format.js';
import {
  CERTIFIABILITY_LABELS, EVENT_LABELS, FINISHED, NEEDS_INVIGILATOR, STAGE_LABELS, STATUS_LABELS, STATUS_ORDER,
} from './labels.js';
import { centreLogin, forgetInvigilatorToken, invigilatorToken, saveInvigilatorToken } from './session-store.js';

const UNDERWAY = new Set(['IN_PROGRESS', 'PAUSED_QUESTION_ALERT', 'PAUSED_EXTENSION_ALERT']);
/** Statuses of a candidate who never started: they may still be marked absent. */
const NOT_STARTED = new Set(['REGISTERED', 'WAITING_AUTHORIZATION']);
/** How long a grown count of blocked attempts stays highlighted. */
const GROWTH_HIGHLIGHT_MILLIS = 60_000;
/** The columns of the supervision table and their share of its width, fixed so that nothing jumps. */
// Their widths are in style.css: the page's CSP refuses style attributes.
const COLUMNS = ['Candidat·e', 'Statut', 'Question', 'Temps restant', 'Vu il y a', 'Extension', 'Alertes', 'Actions'];

export function showInvigilatorLogin(main) {
  document.title = 'Connexion surveillant — Certamen';
  const session = h('input', { name: 'sessionId', inputmode: 'numeric', autocomplete: 'off', required: true, id: 'session-number' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'off', required: true, id: 'invigilator-password' });
  const error = h('p', { className: 'error', role: 'alert', hidden: true });
  main.replaceChildren(h('section', { className: 'screen narrow' },
    h('h1', { tabindex: '-1' }, 'Surveillance d’une session'),
    h('form', {
      onsubmit: async (event) => {
        event.preventDefault();
        unlockAudio();
        error.hidden = true;
        try {
          const sessionId = session.value.trim();
          const login = await request('POST', '/api/invigilator-sessions', { body: { sessionId, password: password.value } });
          saveInvigilatorToken(sessionId, login.token);
          location.hash = `#/surveillance/${sessionId}`;
        } catch (failure) {
          error.textContent = describeFailure(failure);
          error.hidden = false;
        }
      },
    },
    h('div', { className: 'field' }, h('label', { for: 'session-number' }, 'Numéro de session'), session),
    h('div', { className: 'field' }, h('label', { for: 'invigilator-password' }, 'Mot de passe surveillant'), password),
    error,
    h('button', { type: 'submit' }, 'Ouvrir la surveillance'))));
}

/** Whether the candidate needs the invigilator now, and why (French, for the row's cue). */
export function attentionReason(line, secondsSinceLastSeen) {
  if (line.alerts.length > 0) return 'signalement à traiter';
  if (line.status === 'WAITING_AUTHORIZATION') return 'présence à confirmer';
  if (line.status === 'WAITING_RESUME') return 'reprise à autoriser';
  if (line.status === 'ENDED_TECHNICAL') return 'test interrompu par un problème technique : à signaler à la finalisation';
  if (NEEDS_INVIGILATOR.has(line.status)) return 'à traiter';
  if (UNDERWAY.has(line.status) && secondsSinceLastSeen > 60) return 'aucun signe de sa page depuis plus d’une minute';
  return null;
}

export function showSupervision(main, sessionId) {
  const token = invigilatorToken(sessionId) || centreLogin.current()?.token;
  if (!token) {
    location.hash = '#/surveillance';
    return undefined;
  }
  document.title = `Surveillance de la session ${sessionId} — Certamen`;
  unlockAudio();

  let view = null;
  let receivedAt = 0;
  let needing = new Set();
  let finalising = false;
  let rendered = [];

  const connection = h('p', { id: 'connection', className: 'connection', role: 'status' }, 'Connexion…');
  const counts = h('ul', { className: 'counts', 'aria-label': 'Candidats par statut' });
  const attention = h('p', { className: 'attention', role: 'status', 'aria-live': 'assertive' });
  const feedback = h('p', { className: 'error', role: 'alert', hidden: true });
  const rows = h('tbody', {});
  const table = h('table', { className: 'supervision', id: 'supervision' },
    h('caption', { className: 'visually-hidden' }, 'Candidats et candidates de la session, ceux qui ont besoin de vous en premier'),
    h('colgroup', {}, COLUMNS.map(() => h('col'))),
    h('thead', {}, h('tr', {}, COLUMNS.map((title) => h('th', { scope: 'col' }, title)))),
    rows);
  const finaliseButton = h('button', { type: 'button', className: 'secondary', onclick: () => openFinalisation() }, 'Finaliser la session');
  /** Blocked attempts seen per candidate, and when they last grew. */
  const blocked = new Map();
  const header = h('header', { className: 'supervision-header' },
    h('h1', { tabindex: '-1' }, `Session ${sessionId}`),
    h('p', { id: 'access-code' }),
    connection,
    finaliseButton,
    h('button', {
      type: 'button', className: 'secondary',
      onclick: () => {
        forgetInvigilatorToken(sessionId);
        location.hash = '#/surveillance';
      },
    }, 'Quitter'));
  const page = h('section', { className: 'supervision-page' }, header, counts, attention, feedback, table);
  main.replaceChildren(page);

  const secondsSince = (iso) => {
    if (!iso || !view) return null;
    const serverNow = Date.parse(view.at) + (Date.now() - receivedAt);
    return Math.max(0, (serverNow - Date.parse(iso)) / 1000);
  };

  const remaining = (line) => {
    const elapsed = line.status === 'IN_PROGRESS' ? (Date.now() - receivedAt) / 1000 : 0;
    return Math.max(0, line.remainingSeconds - elapsed);
  };
  const closed = () => view?.stage === 'finalized' || view?.stage === 'published';

  async function act(action, success) {
    feedback.hidden = true;
    try {
      await action();
      if (success) success();
    } catch (failure) {
      feedback.textContent = failure instanceof ConnectionError
        ? 'Action non envoyée : la connexion au serveur est perdue. Réessayez dans un instant.'
        : describeFailure(failure);
      feedback.hidden = false;
    }
  }

  const candidatePath = (line) => `/api/sessions/${sessionId}/candidates/${line.candidateId}`;
  const fullName = (line) => `${line.lastName} ${line.firstName}`;

  function authorize(line) {
    act(() => request('POST', `${candidatePath(line)}/authorize-start`, { token, body: {} }));
  }

  async function markAbsent(line) {
    const confirmed = await confirmDialog({
      title: `Noter l’absence de ${fullName(line)} ?`,
      content: [h('p', {}, 'L’absence figurera sur la feuille d’émargement et dans les résultats. '
        + 'Si la personne arrive ensuite, elle pourra encore entrer : vous autoriserez alors son début.')],
      confirmLabel: 'Noter l’absence',
    });
    if (confirmed) act(() => request('POST', `${candidatePath(line)}/mark-absent`, { token, body: {} }));
  }

  async function resolve(line, alert, decision) {
    if (decision !== 'extension-back') {
      const validate = decision === 'validate';
      const confirmed = await confirmDialog({
        title: validate ? `Valider le signalement de ${fullName(line)} ?` : `Rejeter le signalement de ${fullName(line)} ?`,
        content: [h('p', {}, validate
          ? 'La question sera neutralisée et remplacée par une autre de la même compétence. Cette décision est définitive.'
          : 'Le test reprendra à la même question. Cette décision est définitive.')],
        confirmLabel: validate ? 'Valider et remplacer la question' : 'Rejeter le signalement',
      });
      if (!confirmed) return;
    }
    act(() => request('POST', `${candidatePath(line)}/alerts/${alert.id}/resolve`, { token, body: { decision } }));
  }

  async function endTest(line) {
    const confirmed = await confirmDialog({
      title: `Terminer le test de ${fullName(line)} ?`,
      content: [
        h('p', {}, 'Plus aucune réponse ne sera possible. Cette action est définitive.'),
        h('div', { className: 'field' },
          h('label', { for: 'end-reason' }, 'Motif (il figurera au procès-verbal)'),
          h('textarea', { id: 'end-reason', name: 'reason', required: true, maxlength: '500', rows: '3' })),
      ],
      confirmLabel: 'Terminer le test',
      danger: true,
    });
    if (confirmed) act(() => request('POST', `${candidatePath(line)}/end-test`, { token, body: { reason: confirmed.reason } }));
  }

  async function showLog(line) {
    try {
      const log = await request('GET', `${candidatePath(line)}/events`, { token });
      await infoDialog({
        title: `Journal de ${fullName(line)}`,
        content: [log.events.length === 0 ? h('p', {}, 'Aucun événement : cette personne n’est pas encore entrée.')
          : h('ol', { className: 'event-log' }, log.events.map((event) => h('li', {},
            h('time', { datetime: event.at }, clockTime(event.at)), ' — ', EVENT_LABELS[event.type] ?? 'Événement',
            event.detail ? ` : ${event.detail}` : '')))],
      });
    } catch (failure) {
      feedback.textContent = describeFailure(failure);
      feedback.hidden = false;
    }
  }

  function alertCell(line) {
    return line.alerts.map((alert) => h('div', { className: 'alert-item' },
      alert.kind === 'QUESTION'
        ? [h('span', {}, `Signalement Q${alert.questionNumber ?? '?'}${alert.reason ? ` : ${alert.reason}` : ''} (${clockTime(alert.raisedAt)})`),
          h('button', { type: 'button', 'data-focus': `validate-${alert.id}`, onclick: () => resolve(line, alert, 'validate') }, 'Valider'),
          h('button', { type: 'button', className: 'secondary', 'data-focus': `dismiss-${alert.id}`, onclick: () => resolve(line, alert, 'dismiss') }, 'Rejeter')]
        : [h('span', {}, `Extension injoignable (${clockTime(alert.raisedAt)})`),
          h('button', { type: 'button', 'data-focus': `back-${alert.id}`, onclick: () => resolve(line, alert, 'extension-back') }, 'Extension revenue')]));
  }

  /** The extension's version, a mark when blocking is off, and the blocked attempts (highlighted when they grow). */
  function extensionCell(line) {
    if (!line.extensionVersion) return h('span', { className: 'muted' }, '—');
    const attempts = line.blockedAttempts ?? 0;
    const seen = blocked.get(line.candidateId);
    if (!seen || attempts > seen.count) {
      blocked.set(line.candidateId, { count: attempts, grewAt: seen ? Date.now() : 0 });
    }
    const grew = Date.now() - (blocked.get(line.candidateId).grewAt || 0) < GROWTH_HIGHLIGHT_MILLIS;
    return [
      h('span', { className: 'version' }, `v${line.extensionVersion}`),
      line.blockingActive ? '' : h('span', { className: 'blocking-off' }, ' ⚠ blocage inactif'),
      attempts > 0 ? h('span', {
        className: grew ? 'blocked grew' : 'blocked',
        title: 'Sites bloqués par l’extension depuis son installation',
      }, ` ${count(attempts, 'site bloqué', 'sites bloqués')}`) : '',
    ];
  }

  function actionCell(line) {
    const buttons = [];
    if (closed()) return buttons;
    if (NOT_STARTED.has(line.status)) {
      buttons.push(h('button', {
        type: 'button', className: 'secondary', 'data-focus': `absent-${line.candidateId}`,
        'aria-label': `Noter l’absence de ${fullName(line)}`, onclick: () => markAbsent(line),
      }, 'Absent·e'));
    }
    if (line.status === 'WAITING_AUTHORIZATION') {
      buttons.push(h('button', { type: 'button', 'data-focus': `authorize-${line.candidateId}`, onclick: () => authorize(line) }, 'Autoriser le début'));
    }
    if (line.status === 'WAITING_RESUME') {
      buttons.push(h('button', { type: 'button', 'data-focus': `authorize-${line.candidateId}`, onclick: () => authorize(line) }, 'Autoriser la reprise'));
    }
    if (UNDERWAY.has(line.status) || line.status === 'WAITING_RESUME') {
      buttons.push(h('button', {
        type: 'button', className: 'danger', 'data-focus': `end-${line.candidateId}`,
        'aria-label': `Terminer le test de ${fullName(line)}`, onclick: () => endTest(line),
      }, 'Terminer'));
    }
    return buttons;
  }

  function render() {
    if (!view) return;
    document.getElementById('access-code').textContent = `Code d’accès : ${view.accessCode}`;
    counts.replaceChildren(...STATUS_ORDER.filter((status) => view.counts[status] > 0 || status === 'IN_PROGRESS')
      .map((status) => h('li', { 'data-status': status }, h('strong', {}, String(view.counts[status] ?? 0)), ` ${STATUS_LABELS[status]}`)));

    const lines = view.candidates.map((line) => {
      const seen = secondsSince(line.lastSeenAt);
      return { line, seen, reason: attentionReason(line, seen ?? 0) };
    });
    lines.sort((a, b) => (a.reason ? 0 : 1) - (b.reason ? 0 : 1)
      || (a.reason && b.reason ? firstAlertTime(a.line).localeCompare(firstAlertTime(b.line)) : 0)
      || a.line.lastName.localeCompare(b.line.lastName, 'fr') || a.line.firstName.localeCompare(b.line.firstName, 'fr'));

    const nowNeeding = new Set(lines.filter((l) => l.reason).map((l) => l.line.candidateId));
    if ([...nowNeeding].some((id) => !needing.has(id))) {
      beep();
      page.classList.remove('flash');
      void page.offsetWidth; // restarts the flash animation
      page.classList.add('flash');
    }
    needing = nowNeeding;
    document.title = `${nowNeeding.size > 0 ? `(${nowNeeding.size}) ` : ''}Surveillance de la session ${sessionId} — Certamen`;
    attention.textContent = nowNeeding.size > 0
      ? `${count(nowNeeding.size, 'personne')} ${nowNeeding.size > 1 ? 'ont' : 'a'} besoin de vous.`
      : 'Aucune action en attente.';
    attention.classList.toggle('active', nowNeeding.size > 0);
    showStage();

    const focused = document.activeElement?.dataset?.focus;
    // A session where nobody's profile is known (planned by staff, without profiles) shows no certifiability at all.
    const showsCertifiability = lines.some(({ line }) => line.certifiability && line.certifiability !== 'UNKNOWN_PROFILE');
    rendered = lines.map(({ line, seen, reason }) => {
      const remainingCell = h('td', { className: 'remaining' });
      const seenCell = h('td', { className: 'seen' });
      const row = h('tr', { 'data-candidate': line.candidateId },
        h('th', { scope: 'row', title: reason ? `${fullName(line)} : ${reason}` : fullName(line) },
          h('button', { type: 'button', className: 'link', 'data-focus': `log-${line.candidateId}`, onclick: () => showLog(line),
            title: 'Voir le journal' }, fullName(line)),
          line.extraTimePercentage ? h('span', { className: 'tag' }, ` +${line.extraTimePercentage} %`) : '',
          showsCertifiability && line.certifiability !== 'CERTIFIABLE'
            ? h('span', { className: `tag certifiability ${line.certifiability}` }, ` ${CERTIFIABILITY_LABELS[line.certifiability]}`) : '',
          reason ? h('span', { className: 'cue' }, ` ⚠ ${reason}`) : ''),
        h('td', { className: 'status' }, STATUS_LABELS[line.status] ?? line.status),
        h('td', { className: 'progress' }, `${line.answered} / ${line.questionCount}`),
        remainingCell,
        seenCell,
        h('td', { className: 'extension' }, extensionCell(line)),
        h('td', { className: 'alerts' }, alertCell(line)),
        h('td', { className: 'actions' }, h('div', { className: 'action-buttons' }, actionCell(line))));
      return { line, row, remainingCell, seenCell, reason };
    });
    rows.replaceChildren(...rendered.map((entry) => entry.row));
    tick();
    if (focused) rows.querySelector(`[data-focus="${focused}"]`)?.focus();
  }

  /** Moves the clocks of the rows without rebuilding them (a rebuild under the pointer would lose clicks). */
  function tick() {
    let changed = false;
    for (const entry of rendered) {
      const seen = secondsSince(entry.line.lastSeenAt);
      const late = UNDERWAY.has(entry.line.status) && seen !== null && !closed() ? lateness(seen) : '';
      const over = FINISHED.has(entry.line.status) || closed();
      // A finished test has no time left and no page to watch: dashes, not clocks that keep moving.
      entry.remainingCell.textContent = over ? '—' : duration(remaining(entry.line));
      entry.seenCell.textContent = seen === null || over ? '—' : duration(seen);
      entry.seenCell.className = `seen ${late}`;
      entry.row.className = [entry.reason ? 'needs-invigilator' : '', late].join(' ').trim();
      changed ||= Boolean(attentionReason(entry.line, seen ?? 0)) !== Boolean(entry.reason);
    }
    if (changed) render();
  }

  /** Once finalised the page is a read-only record: no live badge, no finalisation, no actions. */
  function showStage() {
    const done = closed();
    finaliseButton.hidden = done;
    attention.hidden = done;
    if (done) {
      connection.className = 'connection closed';
      connection.textContent = view.stage === 'published' ? 'Session finalisée — résultats publiés' : `Session ${STAGE_LABELS.finalized}`;
    }
  }

  function firstAlertTime(line) {
    return line.alerts[0]?.raisedAt ?? '9';
  }

  function openFinalisation() {
    if (!view || finalising) return;
    finalising = true;
    showFinalisation({ sessionId, token, view }).finally(() => {
      finalising = false;
    });
  }

  const stream = openEventStream(`/api/sessions/${sessionId}/supervision/events`, token, {
    onEvent: (name, data) => {
      if (name !== 'supervision') return;
      view = data;
      receivedAt = Date.now();
      render();
    },
    onState: (state) => {
      if (closed() && state === 'open') return;
      connection.className = `connection ${state}`;
      connection.textContent = {
        open: 'En direct',
        lost: 'Connexion perdue, reconnexion…',
        refused: 'Accès expiré : reconnectez-vous.',
      }[state];
      if (state === 'refused') {
        connection.append(' ', h('a', { href: '#/surveillance' }, 'Connexion surveillant'));
      }
    },
  });
  const ticker = setInterval(tick, 1000);
  page.querySelector('h1').focus();
  return () => {
    stream.close();
    clearInterval(ticker);
  };
}
