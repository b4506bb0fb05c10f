// The candidate's exam page: entry, waiting, extension check, questions, pauses and the end, driven by the server's
// state. The server owns the clock and the test; this page only shows them and keeps the candidate informed.
import { ApiError, ConnectionError, request, requestWithRetry } from './api.js';
import { isoDate } from './birthdate.js';
import { ExtensionLink, SILENCE_LIMIT_MILLIS } from './extension-link.js';
import { readAnswer, renderQuestion, setBusy } from './question-form.js';
import { refusalMessage } from './refusals.js';
import { french } from './typography.js';
import { formatClock, formatSpoken } from './time-format.js';

const TOKEN_KEY = 'certamen.candidateToken';
const NAME_KEY = 'certamen.candidateName';
const POLL_MILLIS = 2000;
const HEARTBEAT_MILLIS = 5000;
const PING_MILLIS = 1000;
const ANNOUNCED_MINUTES = [30, 15, 5, 1];
const ENDED = new Set(['COMPLETED', 'ENDED_BY_INVIGILATOR', 'ENDED_TIME_UP', 'ENDED_TECHNICAL']);
const PAUSED = new Set(['PAUSED_QUESTION_ALERT', 'PAUSED_EXTENSION_ALERT']);

const $ = (id) => document.getElementById(id);
const extension = new ExtensionLink(window);

const page = {
  token: sessionStorage.getItem(TOKEN_KEY),
  exam: null,
  screen: null,
  renderedQuestionId: null,
  deadlineAt: null, // performance.now() at which the server's time runs out, while the clock runs
  frozenSeconds: 0,
  busy: false, // an answer or an alert is travelling: polls must not redraw the question under it
  runningSince: 0,
  extensionAlertSent: false,
  checkingExtension: false,
  loops: [],
};

// ---- screens and messages

function showScreen(name) {
  if (page.screen === name) return;
  page.screen = name;
  for (const section of document.querySelectorAll('main > .screen')) section.hidden = section.id !== `screen-${name}`;
  $(`screen-${name}`).querySelector('h1').focus();
}

function announce(text) {
  $('announcer').textContent = french(text);
}

let connectionClear;
let offline = false;
function connectionLost(seconds) {
  offline = true;
  clearTimeout(connectionClear);
  const wait = seconds ? ` dans ${seconds} s` : '';
  const kept = page.busy ? ' Votre réponse est conservée et sera envoyée dès le retour de la connexion.' : '';
  $('connection').textContent = french(`Connexion perdue, nouvelle tentative${wait}…${kept}`);
  $('connection').classList.add('visible');
}

function connectionRestored() {
  if (!offline) return;
  offline = false;
  $('connection').textContent = 'Connexion rétablie.';
  clearTimeout(connectionClear);
  connectionClear = setTimeout(() => {
    $('connection').textContent = '';
    $('connection').classList.remove('visible');
  }, 4000);
}

const retryFeedback = { onRetry: connectionLost, onRecovered: connectionRestored };

// ---- the clock: always the server's remaining time, counted down locally between two responses

function syncClock(exam) {
  const seconds = Number(exam.remainingSeconds ?? 0);
  if (exam.status === 'IN_PROGRESS') {
    page.deadlineAt = performance.now() + seconds * 1000;
  } else {
    page.deadlineAt = null;
    page.frozenSeconds = seconds;
  }
  $('timer').hidden = !(exam.status === 'IN_PROGRESS' || PAUSED.has(exam.status));
  tick();
}

let lastAnnouncedMinute = Infinity;
function tick() {
  if ($('timer').hidden) return;
  const running = page.deadlineAt !== null;
  const seconds = running ? Math.max(0, (page.deadlineAt - performance.now()) / 1000) : page.frozenSeconds;
  $('timer').textContent = french(`Temps restant : ${formatClock(seconds)}${running ? '' : ' (arrêté)'}`);
  const minute = ANNOUNCED_MINUTES.find((m) => seconds <= m * 60 && m < lastAnnouncedMinute);
  if (running && minute !== undefined) {
    lastAnnouncedMinute = minute;
    if (seconds > minute * 60 - 5) announce(`Attention : il reste ${formatSpoken(seconds)}.`);
  }
  if (running && seconds <= 0) refresh();
}

// ---- applying the server's state

function apply(exam) {
  const previous = page.exam?.status;
  page.exam = exam;
  syncClock(exam);
  const status = exam.status;
  if (status === 'IN_PROGRESS' && previous !== 'IN_PROGRESS') {
    page.runningSince = performance.now();
    page.extensionAlertSent = false;
  }
  if (ENDED.has(status)) return finish(status);
  if (status === 'IN_PROGRESS' || PAUSED.has(status)) {
    if (previous === undefined || !(previous === 'IN_PROGRESS' || PAUSED.has(previous))) {
      extension.start(allowedDomains(exam.question));
    }
  }
  switch (status) {
    case 'IN_PROGRESS':
      return showQuestion(exam);
    case 'PAUSED_QUESTION_ALERT':
      $('paused-message').textContent = french('Votre signalement a été transmis à la personne qui surveille la salle, '
        + 'qui va l’examiner. Si la question est retirée, une autre vous sera proposée.');
      return showScreen('paused');
    case 'PAUSED_EXTENSION_ALERT':
      $('paused-message').textContent = french('L’extension Certamen ne répond plus. Levez la main : la personne qui '
        + 'surveille la salle a été prévenue et va venir vérifier votre navigateur.');
      return showScreen('paused');
    case 'AUTHORIZED':
      showStartText(exam);
      if (!['checking', 'extension', 'start'].includes(page.screen)) checkExtension();
      return undefined;
    default:
      showWaitingText(exam);
      return showScreen('waiting');
  }
}

/** Where a resumed test picks up: the next question's number and the time left, frozen meanwhile. */
function resumePoint(exam) {
  return `la question ${exam.questionIndex + 1} sur ${exam.questionCount}, avec ${formatSpoken(exam.remainingSeconds)} `
    + 'de temps restant';
}

function showWaitingText(exam) {
  const name = sessionStorage.getItem(NAME_KEY);
  $('waiting-identity').hidden = !name;
  $('waiting-name').textContent = name ?? '';
  if (exam.started) {
    $('waiting-title').textContent = 'En attente de l’autorisation de reprendre';
    $('waiting-message').textContent = french('Votre test a été interrompu ; votre temps est arrêté. La personne qui '
      + `surveille la salle doit autoriser sa reprise : vous reprendrez à ${resumePoint(exam)}. `
      + 'Restez sur cette page : elle se met à jour d’elle-même.');
  } else {
    $('waiting-title').textContent = 'En attente de l’autorisation de commencer';
    $('waiting-message').textContent = french('La personne qui surveille la salle doit confirmer votre présence et '
      + 'autoriser le début de votre test. Restez sur cette page : elle se met à jour d’elle-même.');
  }
}

function showStartText(exam) {
  if (exam.started) {
    $('start-title').textContent = 'Votre test peut reprendre';
    $('start-message').textContent = french(`Vous reprendrez à ${resumePoint(exam)}. `
      + 'Saisissez le code d’accès pour reprendre.');
    $('start-button').textContent = 'Reprendre le test';
  } else {
    $('start-title').textContent = 'Votre test peut commencer';
    $('start-message').textContent = french(`Le test comporte ${exam.questionCount} questions, présentées une par une. `
      + 'Une réponse validée ne peut plus être modifiée. Si vous ne savez pas répondre, choisissez « Je passe ». '
      + 'Le temps restant s’affiche en haut de l’écran.');
    $('start-button').textContent = 'Commencer le test';
  }
}

function allowedDomains(question) {
  return Array.isArray(question?.allowedDomains) ? question.allowedDomains : [];
}

function showQuestion(exam) {
  const { question } = exam;
  if (!question) return;
  if (question.id !== page.renderedQuestionId) {
    page.renderedQuestionId = question.id;
    $('question-title').textContent = `Question ${exam.questionIndex} / ${exam.questionCount}`;
    renderQuestion($('question-body'), question);
    $('question-error').textContent = '';
    closeReport();
    extension.question(allowedDomains(question));
    page.screen = null; // a new question always takes the focus, even from the previous question
  }
  showScreen('question');
}

function finish(status) {
  for (const loop of page.loops) clearInterval(loop);
  page.loops = [];
  extension.stop();
  forgetIdentity();
  $('timer').hidden = true;
  $('end-message').textContent = french({
    COMPLETED: 'Vous avez répondu à toutes les questions.',
    ENDED_TIME_UP: 'Le temps prévu pour le test est écoulé.',
    ENDED_BY_INVIGILATOR: 'La personne qui surveille la salle a mis fin à votre test.',
    ENDED_TECHNICAL: 'Le test s’est arrêté pour une raison technique : vos réponses sont enregistrées. Prévenez la personne qui surveille la salle.',
  }[status]);
  showScreen('end');
}

function forgetIdentity() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(NAME_KEY);
  page.token = null;
}

/** Refusals that mean this tab's access is gone (expired token, test not found): the pupil enters again. */
function isAccessLost(error) {
  return error.status === 401 || error.code === 'FORBIDDEN_SCOPE' || error.code === 'EXAM_NOT_FOUND';
}

function forgetToken(error) {
  forgetIdentity();
  page.exam = null;
  $('entry-error').textContent = refusalMessage(error.code ?? (error.status === 401 ? 'INVALID_TOKEN' : undefined));
  showScreen('entry');
}

// ---- polling, heartbeats and the extension watch

let refreshing = false;
async function refresh() {
  if (!page.token || page.busy || refreshing) return;
  refreshing = true;
  try {
    const exam = await request('GET', '/api/me/exam', { token: page.token });
    connectionRestored();
    if (!page.busy) apply(exam);
  } catch (error) {
    if (error instanceof ConnectionError) connectionLost();
    else if (isAccessLost(error)) forgetToken(error);
  } finally {
    refreshing = false;
  }
}

function sendHeartbeat() {
  if (!page.token) return;
  const status = extension.current();
  request('POST', '/api/me/heartbeat', {
    token: page.token,
    body: {
      extensionVersion: status?.version ?? null,
      blockingActive: status?.blockingActive ?? false,
      blockedAttempts: status?.blockedAttempts ?? 0,
    },
  }).catch(() => {}); // the polls already tell the candidate about a lost connection
}

function watchExtension() {
  extension.ping();
  const status = page.exam?.status;
  const underway = status === 'IN_PROGRESS' || PAUSED.has(status);
  const current = extension.current();
  // Blocking switched off while the test runs (browser restarted, or a stray stop): switch it on again.
  if (underway && current && current.blockingActive === false) extension.start(allowedDomains(page.exam.question));
  if (page.screen === 'extension' && current) showStartForm();
  const silentTooLong = performance.now() - page.runningSince > SILENCE_LIMIT_MILLIS;
  if (status === 'IN_PROGRESS' && !extension.isPresent() && silentTooLong && !page.extensionAlertSent) {
    raiseAlert({ kind: 'EXTENSION' });
  }
}

async function raiseAlert(body) {
  if (body.kind === 'EXTENSION') page.extensionAlertSent = true;
  page.busy = true;
  try {
    await requestWithRetry('POST', '/api/me/exam/alerts', { token: page.token, body }, retryFeedback);
  } catch (error) {
    if (isAccessLost(error)) forgetToken(error);
    else if (body.kind === 'QUESTION') $('question-error').textContent = refusalMessage(error.code);
  } finally {
    page.busy = false;
  }
  await refresh();
}

function startLoops() {
  if (page.loops.length > 0) return;
  page.loops.push(
    setInterval(refresh, POLL_MILLIS),
    setInterval(sendHeartbeat, HEARTBEAT_MILLIS),
    setInterval(watchExtension, PING_MILLIS),
    setInterval(tick, 1000),
  );
  watchExtension();
  sendHeartbeat();
  refresh();
}

// ---- entry

const NO_SERVER = 'Le serveur du test ne répond pas. Vérifiez la connexion, puis réessayez.';
const ENTRY_WORDING = {
  INVALID_FIELD: 'Un des champs est mal rempli : vérifiez le numéro de session, vos nom et prénom et votre date '
    + 'de naissance.',
};
const START_WORDING = { INVALID_FIELD: 'Ce code d’accès n’est pas valable. Vérifiez-le : il est annoncé ou écrit au tableau.' };
const ANSWER_WORDING = { INVALID_FIELD: 'Cette réponse n’a pas pu être enregistrée : vérifiez-la, puis validez à nouveau.' };

function firstEmpty(form) {
  return [...form.querySelectorAll('input[required]')].find((input) => input.value.trim() === '');
}

$('entry-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const empty = firstEmpty(form);
  for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
  if (empty) {
    empty.setAttribute('aria-invalid', 'true');
    $('entry-error').textContent = french(`Remplissez le champ « ${form.querySelector(`label[for="${empty.id}"]`).textContent} ».`);
    empty.focus();
    return;
  }
  const field = (name) => String(new FormData(form).get(name)).trim();
  const birthdate = isoDate(field('birthDay'), field('birthMonth'), field('birthYear'));
  if (birthdate === null) {
    $('entry-error').textContent = french('La date de naissance n’existe pas : vérifiez le jour, le mois et l’année (4 chiffres).');
    $('birth-day').setAttribute('aria-invalid', 'true');
    $('birth-day').focus();
    return;
  }
  const body = {
    sessionId: field('sessionId'), lastName: field('lastName'), firstName: field('firstName'), birthdate,
  };
  $('entry-error').textContent = '';
  setBusy(form, true);
  try {
    const { token, firstName, lastName } = await request('POST', '/api/candidate-sessions', { body });
    page.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(NAME_KEY, `${firstName} ${lastName}`);
    startLoops();
  } catch (error) {
    $('entry-error').textContent = error instanceof ConnectionError ? NO_SERVER : refusalMessage(error.code, ENTRY_WORDING);
  } finally {
    setBusy(form, false);
  }
});

// ---- extension check and start

async function checkExtension() {
  if (page.checkingExtension) return;
  page.checkingExtension = true;
  showScreen('checking');
  const present = await extension.detect(1500);
  page.checkingExtension = false;
  if (present) showStartForm();
  else showExtensionMissing('Le test ne peut se faire que dans un navigateur équipé de l’extension Certamen. '
    + 'Pendant le test, et seulement pendant le test, elle bloque les assistants d’intelligence artificielle, '
    + 'les traducteurs et les sites de réponses.');
}

function showStartForm() {
  if (page.exam?.status !== 'AUTHORIZED') return;
  showScreen('start');
}

function showExtensionMissing(message) {
  $('extension-message').textContent = french(message);
  page.screen = null;
  showScreen('extension');
}

$('check-again').addEventListener('click', () => {
  page.screen = null;
  checkExtension();
});

$('start-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const accessCode = $('access-code').value.trim();
  if (accessCode === '') {
    $('start-error').textContent = french('Saisissez le code d’accès annoncé ou écrit au tableau.');
    $('access-code').focus();
    return;
  }
  $('start-error').textContent = '';
  setBusy(form, true);
  try {
    const extensionVersion = extension.current()?.version ?? null;
    const exam = await request('POST', '/api/me/exam/start', { token: page.token, body: { accessCode, extensionVersion } });
    if (exam?.status) apply(exam);
    else await refresh();
  } catch (error) {
    if (error.code === 'EXTENSION_REQUIRED' || error.code === 'EXTENSION_OUTDATED') {
      showExtensionMissing(refusalMessage(error.code));
    } else if (error instanceof ConnectionError) {
      $('start-error').textContent = NO_SERVER;
    } else if (isAccessLost(error)) {
      forgetToken(error);
    } else {
      $('start-error').textContent = refusalMessage(error.code, START_WORDING);
      if (error.code === 'WRONG_ACCESS_CODE' || error.code === 'INVALID_FIELD') $('access-code').focus();
      else await refresh(); // not startable now (ended, closed session): show where the test stands
    }
  } finally {
    setBusy(form, false);
  }
});

// ---- answering, skipping, reporting

async function sendAnswer(body) {
  const form = $('question-form');
  page.busy = true;
  setBusy(form, true);
  try {
    const exam = await requestWithRetry('POST', '/api/me/exam/answers', { token: page.token, body }, retryFeedback);
    page.busy = false;
    apply(exam);
  } catch (error) {
    page.busy = false;
    if (isAccessLost(error)) {
      forgetToken(error);
    } else {
      $('question-error').textContent = refusalMessage(error.code, ANSWER_WORDING);
      // Refused as things stand (paused, time up, question replaced): show what the server says now.
      if (error.status !== 400) await refresh();
    }
  } finally {
    setBusy(form, false);
  }
}

$('question-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const question = page.exam?.question;
  if (!question || page.busy) return;
  const value = readAnswer($('question-body'), question);
  if (value === null) {
    $('question-error').textContent = french('Vous n’avez pas répondu. Répondez, ou choisissez « Je passe » si vous ne savez pas.');
    $('question-body').querySelector('input')?.focus();
    return;
  }
  $('question-error').textContent = '';
  sendAnswer({ questionId: question.id, value });
});

$('skip-button').addEventListener('click', () => {
  const question = page.exam?.question;
  if (question && !page.busy) sendAnswer({ questionId: question.id, skipped: true });
});

function closeReport() {
  $('report-panel').hidden = true;
  $('report-reason').value = '';
  $('report-button').setAttribute('aria-expanded', 'false');
}

$('report-button').addEventListener('click', () => {
  $('report-panel').hidden = false;
  $('report-button').setAttribute('aria-expanded', 'true');
  $('report-reason').focus();
});

$('report-cancel').addEventListener('click', () => {
  closeReport();
  $('report-button').focus();
});

$('report-panel').addEventListener('submit', async (event) => {
  event.preventDefault();
  const question = page.exam?.question;
  if (!question || page.busy) return;
  const reason = $('report-reason').value.trim();
  const form = event.currentTarget;
  setBusy(form, true);
  await raiseAlert({ kind: 'QUESTION', questionId: question.id, ...(reason ? { reason } : {}) });
  setBusy(form, false);
  closeReport();
});

// ---- start

if (page.token) {
  startLoops();
} else {
  showScreen('entry');
}
