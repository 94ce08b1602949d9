// A word diff from the API ({op: equal | delete | insert, text} runs) as <del> and <ins> text.
import { html, nothing } from 'lit';
import { LightElement } from './light-element.js';

export class WordDiff extends LightElement {
  static properties = { runs: { attribute: false } };

  render() {
    if (!this.runs) return nothing;
    return html`<span class="diff">${this.runs.map((run) =>
      run.op === 'insert' ? html`<ins>${run.text}</ins>` : run.op === 'delete' ? html`<del>${run.text}</del>` : run.text,
    )}</span>`;
  }
}
customElements.define('tm-diff', WordDiff);
