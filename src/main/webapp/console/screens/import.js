// Import (editors): old-site files become draft articles, one request per file so each file shows
// its own progress, then the report: title found, dropped lines, guessed language and warnings.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';

class Import extends LightElement {
  static properties = { rows: { state: true }, languages: { state: true }, busy: { state: true } };

  constructor() {
    super();
    this.rows = [];
  }

  async connectedCallback() {
    super.connectedCallback();
    this.languages = await api.languages().catch(() => []);
  }

  async upload(event) {
    event.preventDefault();
    const form = event.target;
    const files = [...form.files.files];
    this.rows = files.map((file) => ({ file, status: 'waiting' }));
    this.busy = true;
    for (const row of this.rows) {
      row.status = 'sending';
      this.requestUpdate();
      try {
        const report = await api.importFile(row.file, form.language.value || undefined);
        row.result = report.files[0];
        row.status = row.result?.ok ? 'done' : 'failed';
      } catch (e) {
        row.problem = e;
        row.status = 'failed';
      }
      this.requestUpdate();
    }
    this.busy = false;
  }

  render() {
    const done = this.rows.filter((r) => r.status === 'done' || r.status === 'failed').length;
    return html`<h1>${t('import.title')}</h1>
      <form class="card stacked-form" @submit=${this.upload}>
        <label for="import-files">${t('import.files')}</label>
        <input id="import-files" name="files" type="file" multiple accept=".txt,.md,.html,.htm,.zip" required>
        <label for="import-language">${t('import.language')}</label>
        <select id="import-language" name="language"><option value="">${t('import.guess')}</option>
          ${(this.languages ?? []).map((l) => html`<option value=${l.tag}>${i18n.languageName(l.tag)}</option>`)}</select>
        <button type="submit" ?disabled=${this.busy}>${t('import.upload')}</button>
      </form>
      ${this.rows.length ? html`<progress max=${this.rows.length} value=${done} aria-label=${t('import.progress', { done, total: this.rows.length })}></progress>
        <ul class="work-list">${this.rows.map((r) => this.renderRow(r))}</ul>` : nothing}`;
  }

  renderRow(r) {
    const x = r.result;
    return html`<li class="work-item ${r.status === 'failed' ? 'kind-changes' : ''}" data-file=${r.file.name}>
      <strong>${r.file.name}</strong> <span class="badge">${t(`import.status.${r.status}`)}</span>
      ${x?.ok ? this.renderReport(x) : nothing}
      ${x && !x.ok ? html`<tm-problem .problem=${{ title: x.problem?.title, detail: x.problem?.detail, slug: 'import-file-rejected' }}></tm-problem>` : nothing}
      ${r.problem ? html`<tm-problem .problem=${r.problem}></tm-problem>` : nothing}
    </li>`;
  }

  /** What the import made of one file: the title found, the language, and what it dropped or warns of. */
  renderReport(x) {
    const name = i18n.languageName(x.language);
    const language = x.languageGiven ? t('import.given', { language: name })
      : t('import.guessed', { language: name, confidence: i18n.percent(x.confidence ?? 0) });
    const dropped = x.dropped?.lines ?? [];
    return html`<p><a href=${href(`articles/${encodeURIComponent(x.articleId)}`)} lang=${x.language}>${x.title}</a></p>
      <p class="muted">${t('import.report', { language, words: x.words ?? 0, dropped: x.dropped?.count ?? 0 })}</p>
      ${dropped.length ? html`<details class="dropped"><summary>${t('import.droppedLines')}</summary>
        <ul>${dropped.map((d) => html`<li><span lang=${x.language}>${d.text}</span> <span class="muted">· ${d.rule}</span></li>`)}</ul></details>` : nothing}
      ${x.warnings?.length ? html`<ul class="warnings">${x.warnings.map((w) => html`<li>${w.message}</li>`)}</ul>` : nothing}`;
  }
}
customElements.define('tm-import', Import);
