// One article: every language with its badges and links, publishing per language, and releases
// of several languages together (schedule, list, cancel).
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import '../lib/badges.js';
import '../lib/workflow-bar.js';
import './releases.js';
import './assignee-cell.js';

class ArticleScreen extends LightElement {
  static properties = {
    articleId: { attribute: false },
    session: { attribute: false },
    article: { state: true },
    languages: { state: true },
    actions: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  constructor() {
    super();
    this.actions = {};
  }

  willUpdate(changed) {
    if (changed.has('articleId')) this.load();
  }

  async load() {
    this.problem = null;
    try {
      [this.article, this.languages] = await Promise.all([api.article(this.articleId), api.languages()]);
      const entries = await Promise.all(this.article.versions.map(async (v) => [v.language, await api.actions(this.articleId, v.language)]));
      this.actions = Object.fromEntries(entries);
    } catch (e) {
      this.problem = e;
    }
  }

  async act(language, action) {
    this.busy = true;
    this.problem = null;
    try {
      await api.transition(this.articleId, language, action);
      await this.load();
    } catch (e) {
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const a = this.article;
    return html`<tm-problem .problem=${this.problem}></tm-problem>
      ${a ? html`<div class="screen-head"><h1 lang=${a.sourceLanguage}>${a.title}</h1></div>
        <p class="muted">${t('article.meta', { by: a.createdBy, when: i18n.dateTime(a.createdAt), source: i18n.languageName(a.sourceLanguage) })}</p>
        ${this.renderLanguages()}
        ${this.session?.roles?.includes('editor') ? html`<tm-releases .article=${a} @changed=${() => this.load()}></tm-releases>` : nothing}` : nothing}`;
  }

  renderLanguages() {
    const a = this.article;
    const editor = this.session?.roles?.includes('editor');
    return html`<table class="list versions">
      <caption>${t('article.languages')}</caption>
      <thead><tr><th scope="col">${t('article.language')}</th><th scope="col">${t('article.status')}</th>
        <th scope="col">${t('article.work')}</th><th scope="col">${t('assign.column')}</th>
        <th scope="col">${t('article.publishing')}</th></tr></thead>
      <tbody>${(this.languages ?? []).map((l) => {
        const v = a.versions.find((x) => x.language === l.tag);
        const base = `articles/${encodeURIComponent(a.id)}/${l.tag}`;
        return html`<tr data-language=${l.tag}>
          <th scope="row">${i18n.languageName(l.tag)}</th>
          <td>${v ? html`<tm-version-badge .version=${v}></tm-version-badge>` : html`<span class="badge missing">${t('badge.missing')}</span>`}</td>
          <td><div class="links">
            <a href=${href(`${base}/edit`)}>${v ? t('article.open') : t('article.translate')}</a>
            ${v?.state === 'IN_REVIEW' ? html`<a href=${href(`${base}/review`)}>${t('article.review')}</a>` : nothing}
            ${v ? html`<a href=${href(`${base}/history`)}>${t('article.history')}</a>` : nothing}
          </div></td>
          <td><tm-assignee-cell .article=${a} language=${l.tag} .version=${v} ?editable=${editor && l.tag !== a.sourceLanguage}
            @changed=${() => this.load()}></tm-assignee-cell></td>
          <td>${v && this.actions[l.tag] ? html`<tm-workflow-bar .actions=${this.actions[l.tag]} .only=${['publish', 'unpublish']}
            ?busy=${this.busy} @action=${(e) => this.act(l.tag, e.detail)}></tm-workflow-bar>` : nothing}</td>
        </tr>`;
      })}</tbody>
    </table>`;
  }
}
customElements.define('tm-article', ArticleScreen);
