// Previous / next for every paged list ({items, page, size, total}); fires `page` with the number.
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';
import { t } from './i18n.js';

export class Pager extends LightElement {
  static properties = { page: { type: Number }, size: { type: Number }, total: { type: Number } };

  render() {
    if (this.total == null) return nothing;
    const pages = Math.max(1, Math.ceil(this.total / this.size));
    return html`<nav class="pager" aria-label=${t('pager.label')}>
      <button type="button" class="secondary" ?disabled=${this.page <= 0} @click=${() => this.go(this.page - 1)}>
        ${t('pager.previous')}</button>
      <span class="pager-status">${t('pager.status', { page: this.page + 1, pages, total: this.total })}</span>
      <button type="button" class="secondary" ?disabled=${this.page + 1 >= pages} @click=${() => this.go(this.page + 1)}>
        ${t('pager.next')}</button>
    </nav>`;
  }

  go(page) {
    this.dispatchEvent(new CustomEvent('page', { detail: page, bubbles: true }));
  }
}
customElements.define('tm-pager', Pager);
