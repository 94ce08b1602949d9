// The base of every console element: renders into the light DOM, so the page's labels, ARIA and
// one stylesheet apply, and re-renders when the UI language changes.
import { LitElement } from 'lit';
import { i18n } from './i18n.js';

export class LightElement extends LitElement {
  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this._onLanguage = () => this.languageChanged();
    i18n.addEventListener('change', this._onLanguage);
  }

  disconnectedCallback() {
    i18n.removeEventListener('change', this._onLanguage);
    super.disconnectedCallback();
  }

  /** A new UI language: words re-render; screens whose data is localized reload it. */
  languageChanged() {
    this.requestUpdate();
  }
}
