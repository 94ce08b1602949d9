// The skeleton of a screen that is one paged list ({items, page, size, total}): its heading, the
// problem if loading failed, the items or a note that there are none, and the pager. A screen
// says where its page comes from (fetchPage) and how its items look (renderItems).
import { html } from 'lit';
import { LightElement } from './light-element.js';
import { t } from './i18n.js';
import './pager.js';

export class PagedList extends LightElement {
  static properties = { page: { state: true }, data: { state: true }, problem: { state: true } };

  /** @param {{title: string, empty: string, size?: number}} words the catalog keys, and the page size */
  constructor({ title, empty, size = 20 }) {
    super();
    this.titleKey = title;
    this.emptyKey = empty;
    this.size = size;
    this.page = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.problem = null;
    try {
      this.data = await this.fetchPage(this.page, this.size);
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`<h1>${t(this.titleKey)}</h1>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.data ? this.renderPage() : html`<p role="status" class="loading">${t('app.loading')}</p>`}`;
  }

  renderPage() {
    if (this.data.items.length === 0) return html`<p class="empty">${t(this.emptyKey)}</p>`;
    return html`${this.renderItems(this.data.items)}
      <tm-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => { this.page = e.detail; this.load(); }}></tm-pager>`;
  }
}
