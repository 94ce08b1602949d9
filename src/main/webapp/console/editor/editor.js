// The translation editor: source (or another reference language) and target side by side per
// field and block, memory suggestions, the outdated banner, a local draft, ETag saves with a
// conflict dialog, and the workflow bar from the API's actions.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api, ApiProblem, ConflictProblem } from '../lib/api.js';
import { go, href } from '../lib/router.js';
import { bodyOf, matchesFor, read, same, segmentIds, wordsOf, write } from './segments.js';
import { LocalDraft } from './local-draft.js';
import { commandOf } from './shortcuts.js';
import '../lib/workflow-bar.js';
import './char-bar.js';
import './suggestions-panel.js';
import './outdated-banner.js';
import './conflict-dialog.js';
import './shortcuts.js';
import './xliff-panel.js';

class Editor extends LightElement {
  static properties = {
    articleId: { attribute: false }, lang: { attribute: false }, session: { attribute: false }, reference: { attribute: false },
    version: { state: true }, ref: { state: true }, article: { state: true }, words: { state: true }, saved: { state: true },
    suggestions: { state: true }, changes: { state: true }, confirmed: { state: true }, actions: { state: true },
    focused: { state: true }, problem: { state: true }, notice: { state: true }, busy: { state: true },
  };

  constructor() {
    super();
    this.focused = 'title';
    this.onKey = (e) => this.key(e);
    this.onUnload = (e) => { if (this.dirty) { e.preventDefault(); e.returnValue = ''; } };
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('beforeunload', this.onUnload);
  }

  disconnectedCallback() {
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('beforeunload', this.onUnload);
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('articleId') || changed.has('lang')) this.load();
    else if (changed.has('reference') && this.article) this.loadReference();
  }

  get dirty() {
    return this.words && this.saved && !same(this.words, this.saved);
  }

  get refLang() {
    return this.reference && this.reference !== this.lang ? this.reference : this.article?.sourceLanguage;
  }

  async load() {
    this.problem = null;
    this.draft = new LocalDraft(this.session.username, this.articleId, this.lang);
    try {
      this.article = await api.article(this.articleId);
      this.version = await api.version(this.articleId, this.lang);
      this.saved = wordsOf(this.version);
      this.words = this.saved;
      this.restoreDraft();
      const isSource = this.lang === this.article.sourceLanguage;
      [this.actions, this.suggestions, this.changes] = await Promise.all([
        this.version ? api.actions(this.articleId, this.lang) : null,
        isSource ? null : api.suggestions(this.articleId, this.lang).catch(() => null),
        this.version?.outdated ? api.sourceChanges(this.articleId, this.lang).catch(() => null) : null,
      ]);
      await this.loadReference();
    } catch (e) {
      this.problem = e;
    }
  }

  async loadReference() {
    this.ref = this.refLang === this.lang ? null : wordsOf(await api.version(this.articleId, this.refLang));
  }

  restoreDraft() {
    const kept = this.draft.load();
    if (kept && !same(kept.words, this.saved)) {
      this.words = kept.words;
      this.notice = t('editor.draftRestored', { when: i18n.dateTime(kept.keptAt) });
    }
  }

  edit(id, text) {
    this.words = write(this.words, id, text);
    this.draft.keep(this.words, this.version?.workingRevision ?? 0);
  }

  basis() {
    if (this.lang === this.article.sourceLanguage) return undefined;
    if (this.changes?.outdated && this.confirmed) return this.changes.currentSourceRevision;
    if (this.version) return this.version.basedOnSourceRevision ?? undefined;
    return this.suggestions?.sourceRevision ?? undefined;
  }

  async save() {
    if (!this.words || this.busy) return false;
    this.busy = true;
    this.problem = null;
    this.notice = null;
    this.draft.keepNow(this.words, this.version?.workingRevision ?? 0);
    try {
      const input = { title: this.words.title, summary: this.words.summary || null, body: bodyOf(this.words.blocks), basedOnSourceRevision: this.basis() };
      this.version = await api.saveVersion(this.articleId, this.lang, input);
      this.saved = wordsOf(this.version);
      this.words = this.saved;
      this.draft.clear();
      this.confirmed = false;
      this.notice = t('editor.saved', { revision: this.version.workingRevision });
      [this.actions, this.changes] = await Promise.all([
        api.actions(this.articleId, this.lang),
        this.version.outdated ? api.sourceChanges(this.articleId, this.lang).catch(() => null) : null,
      ]);
      return true;
    } catch (e) {
      if (e instanceof ConflictProblem && e.current) {
        this.querySelector('tm-conflict-dialog').open(e.current, this.words, this.saved);
      } else {
        this.problem = e;
      }
      return false;
    } finally {
      this.busy = false;
    }
  }

  async merged(event) {
    this.words = event.detail;
    this.draft.keepNow(this.words, 0);
    await this.save();
  }

  async act(event) {
    const action = event.detail;
    if (this.dirty && !(await this.save())) return;
    this.busy = true;
    this.problem = null;
    try {
      this.version = await api.transition(this.articleId, this.lang, action);
      this.notice = t('editor.done', { action: t(`action.${action}`), state: t(`state.${this.version.state}`) });
      this.actions = await api.actions(this.articleId, this.lang);
    } catch (e) {
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }

  key(event) {
    const command = commandOf(event);
    if (!command || !this.words) return;
    event.preventDefault();
    const ids = segmentIds(this.ref ?? this.words, this.words);
    const at = ids.indexOf(this.focused);
    if (command === 'save') this.save();
    else if (command === 'submit') this.act({ detail: 'submit' });
    else if (command === 'next' || command === 'previous') this.focus(ids[Math.min(ids.length - 1, Math.max(0, at + (command === 'next' ? 1 : -1)))]);
    else if (command === 'copySource' && this.ref) this.replace(read(this.ref, this.focused));
    else if (command === 'insertSuggestion') this.insertMatch(matchesFor(this.suggestions, this.focused)[Number(event.code.slice(5)) - 1]);
    else if (command === 'help') this.querySelector('tm-shortcuts').open();
  }

  focus(id) {
    this.focused = id;
    this.querySelector(`#seg-${id}`)?.focus();
  }

  textarea() {
    return this.querySelector(`#seg-${this.focused}`);
  }

  /** Puts text at the cursor of the segment being edited (replacing a selection). */
  insert(text) {
    const el = this.textarea();
    if (!el || el.readOnly) return;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    el.setRangeText(text, start, end, 'end');
    this.edit(this.focused, el.value);
    el.focus();
  }

  replace(text) {
    const el = this.textarea();
    if (!el || el.readOnly) return;
    el.value = text;
    this.edit(this.focused, text);
    el.focus();
  }

  insertMatch(match) {
    if (!match) return;
    const el = this.textarea();
    if (match.whole || !el?.value.trim()) this.replace(match.targetText);
    else this.insert((el.value.endsWith(' ') || !el.value ? '' : ' ') + match.targetText);
  }

  render() {
    const a = this.article;
    if (!a || !this.words) return html`<tm-problem .problem=${this.problem}></tm-problem>`;
    const refusal = this.actions?.actions.find((x) => x.action === 'edit' && !x.allowed)?.refusal;
    const readOnly = Boolean(refusal) && refusal.reason !== 'wrong-workflow-step';
    return html`<div class="screen-head">
        <h1><span lang=${a.sourceLanguage}>${a.title}</span> → ${i18n.languageName(this.lang)}</h1>
        <span class="head-links">
          ${this.version ? html`<a href=${href(`articles/${encodeURIComponent(a.id)}/${this.lang}/history`)}>${t('article.history')}</a>` : nothing}
          <button type="button" class="secondary" @click=${() => this.querySelector('tm-shortcuts').open()}>${t('editor.shortcuts')}</button>
        </span>
      </div>
      ${this.version ? html`<p class="muted">${t('editor.status', { state: t(`state.${this.version.state}`), revision: this.version.workingRevision })}</p>` : html`<p class="muted">${t('editor.new')}</p>`}
      ${readOnly ? html`<div class="problem" role="alert" data-type=${refusal.reason}><strong class="problem-title">${refusal.title}</strong><p class="problem-detail">${refusal.detail}</p></div>` : nothing}
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      <tm-outdated-banner .changes=${this.changes} ?confirmed=${this.confirmed} @confirm=${(e) => { this.confirmed = e.detail; }}></tm-outdated-banner>
      <div class="editor-tools">
        <label>${t('editor.reference')}
          <select id="reference-language" @change=${(e) => go(`articles/${encodeURIComponent(a.id)}/${this.lang}/edit`, { ref: e.target.value })}>
            ${a.versions.filter((v) => v.language !== this.lang).map((v) => html`<option value=${v.language} ?selected=${v.language === this.refLang}>${i18n.languageName(v.language)}</option>`)}
          </select></label>
        <tm-char-bar .lang=${this.lang} @insert=${(e) => this.insert(e.detail)}></tm-char-bar>
      </div>
      <div class="editor-layout">
        <div class="segments">${segmentIds(this.ref ?? this.words, this.words).map((id) => this.renderSegment(id, readOnly))}</div>
        <tm-suggestions .matches=${matchesFor(this.suggestions, this.focused)} .lang=${this.lang} .sourceLang=${a.sourceLanguage}
          @insert=${(e) => this.insertMatch(e.detail)}></tm-suggestions>
      </div>
      <div class="editor-actions">
        <button type="button" id="save" ?disabled=${this.busy || readOnly} aria-busy=${this.busy ? 'true' : 'false'} @click=${() => this.save()}>
          ${this.busy ? t('editor.saving') : t('editor.save')}</button>
        <span class="muted" role="status">${this.dirty ? t('editor.unsaved') : t('editor.allSaved')}</span>
        <tm-workflow-bar .actions=${this.actions} .only=${['submit', 'approve', 'publish']} ?busy=${this.busy} @action=${this.act}></tm-workflow-bar>
      </div>
      <p class="hint">${t('editor.shortcutHint')}</p>
      ${this.version && !readOnly ? html`<tm-xliff-panel .articleId=${a.id} .lang=${this.lang} @imported=${() => this.load()}></tm-xliff-panel>` : nothing}
      <tm-conflict-dialog .lang=${this.lang} @merged=${this.merged}></tm-conflict-dialog>
      <tm-shortcuts></tm-shortcuts>`;
  }

  renderSegment(id, readOnly) {
    const label = id.startsWith('b') ? t('editor.block', { n: Number(id.slice(1)) + 1 }) : t(`field.${id}`);
    return html`<div class="pair segment ${this.focused === id ? 'focused' : ''}" data-segment=${id}>
      <div class="pane source" lang=${this.refLang}>
        <span class="pane-label" id=${`src-${id}`}>${label} · ${i18n.languageName(this.refLang)}</span>
        <div class="text">${this.ref ? read(this.ref, id) : ''}</div>
      </div>
      <div class="pane target">
        <label class="pane-label" for=${`seg-${id}`}>${label} · ${i18n.languageName(this.lang)}</label>
        <textarea id=${`seg-${id}`} lang=${this.lang} rows=${id === 'title' ? 2 : 4} ?readonly=${readOnly}
          aria-describedby=${`src-${id}`} .value=${read(this.words, id)}
          @focus=${() => { this.focused = id; }} @input=${(e) => this.edit(id, e.target.value)}></textarea>
      </div>
    </div>`;
  }
}
customElements.define('tm-editor', Editor);
