// Modal dialogs built on <dialog>: focus is trapped by the browser and Escape cancels.
import { h } from './format.js';

/**
 * Shows a dialog with `content` and two buttons; resolves with the form's data when confirmed, null when cancelled.
 * `content` may hold form fields; the browser checks `required` and `maxlength` before confirming.
 */
export function confirmDialog({ title, content = [], confirmLabel, danger = false }) {
  return new Promise((resolve) => {
    const form = h('form', { method: 'dialog' },
      h('h2', { id: 'dialog-title' }, title),
      ...content,
      h('div', { className: 'dialog-actions' },
        h('button', { type: 'button', value: 'cancel', className: 'secondary', onclick: () => dialog.close('cancel') }, 'Annuler'),
        h('button', { type: 'submit', value: 'confirm', className: danger ? 'danger' : '' }, confirmLabel)));
    const dialog = h('dialog', { 'aria-labelledby': 'dialog-title' }, form);
    dialog.addEventListener('close', () => {
      const data = dialog.returnValue === 'confirm' ? Object.fromEntries(new FormData(form)) : null;
      dialog.remove();
      resolve(data);
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}

/** Shows information with a single close button. */
export function infoDialog({ title, content }) {
  return new Promise((resolve) => {
    const dialog = h('dialog', { 'aria-labelledby': 'dialog-title', className: 'wide' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'dialog-title' }, title),
        ...content,
        h('div', { className: 'dialog-actions' }, h('button', { type: 'submit' }, 'Fermer'))));
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve();
    });
    document.body.append(dialog);
    dialog.showModal();
  });
}
