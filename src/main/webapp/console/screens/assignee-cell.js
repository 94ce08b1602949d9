// Who translates one language version, and (for editors) the form that gives it to someone or
// takes it back. A language with no version yet is started from the source's title first, since
// only a version can be assigned.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';

class AssigneeCell extends LightElement {
  static properties = {
    article: { attribute: false },
    language: {},
    version: { attribute: false },
    editable: { type: Boolean },
    problem: { state: true },
    busy: { state: true },
  };

  async assign(username) {
    this.busy = true;
    this.problem = null;
    try {
      if (!this.version) await api.saveVersion(this.article.id, this.language, { title: this.article.title, body: '' });
      await api.assign(this.article.id, this.language, username);
      this.dispatchEvent(new Event('changed', { bubbles: true }));
    } catch (e) {
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }

  submit(event) {
    event.preventDefault();
    const username = event.target.assignee.value.trim();
    if (username) this.assign(username);
  }

  render() {
    const current = this.version?.assignee;
    const id = `assignee-${this.language}`;
    return html`<span class="assignee">${current ? html`<span class="whom">${current}</span>` : html`<span class="muted">${t('assign.nobody')}</span>`}</span>
      ${this.editable ? html`<form class="assign-form" @submit=${this.submit}>
        <label class="visually-hidden" for=${id}>${t('assign.label', { language: i18n.languageName(this.language) })}</label>
        <input id=${id} name="assignee" size="12" autocomplete="off" placeholder=${t('assign.placeholder')} required>
        <button type="submit" class="secondary" data-action="assign" ?disabled=${this.busy}>${t('assign.button')}</button>
        ${current ? html`<button type="button" class="link" data-action="unassign" ?disabled=${this.busy}
          @click=${() => this.assign(null)}>${t('assign.takeBack')}</button>` : nothing}
      </form>` : nothing}
      <tm-problem .problem=${this.problem}></tm-problem>`;
  }
}
customElements.define('tm-assignee-cell', AssigneeCell);
