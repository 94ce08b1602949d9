// The source changed since this translation was made: its word diff, and the translator's
// confirmation that the change was taken in (the next save then records the new basis).
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { t } from '../lib/i18n.js';
import '../lib/word-diff.js';

const FIELDS = ['title', 'summary', 'body'];

export class OutdatedBanner extends LightElement {
  static properties = { changes: { attribute: false }, confirmed: { type: Boolean } };

  render() {
    const c = this.changes;
    if (!c?.outdated) return nothing;
    const changed = FIELDS.filter((f) => c.diff.fields[f].some((run) => run.op !== 'equal'));
    return html`<section class="outdated-banner" role="region" aria-labelledby="outdated-title">
      <h2 id="outdated-title">${t('editor.outdated.title')}</h2>
      <p>${t('editor.outdated.lede', { from: c.basedOnSourceRevision, to: c.currentSourceRevision })}</p>
      ${changed.map((f) => html`<div class="source-diff"><h3>${t(`field.${f}`)}</h3>
        <div class="text" lang=${c.sourceLanguage}><tm-diff .runs=${c.diff.fields[f]}></tm-diff></div></div>`)}
      <label class="checkbox confirm">
        <input type="checkbox" id="confirm-source-changes" .checked=${this.confirmed}
          @change=${(e) => this.dispatchEvent(new CustomEvent('confirm', { detail: e.target.checked, bubbles: true }))}>
        ${t('editor.outdated.confirm', { to: c.currentSourceRevision })}</label>
    </section>`;
  }
}
customElements.define('tm-outdated-banner', OutdatedBanner);
