// History: the version's revisions (paged), the word diff between any two, and restore.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import '../lib/pager.js';
import '../lib/word-diff.js';

const SIZE = 20;
const FIELDS = ['title', 'summary', 'body'];

class History extends LightElement {
  static properties = {
    articleId: { attribute: false },
    lang: { attribute: false },
    data: { state: true },
    from: { state: true },
    to: { state: true },
    diff: { state: true },
    problem: { state: true },
    notice: { state: true },
    page: { state: true },
  };

  constructor() {
    super();
    this.page = 0;
  }

  willUpdate(changed) {
    if (changed.has('articleId') || changed.has('lang')) this.load();
  }

  async load() {
    this.problem = null;
    try {
      this.data = await api.revisions(this.articleId, this.lang, this.page, SIZE);
      const numbers = this.data.items.map((r) => r.number);
      if (this.to == null && numbers.length > 1) {
        this.to = numbers[0];
        this.from = numbers[1];
        await this.compare();
      }
    } catch (e) {
      this.problem = e;
    }
  }

  async compare() {
    this.problem = null;
    try {
      this.diff = this.from != null && this.to != null && this.from !== this.to ? await api.diff(this.articleId, this.lang, this.from, this.to) : null;
    } catch (e) {
      this.problem = e;
    }
  }

  async restore(n) {
    this.problem = null;
    this.notice = null;
    try {
      await api.restore(this.articleId, this.lang, n);
      this.notice = t('history.restored', { revision: n });
      this.to = null;
      await this.load();
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`<div class="screen-head">
        <h1>${t('history.title', { language: i18n.languageName(this.lang) })}</h1>
        <a href=${href(`articles/${encodeURIComponent(this.articleId)}/${this.lang}/edit`)}>${t('article.open')}</a>
      </div>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.data ? this.renderRevisions() : nothing}
      ${this.diff ? html`<section class="card" aria-labelledby="diff-title">
        <h2 id="diff-title">${t('history.diffTitle', { from: this.diff.from, to: this.diff.to })}</h2>
        ${FIELDS.map((f) => html`<h3>${t(`field.${f}`)}</h3><div class="text" lang=${this.lang}><tm-diff .runs=${this.diff.fields[f]}></tm-diff></div>`)}
      </section>` : nothing}`;
  }

  renderRevisions() {
    return html`<table class="list revisions">
        <caption class="visually-hidden">${t('history.revisions')}</caption>
        <thead><tr><th scope="col">${t('history.from')}</th><th scope="col">${t('history.to')}</th>
          <th scope="col">${t('history.revision')}</th><th scope="col">${t('history.author')}</th>
          <th scope="col">${t('history.when')}</th><th scope="col">${t('history.comment')}</th><th scope="col"></th></tr></thead>
        <tbody>${this.data.items.map((r) => html`<tr>
          <td><input type="radio" name="from" .checked=${this.from === r.number} aria-label=${t('history.fromRevision', { revision: r.number })}
            @change=${() => { this.from = r.number; this.compare(); }}></td>
          <td><input type="radio" name="to" .checked=${this.to === r.number} aria-label=${t('history.toRevision', { revision: r.number })}
            @change=${() => { this.to = r.number; this.compare(); }}></td>
          <td>${r.number}${r.publishedAt ? html` <span class="badge-flag live">${t('history.published')}</span>` : nothing}</td>
          <td>${r.author}</td><td class="muted">${i18n.dateTime(r.createdAt)}</td><td>${r.comment ?? ''}</td>
          <td><button type="button" class="secondary" @click=${() => this.restore(r.number)}
            aria-label=${t('history.restoreRevision', { revision: r.number })}>${t('history.restore')}</button></td>
        </tr>`)}</tbody>
      </table>
      <tm-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => { this.page = e.detail; this.load(); }}></tm-pager>`;
  }
}
customElements.define('tm-history', History);
