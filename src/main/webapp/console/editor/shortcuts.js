// The editor's keyboard: one table, read by the key handler and shown by the overlay (`?`).
import { html } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { t } from '../lib/i18n.js';

export const SHORTCUTS = [
  { keys: 'Ctrl+S', command: 'save', match: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyS' },
  { keys: 'Ctrl+Enter', command: 'submit', match: (e) => (e.ctrlKey || e.metaKey) && e.key === 'Enter' },
  { keys: 'Alt+↓', command: 'next', match: (e) => e.altKey && e.key === 'ArrowDown' },
  { keys: 'Alt+↑', command: 'previous', match: (e) => e.altKey && e.key === 'ArrowUp' },
  { keys: 'Alt+C', command: 'copySource', match: (e) => e.altKey && !e.ctrlKey && e.code === 'KeyC' },
  { keys: 'Alt+1 … Alt+9', command: 'insertSuggestion', match: (e) => e.altKey && !e.ctrlKey && /^Digit[1-9]$/.test(e.code) },
  { keys: '?', command: 'help', match: (e) => e.key === '?' && !isTyping(e) },
];

function isTyping(e) {
  const el = e.target;
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'radio');
}

export function commandOf(event) {
  return SHORTCUTS.find((s) => s.match(event))?.command ?? null;
}

export class ShortcutsOverlay extends LightElement {
  open() {
    this.querySelector('dialog').showModal();
  }

  render() {
    return html`<dialog class="shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">${t('shortcuts.title')}</h2>
      <table class="list"><caption class="visually-hidden">${t('shortcuts.title')}</caption>
        <thead><tr><th scope="col">${t('shortcuts.keys')}</th><th scope="col">${t('shortcuts.command')}</th></tr></thead>
        <tbody>${SHORTCUTS.map((s) => html`<tr><td><kbd>${s.keys}</kbd></td><td>${t(`shortcuts.${s.command}`)}</td></tr>`)}</tbody>
      </table>
      <div class="dialog-actions"><button type="button" @click=${() => this.querySelector('dialog').close()}>${t('shortcuts.close')}</button></div>
    </dialog>`;
  }
}
customElements.define('tm-shortcuts', ShortcutsOverlay);
