// Hash routes (#/articles/ID/kk/edit): the console is one document, so /console/ is all the
// server has to serve. A route is a pattern and a screen's tag; the match gives its parameters.
export const ROUTES = [
  { path: 'sign-in', screen: 'tm-sign-in', public: true },
  { path: 'my-work', screen: 'tm-my-work' },
  { path: 'articles', screen: 'tm-articles' },
  { path: 'coverage', screen: 'tm-coverage' },
  { path: 'review', screen: 'tm-review-queue' },
  { path: 'audit', screen: 'tm-audit' },
  { path: 'users', screen: 'tm-users' },
  { path: 'import', screen: 'tm-import' },
  { path: 'articles/new', screen: 'tm-new-article' },
  { path: 'articles/:id', screen: 'tm-article' },
  { path: 'articles/:id/:lang/edit', screen: 'tm-editor' },
  { path: 'articles/:id/:lang/review', screen: 'tm-review' },
  { path: 'articles/:id/:lang/history', screen: 'tm-history' },
];

/** The route of the current hash, with its path parameters and query. */
export function currentRoute() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params = {};
    if (pattern.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = parts[i]), true) : p === parts[i]))) {
      return { ...route, params, query: new URLSearchParams(query) };
    }
  }
  return null;
}

export function go(path, query) {
  const q = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v !== '' && v != null)).toString() : '';
  location.hash = `#/${path}${q ? `?${q}` : ''}`;
}

export function href(path) {
  return `#/${path}`;
}
