// Sign-in: a real form, so password managers fill it (autocomplete username / current-password).
import { html } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { t } from '../lib/i18n.js';
import { api } from '../lib/api.js';

class SignIn extends LightElement {
  static properties = { problem: { state: true }, busy: { state: true } };

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    this.busy = true;
    this.problem = null;
    try {
      const session = await api.signIn(form.username.value.trim(), form.password.value);
      this.dispatchEvent(new CustomEvent('signed-in', { detail: session, bubbles: true }));
    } catch (e) {
      this.problem = e;
      form.password.select();
    } finally {
      this.busy = false;
    }
  }

  render() {
    return html`<section class="sign-in card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">${t('signIn.title')}</h1>
      <p class="lede">${t('signIn.lede')}</p>
      <form @submit=${this.submit} method="post" novalidate>
        <label for="username">${t('signIn.username')}</label>
        <input id="username" name="username" autocomplete="username" required autocapitalize="none" spellcheck="false">
        <label for="password">${t('signIn.password')}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <tm-problem .problem=${this.problem}></tm-problem>
        <button type="submit" id="sign-in-button" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t('signIn.busy') : t('signIn.submit')}</button>
      </form>
    </section>`;
  }
}
customElements.define('tm-sign-in', SignIn);
