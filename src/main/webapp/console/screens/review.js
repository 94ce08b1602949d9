// Reviewing one version: the word diff against the live revision beside the source, approve, or
// request changes with a comment. Four eyes and the rest come from the API's actions.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { go, href } from '../lib/router.js';
import '../lib/word-diff.js';
import '../lib/workflow-bar.js';

const FIELDS = ['title', 'summary', 'body'];

class Review extends LightElement {
  static properties = {
    articleId: { attribute: false },
    lang: { attribute: false },
    version: { state: true },
    source: { state: true },
    diff: { state: true },
    actions: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  willUpdate(changed) {
    if (changed.has('articleId') || changed.has('lang')) this.load();
  }

  async load() {
    this.problem = null;
    try {
      this.version = await api.version(this.articleId, this.lang);
      const v = this.version;
      [this.source, this.actions, this.diff] = await Promise.all([
        v.sourceLanguage === v.language ? null : api.version(this.articleId, v.sourceLanguage),
        api.actions(this.articleId, this.lang),
        v.liveRevision && v.liveRevision !== v.workingRevision ? api.diff(this.articleId, this.lang, v.liveRevision, v.workingRevision) : null,
      ]);
    } catch (e) {
      this.problem = e;
    }
  }

  async act(event) {
    const action = event.detail;
    const form = this.querySelector('#review-comment-form');
    const comment = form.comment.value.trim();
    if (action === 'request-changes' && !comment) {
      form.comment.setCustomValidity(t('review.commentRequired'));
      form.reportValidity();
      return;
    }
    this.busy = true;
    this.problem = null;
    try {
      await api.transition(this.articleId, this.lang, action, comment ? { comment } : {});
      go('review');
    } catch (e) {
      this.problem = e;
      await this.load();
    } finally {
      this.busy = false;
    }
  }

  render() {
    const v = this.version;
    return html`<tm-problem .problem=${this.problem}></tm-problem>
      ${v ? html`<div class="screen-head">
          <h1>${t('review.title', { language: i18n.languageName(v.language) })}</h1>
          <a href=${href(`articles/${encodeURIComponent(v.articleId)}/${v.language}/history`)}>${t('article.history')}</a>
        </div>
        <p class="muted">${t('review.submitted', { who: v.submittedBy ?? '—', when: i18n.dateTime(v.submittedAt) })}
          ${this.diff ? t('review.diffAgainst', { live: v.liveRevision, working: v.workingRevision }) : t('review.firstVersion')}</p>
        <div class="side-by-side review-fields">
          ${FIELDS.map((f) => html`<div class="pair">
            <div class="pane source" lang=${v.sourceLanguage}>
              <h2 class="pane-label">${t(`field.${f}`)} · ${i18n.languageName(v.sourceLanguage)}</h2>
              <div class="text">${this.source ? this.source[f] : ''}</div>
            </div>
            <div class="pane target" lang=${v.language}>
              <h2 class="pane-label">${t(`field.${f}`)} · ${i18n.languageName(v.language)}</h2>
              <div class="text">${this.diff ? html`<tm-diff .runs=${this.diff.fields[f]}></tm-diff>` : v[f]}</div>
            </div>
          </div>`)}
        </div>
        <form id="review-comment-form" class="card" @submit=${(e) => e.preventDefault()}>
          <label for="review-comment">${t('review.comment')}</label>
          <textarea id="review-comment" name="comment" rows="3" maxlength="4000" @input=${(e) => e.target.setCustomValidity('')}></textarea>
          <tm-workflow-bar .actions=${this.actions} .only=${['approve', 'request-changes']} ?busy=${this.busy} @action=${this.act}></tm-workflow-bar>
          <p class="hint">${t('review.fourEyes')}</p>
        </form>` : nothing}`;
  }
}
customElements.define('tm-review', Review);
