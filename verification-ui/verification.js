// The public certificate check: a code typed, or taken from the address (/verification/#P-XXXX-XXXX-XXXX).
import { request, ApiError } from '/invigilator/api.js';
import { h, frenchDate } from '/invigilator/format.js';

const form = document.getElementById('check');
const input = document.getElementById('code');
const answer = document.getElementById('answer');

async function check(code) {
  answer.replaceChildren(h('p', {}, 'Vérification…'));
  try {
    const certificate = await request('GET', `/api/certificates/${encodeURIComponent(code.trim().toUpperCase())}`);
    answer.replaceChildren(h('div', { className: 'success' },
      h('h2', {}, 'Certification valable'),
      h('dl', { className: 'facts' },
        fact('Nom', `${certificate.firstName} ${certificate.lastName}`),
        fact('Date de naissance', frenchDate(certificate.birthdate)),
        fact('Date de la session', frenchDate(certificate.date)),
        fact('Centre', certificate.centre),
        fact('Score', `${certificate.score} / ${certificate.maxScore}`),
        fact('Niveau global', String(certificate.globalLevel))),
      h('details', {}, h('summary', {}, 'Niveaux par compétence'),
        h('ul', { className: 'levels' }, Object.entries(certificate.competenceLevels)
          .map(([competence, level]) => h('li', {}, `${competence} : ${level}`))))));
  } catch (failure) {
    const text = failure instanceof ApiError && failure.code === 'CERTIFICATE_NOT_FOUND'
      ? 'Aucune certification ne correspond à ce code.'
      : failure instanceof ApiError && failure.code === 'TOO_MANY_ATTEMPTS'
        ? 'Trop de codes inconnus ont été essayés : patientez quelques minutes.'
        : 'La vérification n’a pas pu aboutir : réessayez dans un instant.';
    answer.replaceChildren(h('p', { className: 'error' }, text));
  }
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  check(input.value);
});

const fromAddress = decodeURIComponent(location.hash.slice(1));
if (fromAddress) {
  input.value = fromAddress;
  check(fromAddress);
}
