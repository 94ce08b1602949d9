// The status of one language version as badges: its state, outdated, live.
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';
import { t } from './i18n.js';

export function stateLabel(state) {
  return t(`state.${state}`);
}

export class VersionBadge extends LightElement {
  static properties = { version: { attribute: false }, showLanguage: { type: Boolean, attribute: 'show-language' } };

  render() {
    const v = this.version;
    if (!v) return nothing;
    return html`<span class="badge state-${v.state.toLowerCase()}">${this.showLanguage
      ? html`<span class="badge-lang">${v.language}</span>` : nothing}${stateLabel(v.state)}${v.outdated
      ? html`<span class="badge-flag outdated">${t('badge.outdated')}</span>` : nothing}${v.live
      ? html`<span class="badge-flag live">${t('badge.live')}</span>` : nothing}</span>`;
  }
}
customElements.define('tm-version-badge', VersionBadge);
