// Coverage: per language, how many articles are published, in progress, missing or outdated.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';

const PARTS = ['published', 'inProgress', 'missing', 'archived'];

class Coverage extends LightElement {
  static properties = { data: { state: true }, problem: { state: true } };

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.data = await api.coverage();
    } catch (e) {
      this.problem = e;
    }
  }

  render() {
    return html`<h1>${t('coverage.title')}</h1>
      <tm-problem .problem=${this.problem}></tm-problem>
      ${this.data ? this.renderTable() : nothing}`;
  }

  renderTable() {
    const total = this.data.articles;
    return html`<p class="lede">${t('coverage.lede', { articles: total })}</p>
      <table class="list coverage">
        <caption class="visually-hidden">${t('coverage.title')}</caption>
        <thead><tr><th scope="col">${t('coverage.language')}</th>
          ${PARTS.map((p) => html`<th scope="col" class="num">${t(`coverage.${p}`)}</th>`)}
          <th scope="col" class="num">${t('coverage.outdated')}</th><th scope="col">${t('coverage.bar')}</th></tr></thead>
        <tbody>${this.data.languages.map((l) => html`<tr>
          <th scope="row">${i18n.languageName(l.language)}</th>
          ${PARTS.map((p) => html`<td class="num">${i18n.number(l[p])}</td>`)}
          <td class="num"><a href=${href(`articles?language=${l.language}&outdated=true`)}>${i18n.number(l.outdated)}</a></td>
          <td><meter min="0" max=${Math.max(total, 1)} value=${l.published}
            aria-label=${t('coverage.meter', { language: i18n.languageName(l.language), published: l.published, articles: total })}></meter></td>
        </tr>`)}</tbody>
      </table>`;
  }
}
customElements.define('tm-coverage', Coverage);
