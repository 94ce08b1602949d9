// My work: changes requested (with the reviewer's comment), outdated translations, drafts, and
// what is assigned to me, as the API orders them (mine first, then the longest untouched).
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import { stateLabel } from '../lib/badges.js';
import '../lib/pager.js';

const SIZE = 20;

class MyWork extends LightElement {
  static properties = { page: { state: true }, data: { state: true }, problem: { state: true } };

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
      this.data = await api.myWork(this.page, SIZE);
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`<h1>${t('myWork.title')}</h1>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.data ? this.renderList() : html`<p role="status" class="loading">${t('app.loading')}</p>`}`;
  }

  renderList() {
    if (this.data.items.length === 0) return html`<p class="empty">${t('myWork.empty')}</p>`;
    return html`<ul class="work-list">
        ${this.data.items.map((item) => this.renderItem(item))}
      </ul>
      <tm-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => { this.page = e.detail; this.load(); }}></tm-pager>`;
  }

  renderItem(item) {
    const kind = item.state === 'CHANGES_REQUESTED' ? 'changes' : item.outdated ? 'outdated' : item.assignedToMe ? 'assigned' : 'draft';
    return html`<li class="work-item kind-${kind}">
      <div class="work-main">
        <a class="work-title" href=${href(`articles/${encodeURIComponent(item.articleId)}/${item.language}/edit`)}
          lang=${item.language}>${item.title}</a>
        <span class="work-meta">
          <span class="badge-lang">${i18n.languageName(item.language)}</span>
          <span class="badge state-${item.state.toLowerCase()}">${stateLabel(item.state)}</span>
          ${item.outdated ? html`<span class="badge-flag outdated">${t('badge.outdated')}</span>` : nothing}
          ${item.assignedToMe ? html`<span class="badge-flag assigned">${t('myWork.assignedToMe')}</span>` : nothing}
          <span class="muted">${t('myWork.updated', { when: i18n.dateTime(item.updatedAt) })}</span>
        </span>
      </div>
      ${item.reviewComment ? html`<blockquote class="review-comment">
        <p>${item.reviewComment}</p>
        <footer>${t('myWork.reviewedBy', { reviewer: item.reviewer, when: i18n.dateTime(item.reviewedAt) })}</footer>
      </blockquote>` : nothing}
    </li>`;
  }
}
customElements.define('tm-my-work', MyWork);
