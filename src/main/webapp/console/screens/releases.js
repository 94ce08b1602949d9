// Releases of one article: schedule several languages to go live together, see and cancel them.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import '../lib/date-time-field.js';

class Releases extends LightElement {
  static properties = { article: { attribute: false }, releases: { state: true }, problem: { state: true }, busy: { state: true } };

  willUpdate(changed) {
    if (changed.has('article')) this.load();
  }

  async load() {
    try {
      this.releases = await api.releases(this.article.id);
    } catch (e) {
      this.problem = e;
    }
  }

  async schedule(event) {
    event.preventDefault();
    const form = event.target;
    const languages = [...form.querySelectorAll('input[name=language]:checked')].map((i) => i.value);
    const publishAt = form.querySelector('tm-date-time').read();
    if (!publishAt.ok) return;
    const at = publishAt.value ? new Date(publishAt.value).toISOString() : null;
    this.busy = true;
    this.problem = null;
    try {
      await api.scheduleRelease(this.article.id, { languages, publishAt: at, minor: form.minor.checked });
      form.reset();
      await this.load();
      this.dispatchEvent(new Event('changed'));
    } catch (e) {
      this.problem = e;
    } finally {
      this.busy = false;
    }
  }

  async cancel(release) {
    this.problem = null;
    try {
      await api.cancelRelease(this.article.id, release.releaseId);
      await this.load();
      this.dispatchEvent(new Event('changed'));
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`<section class="card releases" aria-labelledby="releases-title">
      <h2 id="releases-title">${t('releases.title')}</h2>
      <form @submit=${this.schedule} class="release-form">
        <fieldset><legend>${t('releases.languages')}</legend>
          ${this.article.versions.map((v) => html`<label class="checkbox"><input type="checkbox" name="language" value=${v.language}>
            ${i18n.languageName(v.language)}</label>`)}
        </fieldset>
        <tm-date-time name="publishAt" .label=${t('releases.publishAt')} .value=${''}></tm-date-time>
        <label class="checkbox"><input type="checkbox" name="minor"> ${t('releases.minor')}</label>
        <button type="submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${t('releases.schedule')}</button>
      </form>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.releases?.length ? html`<table class="list">
        <caption class="visually-hidden">${t('releases.title')}</caption>
        <thead><tr><th scope="col">${t('releases.when')}</th><th scope="col">${t('releases.steps')}</th><th scope="col"></th></tr></thead>
        <tbody>${this.releases.map((r) => html`<tr>
          <td>${i18n.dateTime(r.steps[0]?.dueAt)}</td>
          <td>${r.steps.map((s) => html`<span class="badge step-${s.state.toLowerCase()}">${s.language} · ${t(`action.${s.action}`)} · ${t(`step.${s.state}`)}</span>`)}</td>
          <td>${r.steps.some((s) => s.state === 'PENDING') ? html`<button type="button" class="secondary" @click=${() => this.cancel(r)}>${t('releases.cancel')}</button>` : nothing}</td>
        </tr>`)}</tbody></table>` : html`<p class="muted">${t('releases.none')}</p>`}
    </section>`;
  }
}
customElements.define('tm-releases', Releases);
