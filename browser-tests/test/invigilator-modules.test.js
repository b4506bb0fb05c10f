// Unit tests of the centre app's pure modules, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'node:module';

register('../lib/served-paths.js', import.meta.url);
const { count, duration, frenchDate, isoDate, isoTime, lateness } = await import('../../invigilator-ui/format.js');
const { describeFailure, ApiError } = await import('../../invigilator-ui/api.js');
const { refusalMessages } = await import('../../invigilator-ui/finalisation.js');
const { attentionReason } = await import('../../invigilator-ui/supervision.js');

test('durations read in French', () => {
  assert.equal(duration(6300), '1 h 45 min');
  assert.equal(duration(750), '12 min 30 s');
  assert.equal(duration(45.4), '45 s');
  assert.equal(duration(-3), '0 s');
  assert.equal(frenchDate('2026-11-28'), '28/11/2026');
});

test('a silent page is a warning past 15 s and an alarm past 60 s', () => {
  assert.equal(lateness(15), '');
  assert.equal(lateness(16), 'warning');
  assert.equal(lateness(60), 'warning');
  assert.equal(lateness(61), 'alarm');
});

test('candidates who need the invigilator are recognised', () => {
  const line = (status, alerts = []) => ({ status, alerts });
  assert.equal(attentionReason(line('WAITING_AUTHORIZATION'), 0), 'présence à confirmer');
  assert.equal(attentionReason(line('WAITING_RESUME'), 0), 'reprise à autoriser');
  assert.equal(attentionReason(line('PAUSED_QUESTION_ALERT', [{ id: 'a' }]), 0), 'signalement à traiter');
  assert.equal(attentionReason(line('IN_PROGRESS'), 61), 'aucun signe de sa page depuis plus d’une minute');
  assert.equal(attentionReason(line('IN_PROGRESS'), 20), null);
  assert.equal(attentionReason(line('COMPLETED'), 500), null);
  assert.equal(attentionReason(line('ENDED_TECHNICAL'), 500),
    'test interrompu par un problème technique : à signaler à la finalisation');
});

test('a refused finalisation says in French what is missing', () => {
  const messages = refusalMessages({
    code: 'FINALIZATION_INCOMPLETE',
    errors: [
      { field: 'abortReasons.C1', detail: 'the test of Léa Martin did not reach its last question (IN_PROGRESS): say why' },
      { field: 'comment', detail: 'must be at most 500 characters (it has 501)' },
      { field: 'incidents[0].category', detail: 'must be one of ...' },
      { field: 'alerts.C1.2', detail: 'L’alerte de Léa Martin sur la question 4 n’a pas été traitée : résolvez-la.' },
    ],
  }, (id) => (id === 'C1' ? 'MARTIN Léa' : id));
  assert.deepEqual(messages, [
    'Motif d’abandon manquant pour MARTIN Léa : son test s’est arrêté avant la dernière question.',
    'Le commentaire global dépasse 500 caractères.',
    'Incident 1 : catégorie à compléter ou à corriger.',
    'L’alerte de Léa Martin sur la question 4 n’a pas été traitée : résolvez-la.',
  ]);
});

test('counts read in French, 0 and 1 in the singular', () => {
  assert.equal(count(0, 'inscription'), '0 inscription');
  assert.equal(count(1, 'personne'), '1 personne');
  assert.equal(count(2, 'ligne rejetée', 'lignes rejetées'), '2 lignes rejetées');
});

test('dates and times are typed the French way, whatever the browser', () => {
  assert.equal(isoDate('3/12/2026'), '2026-12-03');
  assert.equal(isoDate('31/02/2026'), null);
  assert.equal(isoDate('2026-12-03'), null);
  assert.equal(isoTime('9h05'), '09:05');
  assert.equal(isoTime('24:00'), null);
});

test('refusals never show the server\'s English nor a raw code', () => {
  const refusal = (code, detail) => describeFailure(new ApiError(409, { code, detail }));
  assert.equal(refusal('SESSION_ALREADY_FINALIZED', 'Session 265873 is already finalised'),
    'Cette session est déjà finalisée : le procès-verbal a été transmis.');
  assert.equal(refusal('SESSION_STARTED', 'Des personnes inscrites sont déjà entrées dans la session 1 : elle ne peut plus être modifiée ni supprimée.'),
    'Des personnes inscrites sont déjà entrées dans la session 1 : elle ne peut plus être modifiée ni supprimée.');
  assert.doesNotMatch(refusal('SOMETHING_NEW', 'English detail'), /SOMETHING_NEW|English/);
});
