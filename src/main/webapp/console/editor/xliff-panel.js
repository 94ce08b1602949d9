// XLIFF for a CAT tool: download the version, upload the translated file, and the import's report
// in words (merged onto a newer source, forced units, untranslated units).
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { t } from '../lib/i18n.js';
import { api } from '../lib/api.js';

export class XliffPanel extends LightElement {
  static properties = { articleId: {}, lang: {}, report: { state: true }, problem: { state: true }, busy: { state: true } };

  async upload(event) {
    event.preventDefault();
    const form = event.target;
    const file = form.xliff.files[0];
    if (!file) return;
    this.busy = true;
    this.problem = null;
    this.report = null;
    try {
      this.report = await api.uploadXliff(this.articleId, this.lang, await file.text(), { force: form.force.checked });
      this.dispatchEvent(new Event('imported', { bubbles: true }));
    } catch (e) {
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const r = this.report;
    return html`<details class="card xliff"><summary>${t('xliff.title')}</summary>
      <p><a href=${api.xliffHref(this.articleId, this.lang)} download>${t('xliff.download')}</a></p>
      <form class="stacked-form" @submit=${this.upload}>
        <label for="xliff-file">${t('xliff.file')}</label>
        <input id="xliff-file" name="xliff" type="file" accept=".xlf,.xliff,application/xliff+xml" required>
        <label class="checkbox"><input type="checkbox" name="force"> ${t('xliff.force')}</label>
        <button type="submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${t('xliff.upload')}</button>
      </form>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${r ? html`<ul class="xliff-report" role="status">
        <li>${t('xliff.report.revision', { revision: r.workingRevision })}</li>
        ${r.merged ? html`<li>${t('xliff.report.merged', { from: r.fileSourceRevision, to: r.currentSourceRevision })}</li>` : nothing}
        ${r.forced ? html`<li>${t('xliff.report.forced', { count: r.forcedUnits.length, units: r.forcedUnits.join(', ') })}</li>` : nothing}
        <li>${t('xliff.report.untranslated', { count: r.untranslatedUnits.length, units: r.untranslatedUnits.join(', ') })}</li>
      </ul>` : nothing}
    </details>`;
  }
}
customElements.define('tm-xliff-panel', XliffPanel);
