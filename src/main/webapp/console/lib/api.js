// The one module that talks to the REST API. It alone knows the session, the CSRF token, ETags
// and problem+json: screens call named methods and get data or an ApiProblem.
import { i18n } from './i18n.js';

const BASE = '../api/v1/';
const UNSAFE = new Set(['POST', 'PUT', 'DELETE']);

/** An RFC 9457 problem as the server sent it (title and detail already localized). */
export class ApiProblem extends Error {
  constructor(status, body) {
    super(body.title ?? String(status));
    this.status = status;
    this.type = body.type ?? 'about:blank';
    this.title = body.title;
    this.detail = body.detail;
    this.body = body;
  }

  /** The problem's short name: https://tilmash.dev/problems/four-eyes → four-eyes. */
  get slug() {
    return this.type.split('/').pop();
  }
}

/** Someone saved first (412): carries the version as it is now, whose ETag the client kept. */
export class ConflictProblem extends ApiProblem {
  constructor(status, body, current) {
    super(status, body);
    this.current = current;
  }
}

class Api extends EventTarget {
  constructor() {
    super();
    this.csrfToken = null;
    this.etags = new Map();
  }

  // ---- session

  async signIn(username, password) {
    const session = await this.request('POST', 'session', { body: { username, password }, anonymous: true });
    this.csrfToken = session.csrfToken;
    return session;
  }

  /** The signed-in session, or null. */
  async session() {
    try {
      const session = await this.request('GET', 'session', { quiet: true });
      this.csrfToken = session.csrfToken;
      return session;
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 401) return null;
      throw e;
    }
  }

  async signOut() {
    await this.request('DELETE', 'session', { quiet: true });
    this.csrfToken = null;
    this.etags.clear();
  }

  // ---- lists

  myWork(page = 0, size = 20) {
    return this.request('GET', 'my-work', { query: { page, size } });
  }

  reviewQueue(page = 0, size = 20, language) {
    return this.request('GET', 'review-queue', { query: { page, size, language } });
  }

  articles(filter) {
    return this.request('GET', 'articles', { query: filter });
  }

  coverage() {
    return this.request('GET', 'articles/coverage');
  }

  languages() {
    return this.request('GET', 'languages');
  }

  article(id) {
    return this.request('GET', `articles/${enc(id)}`);
  }

  createArticle(input) {
    return this.request('POST', 'articles', { body: input });
  }

  /** Gives the version to a translator (or an editor); null takes it back. */
  assign(id, lang, username) {
    return this.request('PUT', `${versionPath(id, lang)}/assignee`, { body: { username } });
  }

  audit(filter) {
    return this.request('GET', 'audit', { query: filter });
  }

  users() {
    return this.request('GET', 'users');
  }

  changeUser(username, access) {
    return this.request('PUT', `users/${enc(username)}`, { body: access });
  }

  /** A link the browser can follow to download the version as XLIFF (the cookie goes along). */
  xliffHref(id, lang) {
    return new URL(`${BASE}${versionPath(id, lang)}/xliff`, document.baseURI).toString();
  }

  /** Imports an XLIFF file into the version, against the ETag this client last saw. */
  async uploadXliff(id, lang, text, { force = false, submit = false } = {}) {
    const key = versionPath(id, lang);
    if (!this.etags.has(key)) await this.version(id, lang);
    const etag = this.etags.get(key);
    return this.request('PUT', `${key}/xliff`, {
      raw: text,
      contentType: 'application/xliff+xml',
      query: { force: force || undefined, submit: submit || undefined },
      headers: etag ? { 'If-Match': etag } : { 'If-None-Match': '*' },
      etagKey: key,
    });
  }

  /** Imports one old-site file as a draft article; one request per file, so progress is per file. */
  importFile(file, language) {
    const form = new FormData();
    form.append('files', file, file.name);
    return this.request('POST', 'imports', { form, query: { language } });
  }

  // ---- one language version

  /** The working copy, or null when the article has no version in that language yet. */
  async version(id, lang) {
    try {
      return await this.request('GET', versionPath(id, lang), { etagKey: versionPath(id, lang) });
    } catch (e) {
      if (e instanceof ApiProblem && e.status === 404 && e.slug === 'version-not-found') {
        this.etags.delete(versionPath(id, lang));
        return null;
      }
      throw e;
    }
  }

  /**
   * Saves the working copy against the ETag this client last saw (creates it when it saw none).
   * A 412 becomes a ConflictProblem carrying the version as it is now; saving again after that
   * saves over it, so the caller decides, with both texts in front of it, what to keep.
   */
  async saveVersion(id, lang, input) {
    const key = versionPath(id, lang);
    const etag = this.etags.get(key);
    try {
      return await this.request('PUT', key, {
        body: input,
        headers: etag ? { 'If-Match': etag } : { 'If-None-Match': '*' },
        etagKey: key,
      });
    } catch (e) {
      if (e instanceof ApiProblem && (e.status === 412 || (e.status === 409 && !etag))) {
        const current = await this.version(id, lang);
        throw new ConflictProblem(e.status, e.body, current);
      }
      throw e;
    }
  }

  async transition(id, lang, action, extra = {}) {
    const key = versionPath(id, lang);
    return this.request('POST', `${key}/transitions`, { body: { action, ...extra }, etagKey: key });
  }

  actions(id, lang) {
    return this.request('GET', `${versionPath(id, lang)}/actions`);
  }

  suggestions(id, lang) {
    return this.request('GET', `${versionPath(id, lang)}/suggestions`);
  }

  sourceChanges(id, lang) {
    return this.request('GET', `${versionPath(id, lang)}/source-changes`);
  }

  history(id, lang) {
    return this.request('GET', `${versionPath(id, lang)}/history`);
  }

  revisions(id, lang, page = 0, size = 20) {
    return this.request('GET', `${versionPath(id, lang)}/revisions`, { query: { page, size } });
  }

  revision(id, lang, n) {
    return this.request('GET', `${versionPath(id, lang)}/revisions/${n}`);
  }

  diff(id, lang, a, b) {
    return this.request('GET', `${versionPath(id, lang)}/revisions/${a}/diff/${b}`);
  }

  async restore(id, lang, n) {
    const key = versionPath(id, lang);
    if (!this.etags.has(key)) await this.version(id, lang);
    return this.request('POST', `${key}/revisions/${n}/restore`, {
      headers: { 'If-Match': this.etags.get(key) },
      etagKey: key,
    });
  }

  // ---- releases

  releases(id) {
    return this.request('GET', `articles/${enc(id)}/releases`);
  }

  scheduleRelease(id, input) {
    return this.request('POST', `articles/${enc(id)}/releases`, { body: input });
  }

  cancelRelease(id, release) {
    return this.request('DELETE', `articles/${enc(id)}/releases/${enc(release)}`);
  }

  // ---- the one way to the server

  async request(method, path, options = {}) {
    const url = new URL(BASE + path, document.baseURI);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
    }
    const headers = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': i18n.language,
      'X-Requested-With': 'XMLHttpRequest',
      ...(options.headers ?? {}),
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.raw !== undefined) headers['Content-Type'] = options.contentType;
    if (UNSAFE.has(method) && this.csrfToken && !options.anonymous) headers['X-CSRF-Token'] = this.csrfToken;
    let response;
    try {
      response = await fetch(url, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.form ?? options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      });
    } catch {
      throw new ApiProblem(0, { title: i18n.t('error.network.title'), detail: i18n.t('error.network.detail') });
    }
    if (options.etagKey && response.ok && response.headers.get('ETag')) {
      this.etags.set(options.etagKey, response.headers.get('ETag'));
    }
    const body = await readBody(response);
    if (!response.ok) {
      const problem = new ApiProblem(response.status, body && typeof body === 'object' ? body : {
        title: i18n.t('error.unexpected.title'),
        detail: i18n.t('error.unexpected.detail', { status: response.status }),
      });
      if (response.status === 401 && !options.quiet && !options.anonymous) {
        this.csrfToken = null;
        this.dispatchEvent(new Event('signed-out'));
      }
      throw problem;
    }
    return body;
  }
}

async function readBody(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function enc(value) {
  return encodeURIComponent(value);
}

function versionPath(id, lang) {
  return `articles/${enc(id)}/versions/${enc(lang)}`;
}

export const api = new Api();
