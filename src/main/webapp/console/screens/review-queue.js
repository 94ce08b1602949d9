// The review queue: versions in review, the longest waiting first, as the API orders them.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import '../lib/pager.js';

const SIZE = 20;

class ReviewQueue extends LightElement {
  static properties = { data: { state: true }, problem: { state: true }, page: { state: true } };

  constructor() {
    super();
    this.page = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.problem = null;
    try {
      this.data = await api.reviewQueue(this.page, SIZE);
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`<h1>${t('review.queue.title')}</h1>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.data ? this.renderList() : nothing}`;
  }

  renderList() {
    if (this.data.items.length === 0) return html`<p class="empty">${t('review.queue.empty')}</p>`;
    return html`<table class="list">
        <caption class="visually-hidden">${t('review.queue.title')}</caption>
        <thead><tr><th scope="col">${t('articles.column.title')}</th><th scope="col">${t('article.language')}</th>
          <th scope="col">${t('review.queue.submitted')}</th></tr></thead>
        <tbody>${this.data.items.map((item) => html`<tr>
          <td><a href=${href(`articles/${encodeURIComponent(item.articleId)}/${item.language}/review`)} lang=${item.language}>${item.title}</a>
            ${item.outdated ? html`<span class="badge-flag outdated">${t('badge.outdated')}</span>` : nothing}</td>
          <td>${i18n.languageName(item.language)}</td>
          <td class="muted">${t('review.queue.by', { who: item.submittedBy, when: i18n.dateTime(item.submittedAt) })}</td>
        </tr>`)}</tbody>
      </table>
      <tm-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => { this.page = e.detail; this.load(); }}></tm-pager>`;
  }
}
customElements.define('tm-review-queue', ReviewQueue);
