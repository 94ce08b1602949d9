// Translation-memory matches for the segment being edited, with their percentage; Alt+n or a
// click inserts match n. Fires `insert` with the match.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';

export class SuggestionsPanel extends LightElement {
  static properties = { matches: { attribute: false }, lang: {}, sourceLang: {} };

  render() {
    return html`<section class="suggestions card" aria-labelledby="suggestions-title" aria-live="polite">
      <h2 id="suggestions-title">${t('editor.suggestions')}</h2>
      ${!this.matches?.length ? html`<p class="muted">${t('editor.noSuggestions')}</p>` : html`<ol class="suggestion-list">
        ${this.matches.map((m, i) => html`<li class="suggestion">
          <button type="button" class="suggestion-insert" data-n=${i + 1} @mousedown=${(e) => e.preventDefault()}
            @click=${() => this.dispatchEvent(new CustomEvent('insert', { detail: m, bubbles: true }))}
            aria-label=${t('editor.insertSuggestion', { n: i + 1, similarity: i18n.percent(m.similarity) })}>
            <kbd>Alt+${i + 1}</kbd></button>
          <span class="similarity ${m.similarity === 1 ? 'exact' : ''}">${i18n.percent(m.similarity)}</span>
          <span class="suggestion-text" lang=${this.lang}>${m.targetText}</span>
          <span class="suggestion-source muted" lang=${this.sourceLang}>${m.sourceText}</span>
          ${m.whole ? nothing : html`<span class="muted">${t('editor.sentenceMatch')}</span>`}
        </li>`)}
      </ol>`}
    </section>`;
  }
}
customElements.define('tm-suggestions', SuggestionsPanel);
