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
    this.numberSymbols = catalog.numbers;
    this.dates = catalog.dates ?? { order: 'ymd', separator: '-' };
    this.intlNumbers = speaksNumbers(this.language, catalog.numbers);
    if (remember) localStorage.setItem(STORAGE_KEY, this.language);
    document.documentElement.lang = this.language;
    document.documentElement.dataset.missingKeys = '0';
    this.dispatchEvent(new Event('change'));
  }

  /** A date's figures (or placeholders) in the UI language's order, with its separator. */
  dateFigures({ year, month, day }) {
    const field = { y: year, m: month, d: day };
    return [...this.dates.order].map((f) => field[f]).join(this.dates.separator);
  }

  /** A date typed in the UI language's order as "2026-12-01", or null when it is no real date. */
  parseDateFigures(text) {
    const figures = text.split(/[^0-9]+/).filter(Boolean);
    if (figures.length !== 3) return null;
    const field = {};
    [...this.dates.order].forEach((f, i) => { field[f] = Number(figures[i]); });
    const { y, m, d } = field;
    const date = new Date(Date.UTC(y, m - 1, d));
    if (y < 1000 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
    return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }

  /** The message for a key; a missing key shows as ⟦key⟧ and is counted, never hidden. */
  t(key, args) {
    const pattern = this.messages[key];
    if (pattern == null) {
      this.missing.add(key);
      document.documentElement.dataset.missingKeys = String(this.missing.size);
      return `⟦${key}⟧`;
    }
    return format(pattern, args, this.language, (n) => this.number(n));
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

  /**
   * A number in the UI language. Where the browser's ICU writes it otherwise than CLDR (Chromium
   * writes Kazakh and Uzbek numbers the English way, 12,345.5), the server's CLDR symbols take over.
   */
  number(value) {
    if (this.intlNumbers) return new Intl.NumberFormat(this.language).format(value);
    return withSymbols(new Intl.NumberFormat('en').format(value), this.numberSymbols);
  }

  percent(fraction) {
    if (this.intlNumbers) {
      return new Intl.NumberFormat(this.language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
    }
    return this.numberSymbols.percent.replace('{0}', this.number(Math.round(fraction * 100)));
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

/** Whether the browser writes this language's numbers with CLDR's symbols (12 345,5 for kk). */
function speaksNumbers(language, symbols) {
  if (!symbols) return true;
  const written = new Intl.NumberFormat(language).format(-12345.5);
  return written === withSymbols('-12,345.5', symbols);
}

/** An English-written number (12,345.5) in other symbols, one character at a time. */
function withSymbols(english, symbols) {
  const by = { ',': symbols.group, '.': symbols.decimal, '-': symbols.minus };
  return english.replace(/[,.-]/g, (c) => by[c]);
}

export const i18n = new I18n();
export const t = (key, args) => i18n.t(key, args);
