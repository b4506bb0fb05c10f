// Unit tests of the centre app's pure modules, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duration, frenchDate, lateness } from '../../invigilator-ui/format.js';
import { refusalMessages } from '../../invigilator-ui/finalisation.js';
import { attentionReason } from '../../invigilator-ui/supervision.js';

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
  assert.equal(attentionReason(line('IN_PROGRESS'), 61), 'page muette depuis plus d’une minute');
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
    ],
  }, (id) => (id === 'C1' ? 'MARTIN Léa' : id));
  assert.deepEqual(messages, [
    'Motif d’abandon manquant pour MARTIN Léa : son test n’est pas terminé.',
    'Le commentaire global dépasse 500 caractères.',
    'Incident 1 : catégorie à compléter ou à corriger.',
  ]);
});
