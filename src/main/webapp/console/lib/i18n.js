// The console's words and formats. The catalogs live in translations/console_<lang>.properties
// and reach the browser from GET /api/v1/console/messages; patterns are ICU MessageFormat.
// The UI language follows the browser, can be switched, and is remembered in localStorage.
import { format } from './message-format.js';

export const UI_LANGUAGES = ['en', 'ru', 'kk', 'uz', 'zh'];
const STORAGE_KEY = 'tilmash.console.language';

class I18n extends EventTarget {
  constructor() {
    super();
    this.language = 'en';
    this.messages = {};
    this.missing = new Set();
  }

  /** The remembered language, else the browser's first language the console speaks. */
  preferred() {
    const remembered = localStorage.getItem(STORAGE_KEY);
    if (UI_LANGUAGES.includes(remembered)) return remembered;
    for (const tag of navigator.languages ?? [navigator.language]) {
      const primary = String(tag).toLowerCase().split('-')[0];
      if (UI_LANGUAGES.includes(primary)) return primary;
    }
    return 'en';
  }

  async load(language, remember = false) {
    const response = await fetch(`../api/v1/console/messages?lang=${encodeURIComponent(language)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error(`console messages: ${response.status}`);
    const catalog = await response.json();
    this.language = catalog.language;
    this.messages = catalog.messages;
    this.languageNames = catalog.languageNames ?? {};
    this.missing.clear();
    this.intlDates = speaksDates(this.language);
    if (remember) localStorage.setItem(STORAGE_KEY, this.language);
    document.documentElement.lang = this.language;
    document.documentElement.dataset.missingKeys = '0';
    this.dispatchEvent(new Event('change'));
  }

  /** The message for a key; a missing key shows as ⟦key⟧ and is counted, never hidden. */
  t(key, args) {
    const pattern = this.messages[key];
    if (pattern == null) {
      this.missing.add(key);
      document.documentElement.dataset.missingKeys = String(this.missing.size);
      return `⟦${key}⟧`;
    }
    return format(pattern, args, this.language);
  }

  /**
   * A date and time in the UI language. Where the browser's ICU has no month names for it (Chromium
   * writes Kazakh and Uzbek months as "M12"), the catalog's month names and pattern take over.
   */
  dateTime(value) {
    if (!value) return '';
    const date = new Date(value);
    if (this.intlDates) {
      return new Intl.DateTimeFormat(this.language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    }
    const time = new Intl.DateTimeFormat(this.language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
    const months = this.t('format.months').split(',');
    return this.t('format.dateTime', { year: String(date.getFullYear()), month: months[date.getMonth()], day: String(date.getDate()), time });
  }

  number(value) {
    return new Intl.NumberFormat(this.language).format(value);
  }

  percent(fraction) {
    return new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
  }

  /**
   * A content language's name in the UI language, e.g. «қазақ тілі»: the server's ICU names the
   * configured ones (the browser's data is thin for kk and uz), the browser's ICU any other.
   */
  languageName(tag) {
    if (this.languageNames?.[tag]) return this.languageNames[tag];
    try {
      return new Intl.DisplayNames([this.language], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  /** A UI language's name in itself, for the switcher. */
  autonym(tag) {
    try {
      return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }
}

/** Whether the browser knows the language's month names (it answers "M12" when it does not). */
function speaksDates(language) {
  const december = new Intl.DateTimeFormat(language, { month: 'long' }).format(new Date(2026, 11, 15));
  return !/^M?\d+$/.test(december.trim());
}

export const i18n = new I18n();
export const t = (key, args) => i18n.t(key, args);
