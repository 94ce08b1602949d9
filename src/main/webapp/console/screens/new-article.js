// A new article (editors): the source language version and its slug; once created, it opens.
import { html } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { go, href } from '../lib/router.js';

class NewArticle extends LightElement {
  static properties = { languages: { state: true }, problem: { state: true }, busy: { state: true } };

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.languages = await api.languages();
    } catch (e) {
      this.problem = e;
    }
  }

  async create(event) {
    event.preventDefault();
    const form = event.target;
    const value = (name) => form[name].value.trim();
    this.busy = true;
    this.problem = null;
    try {
      const created = await api.createArticle({
        sourceLanguage: form.sourceLanguage.value,
        title: value('title'),
        slug: value('slug') || undefined,
        summary: value('summary') || undefined,
        body: form.body.value,
      });
      go(`articles/${encodeURIComponent(created.id)}`);
    } catch (e) {
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const languages = this.languages ?? [];
    const preferred = languages.find((l) => l.isDefault)?.tag;
    return html`<div class="screen-head"><h1>${t('newArticle.title')}</h1>
        <a href=${href('articles')}>${t('newArticle.back')}</a></div>
      <tm-problem .problem=${this.problem}></tm-problem>
      <form class="card stacked-form wide" id="new-article" @submit=${this.create}>
        <label for="new-source">${t('newArticle.sourceLanguage')}</label>
        <select id="new-source" name="sourceLanguage" required>
          ${languages.map((l) => html`<option value=${l.tag} ?selected=${l.tag === preferred}>${i18n.languageName(l.tag)}</option>`)}
        </select>
        <label for="new-title">${t('newArticle.titleField')}</label>
        <input id="new-title" name="title" required maxlength="500">
        <label for="new-slug">${t('newArticle.slug')}</label>
        <input id="new-slug" name="slug" maxlength="80" pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby="new-slug-hint">
        <span class="hint" id="new-slug-hint">${t('newArticle.slugHint')}</span>
        <label for="new-summary">${t('newArticle.summary')}</label>
        <textarea id="new-summary" name="summary" rows="2" maxlength="2000"></textarea>
        <label for="new-body">${t('newArticle.body')}</label>
        <textarea id="new-body" name="body" rows="12" aria-describedby="new-body-hint"></textarea>
        <span class="hint" id="new-body-hint">${t('newArticle.bodyHint')}</span>
        <button type="submit" id="create-article" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${t('newArticle.create')}</button>
      </form>`;
  }
}
customElements.define('tm-new-article', NewArticle);
