// Articles: the editorial list with one badge per language, filters (state, language, outdated,
// q) kept in the address, and paging.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { go, href } from '../lib/router.js';
import '../lib/badges.js';
import '../lib/pager.js';

const SIZE = 20;
const STATES = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'ARCHIVED'];

class Articles extends LightElement {
  static properties = {
    query: { attribute: false },
    session: { attribute: false },
    data: { state: true },
    languages: { state: true },
    problem: { state: true },
  };

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.languages = await api.languages();
    } catch (e) {
      this.problem = e;
    }
  }

  willUpdate(changed) {
    if (changed.has('query')) this.load();
  }

  filter() {
    const q = this.query ?? new URLSearchParams();
    return {
      state: q.get('state') ?? '',
      language: q.get('language') ?? '',
      outdated: q.get('outdated') ?? '',
      q: q.get('q') ?? '',
      page: Number(q.get('page') ?? 0),
      size: SIZE,
    };
  }

  async load() {
    this.problem = null;
    try {
      this.data = await api.articles(this.filter());
    } catch (e) {
      this.problem = e;
      this.data = null;
    }
  }

  apply(event) {
    event.preventDefault();
    const form = event.target.form ?? event.target;
    go('articles', {
      state: form.state.value,
      language: form.language.value,
      outdated: form.outdated.checked ? 'true' : '',
      q: form.q.value.trim(),
    });
  }

  render() {
    const f = this.filter();
    return html`<div class="screen-head">
        <h1>${t('articles.title')}</h1>
        <span class="head-links">
          <a class="button-link secondary" href=${href('coverage')}>${t('nav.coverage')}</a>
          ${this.session?.roles?.includes('editor') ? html`<a class="button-link" id="new-article-link" href=${href('articles/new')}>${t('newArticle.title')}</a>` : nothing}
        </span>
      </div>
      <form class="filters" role="search" @submit=${this.apply} aria-label=${t('articles.filters')}>
        <label>${t('articles.filter.q')}
          <input type="search" name="q" .value=${f.q} maxlength="200"></label>
        <label>${t('articles.filter.state')}
          <select name="state" @change=${this.apply}>
            <option value="">${t('articles.filter.any')}</option>
            ${STATES.map((s) => html`<option value=${s} ?selected=${s === f.state}>${t(`state.${s}`)}</option>`)}
          </select></label>
        <label>${t('articles.filter.language')}
          <select name="language" @change=${this.apply}>
            <option value="">${t('articles.filter.any')}</option>
            ${(this.languages ?? []).map((l) => html`<option value=${l.tag} ?selected=${l.tag === f.language}>${i18n.languageName(l.tag)}</option>`)}
          </select></label>
        <label class="checkbox"><input type="checkbox" name="outdated" ?checked=${f.outdated === 'true'} @change=${this.apply}>
          ${t('articles.filter.outdated')}</label>
        <button type="submit">${t('articles.filter.apply')}</button>
      </form>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.data ? this.renderTable() : nothing}`;
  }

  renderTable() {
    if (this.data.items.length === 0) return html`<p class="empty">${t('articles.empty')}</p>`;
    const tags = (this.languages ?? []).map((l) => l.tag);
    return html`<table class="list">
        <caption class="visually-hidden">${t('articles.title')}</caption>
        <thead><tr><th scope="col">${t('articles.column.title')}</th><th scope="col">${t('articles.column.languages')}</th>
          <th scope="col">${t('articles.column.created')}</th></tr></thead>
        <tbody>${this.data.items.map((a) => html`<tr>
          <td><a href=${href(`articles/${encodeURIComponent(a.id)}`)} lang=${a.sourceLanguage}>${a.title}</a>
            ${a.tags?.length ? html`<div class="tags">${a.tags.map((tag) => html`<span class="tag">${tag}</span>`)}</div>` : nothing}</td>
          <td><div class="badges">${tags.map((tag) => {
            const v = a.versions.find((x) => x.language === tag);
            return v ? html`<tm-version-badge show-language .version=${v}></tm-version-badge>`
              : html`<span class="badge missing"><span class="badge-lang">${tag}</span>${t('badge.missing')}</span>`;
          })}</div></td>
          <td class="muted when">${i18n.dateTime(a.createdAt)}</td></tr>`)}</tbody>
      </table>
      <tm-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
        @page=${(e) => go('articles', { ...this.filter(), size: '', page: e.detail })}></tm-pager>`;
  }
}
customElements.define('tm-articles', Articles);
