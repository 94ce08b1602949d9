// Work never lost: the editor's words are kept in localStorage as they are typed, per user,
// article and language, until the server has them.
const PREFIX = 'tilmash.console.draft';

export class LocalDraft {
  constructor(user, articleId, lang) {
    this.key = `${PREFIX}:${user}:${articleId}:${lang}`;
    this.timer = null;
  }

  load() {
    try {
      return JSON.parse(localStorage.getItem(this.key) ?? 'null');
    } catch {
      return null;
    }
  }

  /** Keeps the words soon (typing is not slowed by a write per key). */
  keep(words, basedOnRevision) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.keepNow(words, basedOnRevision), 300);
  }

  keepNow(words, basedOnRevision) {
    clearTimeout(this.timer);
    localStorage.setItem(this.key, JSON.stringify({ words, basedOnRevision, keptAt: new Date().toISOString() }));
  }

  clear() {
    clearTimeout(this.timer);
    localStorage.removeItem(this.key);
  }
}
