// Users (admins): roles and language scopes, changed one user at a time; paged in the browser.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import '../lib/pager.js';

const ROLES = ['admin', 'editor', 'translator'];
const SIZE = 20;

class Users extends LightElement {
  static properties = { users: { state: true }, languages: { state: true }, problem: { state: true }, notice: { state: true }, page: { state: true } };

  constructor() {
    super();
    this.page = 0;
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      [this.users, this.languages] = await Promise.all([api.users(), api.languages()]);
    } catch (e) {
      this.problem = e;
    }
  }

  async save(event, user) {
    event.preventDefault();
    const form = event.target;
    const roles = ROLES.filter((r) => form[`role-${r}`].checked).map((r) => r.toUpperCase());
    const languages = (this.languages ?? []).map((l) => l.tag).filter((tag) => form[`lang-${tag}`].checked);
    this.problem = null;
    try {
      const changed = await api.changeUser(user.username, { roles, languages, enabled: form.enabled.checked });
      this.users = this.users.map((u) => (u.username === user.username ? changed : u));
      this.notice = t('users.saved', { user: user.username });
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    const shown = (this.users ?? []).slice(this.page * SIZE, (this.page + 1) * SIZE);
    return html`<h1>${t('users.title')}</h1>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <div class="user-list">${shown.map((u) => this.renderUser(u))}</div>
      ${this.users ? html`<tm-pager .page=${this.page} .size=${SIZE} .total=${this.users.length} @page=${(e) => { this.page = e.detail; }}></tm-pager>` : nothing}`;
  }

  renderUser(u) {
    const roles = (u.roles ?? []).map((r) => String(r).toLowerCase());
    return html`<form class="card user" @submit=${(e) => this.save(e, u)} aria-label=${u.username}>
      <h2>${u.username} <span class="muted">${u.displayName ?? ''}</span></h2>
      <fieldset><legend>${t('users.roles')}</legend>${ROLES.map((r) => html`<label class="checkbox">
        <input type="checkbox" name=${`role-${r}`} ?checked=${roles.includes(r)}> ${t(`users.role.${r}`)}</label>`)}</fieldset>
      <fieldset><legend>${t('users.languages')}</legend>${(this.languages ?? []).map((l) => html`<label class="checkbox">
        <input type="checkbox" name=${`lang-${l.tag}`} ?checked=${u.languages?.includes(l.tag)}> ${i18n.languageName(l.tag)}</label>`)}</fieldset>
      <label class="checkbox"><input type="checkbox" name="enabled" ?checked=${u.enabled}> ${t('users.enabled')}</label>
      <button type="submit">${t('users.save')}</button>
    </form>`;
  }
}
customElements.define('tm-users', Users);
