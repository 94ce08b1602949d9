// A date and a time typed in the UI language's own order (CLDR's, from the server: 01.12.2026 in
// Russian and Kazakh, 12/01/2026 in English, 2026/12/01 in Chinese) and 24-hour time. It replaces
// the browser's date-time picker, which follows the operating system's language, not the console's.
// Its value is a local date-time as the picker gave it ("2026-12-01T09:30"), or "" when empty.
import { html } from 'lit';
import { LightElement } from './light-element.js';
import { i18n, t } from './i18n.js';

const TIME = /^(\d{1,2}):(\d{2})$/;
/** A refused field is open again once the reader changes it: else the form would never submit. */
const retry = (event) => event.target.setCustomValidity('');

class DateTimeField extends LightElement {
  static properties = { name: {}, label: {}, value: {} };

  /** The fields as the reader writes them: the date in the language's order, the time as HH:MM. */
  get parts() {
    const [date, time] = (this.value ?? '').split('T');
    if (!date) return { date: '', time: '' };
    const [year, month, day] = date.split('-');
    return { date: i18n.dateFigures({ year, month, day }), time: time ?? '' };
  }

  /**
   * Reads what was typed: { ok: true, value } with the local date-time ("" when both are empty),
   * or { ok: false } after telling the reader what is wrong, in their language, at the field.
   */
  read() {
    const dateInput = this.querySelector('input.date');
    const timeInput = this.querySelector('input.time');
    dateInput.setCustomValidity('');
    timeInput.setCustomValidity('');
    const dateText = dateInput.value.trim();
    const timeText = timeInput.value.trim();
    if (!dateText && !timeText) return { ok: true, value: '' };
    const date = i18n.parseDateFigures(dateText);
    if (!date) return this.refuse(dateInput, t('input.dateInvalid', { pattern: this.datePattern() }));
    const time = timeText ? TIME.exec(timeText) : ['', '0', '00'];
    if (!time || Number(time[1]) > 23 || Number(time[2]) > 59) {
      return this.refuse(timeInput, t('input.timeInvalid', { pattern: t('input.timePattern') }));
    }
    return { ok: true, value: `${date}T${time[1].padStart(2, '0')}:${time[2]}` };
  }

  refuse(input, message) {
    input.setCustomValidity(message);
    input.reportValidity();
    return { ok: false };
  }

  datePattern() {
    return i18n.dateFigures({ year: t('input.yearLetters'), month: t('input.monthLetters'), day: t('input.dayLetters') });
  }

  render() {
    const parts = this.parts;
    return html`<fieldset class="date-time"><legend>${this.label}</legend>
      <label>${t('input.date')} <input class="date" name=${`${this.name}-date`} inputmode="numeric" autocomplete="off"
        placeholder=${this.datePattern()} .value=${parts.date} @input=${retry}></label>
      <label>${t('input.time')} <input class="time" name=${`${this.name}-time`} inputmode="numeric" autocomplete="off"
        placeholder=${t('input.timePattern')} .value=${parts.time} @input=${retry}></label>
    </fieldset>`;
  }
}
customElements.define('tm-date-time', DateTimeField);
