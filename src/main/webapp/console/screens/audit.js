// The audit log (editors, admins): newest first, filtered by article, user, kind and time, paged.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { go } from '../lib/router.js';
import { stateLabel } from '../lib/badges.js';
import '../lib/pager.js';
import '../lib/date-time-field.js';

const KINDS = ['TRANSITION', 'RESTORE', 'SCHEDULE', 'SCHEDULED_STEP', 'ASSIGNMENT', 'REFUSED', 'WEBHOOK', 'VOCABULARY', 'TOKEN'];
const SIZE = 25;
/** A workflow state in words; anything else as the log wrote it. */
const state = (s) => (i18n.messages[`state.${s}`] ? stateLabel(s) : s);

class Audit extends LightElement {
  static properties = { query: { attribute: false }, data: { state: true }, problem: { state: true } };

  willUpdate(changed) {
    if (changed.has('query')) this.load();
  }

  filter() {
    const q = this.query ?? new URLSearchParams();
    return { article: q.get('article') ?? '', user: q.get('user') ?? '', kind: q.get('kind') ?? '', from: q.get('from') ?? '', page: Number(q.get('page') ?? 0), size: SIZE };
  }

  async load() {
    this.problem = null;
    try {
      const f = this.filter();
      this.data = await api.audit({ ...f, from: f.from ? new Date(f.from).toISOString() : '' });
    } catch (e) {
      this.problem = e;
    }
  }

  apply(event) {
    event.preventDefault();
    const form = event.target;
    const from = form.querySelector('tm-date-time').read();
    if (!from.ok) return;
    go('audit', { article: form.article.value.trim(), user: form.user.value.trim(), kind: form.kind.value, from: from.value });
  }

  render() {
    const f = this.filter();
    return html`<h1>${t('audit.title')}</h1>
      <form class="filters" role="search" aria-label=${t('audit.filters')} @submit=${this.apply}>
        <label>${t('audit.user')} <input name="user" .value=${f.user}></label>
        <label>${t('audit.article')} <input name="article" .value=${f.article}></label>
        <label>${t('audit.kind')} <select name="kind"><option value="">${t('articles.filter.any')}</option>
          ${KINDS.map((k) => html`<option value=${k} ?selected=${k === f.kind}>${t(`audit.kind.${k}`)}</option>`)}</select></label>
        <tm-date-time name="from" .label=${t('audit.from')} .value=${f.from}></tm-date-time>
        <button type="submit">${t('articles.filter.apply')}</button>
      </form>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.data?.items.length === 0 ? html`<p class="empty">${t('audit.empty')}</p>` : nothing}
      ${this.data?.items.length ? html`<table class="list audit">
        <caption class="visually-hidden">${t('audit.title')}</caption>
        <thead><tr><th scope="col">${t('audit.when')}</th><th scope="col">${t('audit.user')}</th><th scope="col">${t('audit.kind')}</th>
          <th scope="col">${t('audit.what')}</th></tr></thead>
        <tbody>${this.data.items.map((e) => html`<tr>
          <td class="muted when">${i18n.dateTime(e.at)}</td><td>${e.user}</td><td>${t(`audit.kind.${e.kind}`)}</td>
          <td>${[e.language, e.from && e.to ? `${state(e.from)} → ${state(e.to)}` : null, e.revision ? `#${e.revision}` : null, e.method ? `${e.method} ${e.path}` : null, e.detail]
            .filter(Boolean).join(' · ')}</td></tr>`)}</tbody></table>
        <tm-pager .page=${this.data.page} .size=${this.data.size} .total=${this.data.total}
          @page=${(e) => go('audit', { ...this.filter(), size: '', page: e.detail })}></tm-pager>` : nothing}`;
  }
}
customElements.define('tm-audit', Audit);
