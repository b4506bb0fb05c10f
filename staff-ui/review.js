// A session's review: its facts and report, one row per candidate, jury actions and publication.
import { h, frenchDate, clockTime } from '/invigilator/format.js';
import { confirmDialog, infoDialog } from '/invigilator/dialogs.js';
import { INCIDENT_CATEGORIES, EVENT_LABELS } from '/invigilator/labels.js';
import { staffLogin, describeFailure, showFailure } from './staff-api.js';
import { RESULT_STATUSES, STATUS_REASONS, JURY_ACTIONS, CHANGES, ALERT_DECISIONS, RESOLVERS, plural } from './labels.js';

export async function showReview(page, sessionId, notice) {
  const status = h('div', { role: 'status', 'aria-live': 'polite' },
    notice && h('p', { className: 'success' }, notice));
  page.replaceChildren(h('p', {}, h('a', { href: '#/sessions' }, '← Retour aux sessions à publier')),
    h('h1', { tabindex: '-1' }, `Session ${sessionId}`), status);
  page.querySelector('h1').focus();
  let session; let finalization; let results;
  try {
    const base = `/api/sessions/${encodeURIComponent(sessionId)}`;
    [session, finalization, results] = await Promise.all([
      staffLogin.request('GET', base), staffLogin.request('GET', `${base}/finalization`), staffLogin.request('GET', `${base}/results`)]);
  } catch (failure) {
    status.append(h('p', { className: 'error' }, describeFailure(failure)));
    return;
  }
  const names = new Map(session.candidates.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const context = { page, sessionId, finalization, names };
  page.append(h('div', { className: 'review-top' }, h('section', {},
    h('h2', {}, 'La session'),
    h('dl', { className: 'facts' },
      fact('Centre', session.centre), fact('Date', `${frenchDate(session.date)} à ${session.time.replace(':', ' h ')}`),
      fact('Adresse', session.address), fact('Salle', session.room), fact('Examinateur ou examinatrice', session.examiner),
      fact('Finalisée', `le ${frenchDate(finalization.finalizedAt.slice(0, 10))} à ${clockTime(finalization.finalizedAt)}`),
      fact('Publication', finalization.published ? `publiée par ${finalization.publishedBy}` : 'pas encore publiée'))),
  h('section', {},
    h('h2', {}, 'Rapport du surveillant ou de la surveillante'),
    h('dl', { className: 'facts' },
      fact('Commentaire global', finalization.comment || 'aucun'),
      fact('Difficulté de connexion à la session', finalization.hasJoiningIssue ? 'oui' : 'non')),
    finalization.incidents.length === 0 ? h('p', {}, 'Aucun incident signalé.')
      : h('ul', { className: 'incidents' }, finalization.incidents.map((i) => h('li', {}, incidentText(i, names)))))),
    h('h2', { id: 'results' }, `Résultats (${plural(results.length, 'candidat·e', 'candidat·es')})`),
    resultsTable(results, context),
    !finalization.published && h('div', { className: 'toolbar' },
      h('button', { type: 'button', onclick: () => publish(context) }, 'Publier les résultats de cette session')));
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

function incidentText(incident, names) {
  const who = incident.candidateId ? names.get(incident.candidateId) ?? incident.candidateId : 'toute la salle';
  const question = incident.questionNumber ? `, question ${incident.questionNumber}` : '';
  return `${INCIDENT_CATEGORIES[incident.category] ?? incident.category} — ${who}${question} : ${incident.description ?? ''}`;
}

function scoreText(result) {
  if (result.status !== 'validated') return '—';
  return `${result.score} / ${result.maxScore} (entre ${result.scoreInterval.low} et ${result.scoreInterval.high})`;
}

function resultsTable(results, context) {
  return h('table', { className: 'results' },
    h('caption', { className: 'visually-hidden' }, 'Résultat de chaque candidat ou candidate'),
    h('thead', {}, h('tr', {}, ['Candidat·e', 'Statut', 'Score (intervalle à 95 %)', 'Niveau global', 'Écart type', 'Réponses', 'Actions']
      .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, results.map((result) => {
      const name = `${result.firstName} ${result.lastName}`;
      return h('tr', { 'data-candidate': result.candidateId },
        h('th', { scope: 'row' }, name, h('br'), h('span', { className: 'hint' }, result.division ?? '')),
        h('td', {}, h('span', { className: `status-${result.status}` }, RESULT_STATUSES[result.status] ?? result.status),
          result.statusReason && h('span', {}, ` (${STATUS_REASONS[result.statusReason] ?? result.statusReason})`),
          result.neutralizedQuestions.length > 0 && h('p', { className: 'hint' },
            `Question${result.neutralizedQuestions.length > 1 ? 's' : ''} neutralisée${result.neutralizedQuestions.length > 1 ? 's' : ''} : ${result.neutralizedQuestions.join(', ')}`)),
        h('td', { className: 'score' }, scoreText(result)),
        h('td', {}, result.globalLevel ?? '—',
          result.status === 'validated' && h('details', {}, h('summary', {}, 'Niveaux par compétence'),
            h('ul', { className: 'levels' }, Object.entries(result.competenceLevels).map(([code, level]) => h('li', {}, `${code} : ${level}`))))),
        h('td', { className: 'standard-error' }, result.standardError == null ? '—' : result.standardError.toFixed(3).replace('.', ',')),
        h('td', {}, String(result.answeredQuestions)),
        h('td', {},
          !context.finalization.published && h('button', { type: 'button', onclick: () => juryAction(context, result, name) },
            h('span', {}, 'Décision du jury'), h('span', { className: 'visually-hidden' }, ` pour ${name}`)),
          h('button', { type: 'button', className: 'link', onclick: () => history(context, result, name) },
            'Historique', h('span', { className: 'visually-hidden' }, ` de ${name}`)),
          h('button', { type: 'button', className: 'link', onclick: () => events(context, result, name) },
            'Journal', h('span', { className: 'visually-hidden' }, ` de ${name}`))));
    })));
}

async function juryAction(context, result, name) {
  const incidents = context.finalization.incidents.filter((i) => i.candidateId === result.candidateId);
  const candidatePath = `/api/sessions/${encodeURIComponent(context.sessionId)}/candidates/${encodeURIComponent(result.candidateId)}`;
  let seen = [];
  try {
    seen = await staffLogin.request('GET', `${candidatePath}/questions`);
  } catch {
    // Without the questions' text, the dialog still offers their numbers.
  }
  const instructions = new Map(seen.map((q) => [String(q.number), q]));
  const questionText = h('p', { id: 'question-text', className: 'question-text', 'aria-live': 'polite' });
  const questionHint = h('p', { id: 'question-incident', className: 'hint', 'aria-live': 'polite' });
  const questions = h('select', { id: 'jury-question', name: 'questionNumber', 'aria-describedby': 'question-text question-incident' },
    Array.from({ length: Math.max(result.answeredQuestions, seen.length) }, (_, i) => h('option', { value: String(i + 1) }, `Question ${i + 1}`)));
  const reported = incidents.find((i) => i.questionNumber);
  if (reported) questions.value = String(reported.questionNumber);
  const describeQuestion = () => {
    const incident = incidents.find((i) => String(i.questionNumber) === questions.value);
    const question = instructions.get(questions.value);
    questionText.textContent = question?.instruction
      ? `Consigne de la question ${questions.value} : ${question.instruction} (item ${question.itemId})`
      : `Consigne de la question ${questions.value} indisponible.`;
    questionHint.textContent = incident
      ? `Incident signalé sur la question ${questions.value} : ${incident.description}`
      : `Aucun incident signalé sur la question ${questions.value}.`;
  };
  questions.addEventListener('change', describeQuestion);
  describeQuestion();
  const questionField = h('div', { className: 'field' }, h('label', { for: 'jury-question' }, 'Question, numérotée comme le candidat ou la candidate l’a vue'), questions, questionText, questionHint);
  const kind = h('select', { id: 'jury-action', name: 'action' },
    Object.entries(JURY_ACTIONS).map(([value, label]) => h('option', { value }, label)));
  const needsComments = h('p', { className: 'hint', id: 'comments-hint' });
  const toggle = () => {
    questionField.hidden = kind.value !== 'neutralize';
    needsComments.textContent = kind.value === 'cancel' || kind.value === 'reject'
      ? 'Les deux commentaires sont obligatoires pour cette décision.' : 'Commentaires facultatifs.';
  };
  kind.addEventListener('change', toggle);
  if (!reported && incidents.some((i) => i.category === 'FRAUD')) kind.value = 'reject';
  toggle();
  const data = await confirmDialog({
    title: `Décision du jury — ${name}`,
    content: [
      incidents.length > 0 && h('ul', { className: 'incidents' }, incidents.map((i) => h('li', {}, incidentText(i, context.names)))),
      h('div', { className: 'field' }, h('label', { for: 'jury-action' }, 'Décision'), kind),
      questionField,
      needsComments,
      h('div', { className: 'field' }, h('label', { for: 'comment-candidate' }, 'Commentaire pour le candidat ou la candidate'),
        h('textarea', { id: 'comment-candidate', name: 'commentForCandidate', maxlength: 1000, rows: 2, 'aria-describedby': 'comments-hint' })),
      h('div', { className: 'field' }, h('label', { for: 'comment-organization' }, 'Commentaire pour l’établissement'),
        h('textarea', { id: 'comment-organization', name: 'commentForOrganization', maxlength: 1000, rows: 2, 'aria-describedby': 'comments-hint' })),
    ],
    confirmLabel: 'Voir le nouveau résultat',
  });
  if (!data) return;
  const action = { action: data.action };
  if (data.action === 'neutralize') action.questionNumber = Number(data.questionNumber);
  if (data.commentForCandidate) action.commentForCandidate = data.commentForCandidate;
  if (data.commentForOrganization) action.commentForOrganization = data.commentForOrganization;
  const status = context.page.querySelector('[role="status"]');
  try {
    const preview = await staffLogin.request('POST', `${candidatePath}/jury-action-previews`, { body: action });
    const confirmed = await confirmDialog({
      title: `Confirmer : ${JURY_ACTIONS[data.action].toLowerCase()} — ${name}`,
      content: [h('div', { className: 'preview' },
        h('p', {}, `Résultat actuel : ${RESULT_STATUSES[result.status]}, ${scoreText(result)}, niveau ${result.globalLevel ?? '—'}.`),
        h('p', {}, h('strong', {}, `Nouveau résultat : ${RESULT_STATUSES[preview.status]}, ${scoreText(preview)}, niveau ${preview.globalLevel ?? '—'}.`)))],
      confirmLabel: 'Confirmer la décision',
      danger: data.action === 'cancel' || data.action === 'reject',
    });
    if (!confirmed) return;
    await staffLogin.request('POST', `${candidatePath}/jury-actions`, { body: action });
    await showReview(context.page, context.sessionId, `Décision enregistrée pour ${name}.`);
  } catch (failure) {
    showFailure(status, failure);
  }
}

async function history(context, result, name) {
  const path = `/api/sessions/${encodeURIComponent(context.sessionId)}/candidates/${encodeURIComponent(result.candidateId)}/result-versions`;
  try {
    const versions = await staffLogin.request('GET', path);
    await infoDialog({ title: `Historique du résultat — ${name}`, content: [h('ol', {}, versions.map((v) => h('li', {},
      `${frenchDate(v.changedAt.slice(0, 10))} à ${clockTime(v.changedAt)} — ${CHANGES[v.change] ?? v.change} par ${v.changedBy} : ${RESULT_STATUSES[v.status]}, ${scoreText(v)}`)))] });
  } catch (failure) {
    showFailure(context.page.querySelector('[role="status"]'), failure);
  }
}

async function events(context, result, name) {
  const path = `/api/sessions/${encodeURIComponent(context.sessionId)}/candidates/${encodeURIComponent(result.candidateId)}/events`;
  try {
    const log = await staffLogin.request('GET', path);
    await infoDialog({ title: `Journal — ${name}`, content: [
      h('h3', {}, 'Alertes'),
      log.alerts.length === 0 ? h('p', {}, 'Aucune alerte.') : h('ul', { className: 'alerts' }, log.alerts.map((a) => h('li', {}, alertText(a)))),
      h('h3', {}, 'Événements'),
      h('ol', { className: 'event-log' }, log.events.map((e) => h('li', {},
        `${clockTime(e.at)} — ${EVENT_LABELS[e.type] ?? e.type}${e.detail ? ` : ${e.detail}` : ''}`)))] });
  } catch (failure) {
    showFailure(context.page.querySelector('[role="status"]'), failure);
  }
}

/** « 10:42 — signalement sur la question 3 (« image absente »). Résolution : signalement rejeté, par … à 10:45. » */
function alertText(alert) {
  const what = alert.kind === 'QUESTION'
    ? `Signalement sur la question ${alert.questionNumber}${alert.reason ? ` (« ${alert.reason} »)` : ''}`
    : 'Extension injoignable';
  let outcome;
  if (!alert.resolvedAt) outcome = 'aucune, l’alerte est restée ouverte';
  else if (alert.decision === 'test-ended') {
    outcome = `aucune décision, le test s’est terminé à ${clockTime(alert.resolvedAt)}${alert.closingReason ? ` (${alert.closingReason})` : ''}`;
  } else {
    const who = RESOLVERS[alert.resolvedBy] ?? alert.resolvedBy ?? 'personne non enregistrée';
    outcome = `${ALERT_DECISIONS[alert.decision] ?? alert.decision}, par ${who} à ${clockTime(alert.resolvedAt)}`;
  }
  return `${clockTime(alert.raisedAt)} — ${what}. Résolution : ${outcome}.`;
}

async function publish(context) {
  const confirmed = await confirmDialog({
    title: `Publier les résultats de la session ${context.sessionId} ?`,
    content: [h('p', {}, 'Les résultats publiés ne peuvent plus changer.')],
    confirmLabel: 'Publier',
  });
  if (!confirmed) return;
  try {
    await staffLogin.request('POST', `/api/sessions/${encodeURIComponent(context.sessionId)}/publication`);
    await showReview(context.page, context.sessionId, 'Résultats publiés.');
  } catch (failure) {
    showFailure(context.page.querySelector('[role="status"]'), failure);
  }
}
