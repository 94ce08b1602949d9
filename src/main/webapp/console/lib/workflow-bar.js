// The workflow's buttons for one version, straight from GET …/actions: an allowed action is a
// button; a refused one is a disabled button with the server's reason next to it (four eyes,
// role, language, state). No rule of the workflow is decided here.
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';
import { t } from './i18n.js';

export class WorkflowBar extends LightElement {
  static properties = {
    actions: { attribute: false },
    only: { attribute: false },
    busy: { type: Boolean },
  };

  render() {
    if (!this.actions) return nothing;
    const shown = this.actions.actions.filter((a) => a.action !== 'edit' && (!this.only || this.only.includes(a.action)));
    const prefix = `wf-${this.actions.language}`;
    return html`<div class="workflow-bar" role="group" aria-label=${t('workflow.label')}>
      ${shown.map((a) => html`<span class="workflow-action">
        <button type="button" class=${a.action === 'archive' || a.action === 'unpublish' ? 'secondary' : ''}
          data-action=${a.action} ?disabled=${!a.allowed || this.busy}
          aria-describedby=${a.allowed ? nothing : `${prefix}-${a.action}-why`}
          @click=${() => this.dispatchEvent(new CustomEvent('action', { detail: a.action, bubbles: true }))}>
          ${t(`action.${a.action}`)}</button>
        ${a.allowed ? nothing : html`<span class="why" id=${`${prefix}-${a.action}-why`} data-reason=${a.refusal.reason}>
          ${this.reason(a)}</span>`}
      </span>`)}
    </div>`;
  }

  reason(a) {
    // A step the state does not offer needs no essay; a refusal of this user says why.
    return a.refusal.reason === 'wrong-workflow-step' ? t('workflow.notNow', { state: t(`state.${this.actions.state}`) }) : a.refusal.detail;
  }
}
customElements.define('tm-workflow-bar', WorkflowBar);
