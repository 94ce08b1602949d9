// The letters a Kazakh or Uzbek translator needs and a Russian or English keyboard lacks.
// Uzbek oʻ and gʻ are written with U+02BB, never an apostrophe. Fires `insert` with the text.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { t } from '../lib/i18n.js';

const LETTERS = {
  kk: ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ', 'І'],
  uz: ['oʻ', 'gʻ', 'Oʻ', 'Gʻ', 'ʻ', 'ʼ'],
};

export class CharBar extends LightElement {
  static properties = { lang: {} };

  render() {
    const letters = LETTERS[this.lang];
    if (!letters) return nothing;
    return html`<div class="char-bar" role="toolbar" aria-label=${t('editor.charBar')}>
      ${letters.map((c) => html`<button type="button" class="char" lang=${this.lang}
        aria-label=${t('editor.insertChar', { char: c })}
        @mousedown=${(e) => e.preventDefault()}
        @click=${() => this.dispatchEvent(new CustomEvent('insert', { detail: c, bubbles: true }))}>${c}</button>`)}
    </div>`;
  }
}
customElements.define('tm-char-bar', CharBar);
