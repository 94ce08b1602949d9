// My work: changes requested (with the reviewer's comment), outdated translations, drafts, and
// what is assigned to me, as the API orders them (mine first, then the longest untouched).
import { html, nothing } from 'lit';
import { PagedList } from '../lib/paged-list.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import { stateLabel } from '../lib/badges.js';

class MyWork extends PagedList {
  constructor() {
    super({ title: 'myWork.title', empty: 'myWork.empty' });
  }

  fetchPage(page, size) {
    return api.myWork(page, size);
  }

  renderItems(items) {
    return html`<ul class="work-list">${items.map((item) => this.renderItem(item))}</ul>`;
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
