// Shows a problem's localized title and detail, as the server wrote them, as plain text.
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';

export class ProblemBox extends LightElement {
  static properties = { problem: { attribute: false } };

  render() {
    if (!this.problem) return nothing;
    return html`<div class="problem" role="alert" data-type=${this.problem.slug ?? ''}>
      <strong class="problem-title">${this.problem.title}</strong>
      ${this.problem.detail ? html`<p class="problem-detail">${this.problem.detail}</p>` : nothing}
    </div>`;
  }
}
customElements.define('tm-problem', ProblemBox);
