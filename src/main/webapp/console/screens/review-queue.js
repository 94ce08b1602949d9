// The review queue: versions in review, the longest waiting first, as the API orders them.
import { html, nothing } from 'lit';
import { PagedList } from '../lib/paged-list.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';

class ReviewQueue extends PagedList {
  constructor() {
    super({ title: 'review.queue.title', empty: 'review.queue.empty' });
  }

  fetchPage(page, size) {
    return api.reviewQueue(page, size);
  }

  renderItems(items) {
    return html`<table class="list">
        <caption class="visually-hidden">${t('review.queue.title')}</caption>
        <thead><tr><th scope="col">${t('articles.column.title')}</th><th scope="col">${t('article.language')}</th>
          <th scope="col">${t('review.queue.submitted')}</th></tr></thead>
        <tbody>${items.map((item) => html`<tr>
          <td><a href=${href(`articles/${encodeURIComponent(item.articleId)}/${item.language}/review`)} lang=${item.language}>${item.title}</a>
            ${item.outdated ? html`<span class="badge-flag outdated">${t('badge.outdated')}</span>` : nothing}</td>
          <td>${i18n.languageName(item.language)}</td>
          <td class="muted">${t('review.queue.by', { who: item.submittedBy, when: i18n.dateTime(item.submittedAt) })}</td>
        </tr>`)}</tbody>
      </table>`;
  }
}
customElements.define('tm-review-queue', ReviewQueue);
