// The console's shell: who is signed in, the navigation, the UI language and the current screen.
import { html, nothing } from 'lit';
import { LightElement } from './lib/light-element.js';
import { i18n, t, UI_LANGUAGES } from './lib/i18n.js';
import { api } from './lib/api.js';
import { currentRoute, go, href } from './lib/router.js';
import './lib/problem-box.js';
import './screens/sign-in.js';
import './screens/my-work.js';
import './screens/articles.js';
import './screens/coverage.js';
import './screens/article.js';
import './screens/new-article.js';
import './screens/review-queue.js';
import './screens/review.js';
import './screens/history.js';
import './screens/audit.js';
import './screens/users.js';
import './screens/import.js';
import './editor/editor.js';

class Console extends LightElement {
  static properties = { session: { state: true }, route: { state: true }, ready: { state: true } };

  constructor() {
    super();
    this.ready = false;
    this.route = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', () => this.navigate());
    api.addEventListener('signed-out', () => this.signedOut());
    await i18n.load(i18n.preferred());
    this.session = await api.session();
    this.ready = true;
    this.navigate();
  }

  navigate() {
    const route = currentRoute();
    if (!this.session && !route?.public) {
      go('sign-in');
      return;
    }
    if (!route || (this.session && route.path === 'sign-in')) {
      go(this.home());
      return;
    }
    this.route = route;
    document.title = `${t(`nav.${route.path.split('/')[0]}`)} · Tilmash`;
  }

  home() {
    return this.session?.roles?.includes('editor') ? 'articles' : this.session?.roles?.includes('admin') ? 'articles' : 'my-work';
  }

  signedIn(event) {
    this.session = event.detail;
    go(this.home());
  }

  signedOut() {
    this.session = null;
    go('sign-in');
  }

  async signOut() {
    await api.signOut();
    this.signedOut();
  }

  async switchLanguage(event) {
    await i18n.load(event.target.value, true);
    this.navigate();
  }

  render() {
    if (!this.ready) return html`<p class="loading" role="status">…</p>`;
    return html`
      <a class="skip-link" href="#main" @click=${this.skipToMain}>${t('app.skip')}</a>
      <header class="topbar">
        <span class="brand">Tilmash</span>
        ${this.session ? this.renderNav() : nothing}
        <span class="topbar-end">
          <label class="language-switch">
            <span class="visually-hidden">${t('app.language')}</span>
            <select id="ui-language" @change=${this.switchLanguage} aria-label=${t('app.language')}>
              ${UI_LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === i18n.language} lang=${l}>${i18n.autonym(l)}</option>`)}
            </select>
          </label>
          ${this.session ? html`<span class="whoami">${this.session.username}</span>
            <button type="button" class="secondary" id="sign-out" @click=${this.signOut}>${t('app.signOut')}</button>` : nothing}
        </span>
      </header>
      <main id="main" tabindex="-1">${this.renderScreen()}</main>`;
  }

  renderNav() {
    const roles = this.session.roles ?? [];
    const editor = roles.includes('editor');
    const items = [
      roles.includes('translator') || editor ? ['my-work', 'nav.my-work'] : null,
      ['articles', 'nav.articles'],
      editor ? ['coverage', 'nav.coverage'] : null,
      editor ? ['review', 'nav.review'] : null,
      editor ? ['import', 'nav.import'] : null,
      editor || roles.includes('admin') ? ['audit', 'nav.audit'] : null,
      roles.includes('admin') ? ['users', 'nav.users'] : null,
    ].filter(Boolean);
    const current = this.route?.path.split('/')[0];
    return html`<nav class="mainnav" aria-label=${t('app.navigation')}>
      ${items.map(([path, key]) => html`<a href=${href(path)} aria-current=${current === path ? 'page' : 'false'}>${t(key)}</a>`)}
    </nav>`;
  }

  renderScreen() {
    const r = this.route;
    if (!r) return nothing;
    switch (r.screen) {
      case 'tm-sign-in':
        return html`<tm-sign-in @signed-in=${this.signedIn}></tm-sign-in>`;
      case 'tm-my-work':
        return html`<tm-my-work .session=${this.session}></tm-my-work>`;
      case 'tm-articles':
        return html`<tm-articles .query=${r.query} .session=${this.session}></tm-articles>`;
      case 'tm-new-article':
        return html`<tm-new-article></tm-new-article>`;
      case 'tm-coverage':
        return html`<tm-coverage></tm-coverage>`;
      case 'tm-review-queue':
        return html`<tm-review-queue></tm-review-queue>`;
      case 'tm-article':
        return html`<tm-article .articleId=${r.params.id} .session=${this.session}></tm-article>`;
      case 'tm-editor':
        return html`<tm-editor .articleId=${r.params.id} .lang=${r.params.lang} .session=${this.session}
          .reference=${r.query.get('ref')}></tm-editor>`;
      case 'tm-review':
        return html`<tm-review .articleId=${r.params.id} .lang=${r.params.lang}></tm-review>`;
      case 'tm-audit':
        return html`<tm-audit .query=${r.query}></tm-audit>`;
      case 'tm-users':
        return html`<tm-users></tm-users>`;
      case 'tm-import':
        return html`<tm-import></tm-import>`;
      case 'tm-history':
        return html`<tm-history .articleId=${r.params.id} .lang=${r.params.lang}></tm-history>`;
      default:
        return nothing;
    }
  }

  skipToMain(event) {
    event.preventDefault();
    this.querySelector('#main')?.focus();
  }
}
customElements.define('tm-console', Console);
