// Someone saved this version first (412). Shows their words and yours for every segment that
// differs, with a merged text to edit (yours to start with); saving it saves over theirs.
// Nothing typed is lost: closing the dialog keeps your words in the editor and the local draft.
import { html, nothing } from 'lit';
import { LightElement } from '../lib/light-element.js';
import { i18n, t } from '../lib/i18n.js';
import { read, segmentIds, wordsOf, write } from './segments.js';

export class ConflictDialog extends LightElement {
  static properties = { theirs: { attribute: false }, mine: { attribute: false }, merged: { state: true }, lang: {} };

  /** Starts the merge from yours where you changed a segment, and theirs where you did not. */
  open(theirs, mine, base) {
    this.theirs = theirs;
    this.mine = mine;
    const current = wordsOf(theirs);
    this.merged = segmentIds(current, mine).reduce(
      (merged, id) => write(merged, id, read(mine, id) !== read(base, id) ? read(mine, id) : read(current, id)),
      { ...mine, blocks: [...mine.blocks] },
    );
    this.updateComplete.then(() => this.querySelector('dialog').showModal());
  }

  close() {
    this.querySelector('dialog')?.close();
  }

  render() {
    if (!this.theirs) return html`<dialog></dialog>`;
    const theirs = wordsOf(this.theirs);
    const ids = segmentIds(theirs, this.mine).filter((id) => read(theirs, id) !== read(this.mine, id));
    return html`<dialog class="conflict" aria-labelledby="conflict-title" @cancel=${() => this.close()}>
      <h2 id="conflict-title">${t('conflict.title')}</h2>
      <p>${t('conflict.lede', { revision: this.theirs.workingRevision, when: i18n.dateTime(this.theirs.updatedAt) })}</p>
      <div class="conflict-segments">${ids.map((id) => html`<fieldset class="conflict-segment" data-segment=${id}>
        <legend>${this.label(id)}</legend>
        <div class="side-by-side">
          <div class="pane"><h3 class="pane-label">${t('conflict.theirs')}</h3><div class="text theirs" lang=${this.lang}>${read(theirs, id)}</div>
            <button type="button" class="secondary" @click=${() => this.take(id, read(theirs, id))}>${t('conflict.useTheirs')}</button></div>
          <div class="pane"><h3 class="pane-label">${t('conflict.mine')}</h3><div class="text mine" lang=${this.lang}>${read(this.mine, id)}</div>
            <button type="button" class="secondary" @click=${() => this.take(id, read(this.mine, id))}>${t('conflict.useMine')}</button></div>
        </div>
        <label for=${`merged-${id}`}>${t('conflict.merged')}</label>
        <textarea id=${`merged-${id}`} class="merged" lang=${this.lang} rows="3" .value=${read(this.merged, id)}
          @input=${(e) => { this.merged = write(this.merged, id, e.target.value); }}></textarea>
      </fieldset>`)}</div>
      <div class="dialog-actions">
        <button type="button" id="conflict-save" @click=${this.save}>${t('conflict.save')}</button>
        <button type="button" class="secondary" @click=${() => this.close()}>${t('conflict.later')}</button>
      </div>
    </dialog>`;
  }

  label(id) {
    return id.startsWith('b') ? t('editor.block', { n: Number(id.slice(1)) + 1 }) : t(`field.${id}`);
  }

  take(id, text) {
    this.merged = write(this.merged, id, text);
  }

  save() {
    this.close();
    this.dispatchEvent(new CustomEvent('merged', { detail: this.merged, bubbles: true }));
  }
}
customElements.define('tm-conflict-dialog', ConflictDialog);
