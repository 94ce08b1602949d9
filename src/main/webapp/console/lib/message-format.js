// A small ICU MessageFormat formatter: the subset the console's catalogs use.
// {name}, {n, number}, {d, date}, {n, plural, =0 {…} one {…} other {…}} with #,
// {x, select, a {…} other {…}}; '' is an apostrophe and '{…}' quotes braces, as in ICU.
// Plural categories come from Intl.PluralRules, so Russian, Kazakh and Uzbek are right.

const cache = new Map();

// number writes a number in the locale (the console's own, where the browser's data falls short).
export function format(pattern, args, locale, number = (n) => new Intl.NumberFormat(locale).format(n)) {
  let ast = cache.get(pattern);
  if (!ast) {
    ast = parse(pattern);
    cache.set(pattern, ast);
  }
  return render(ast, args ?? {}, { locale, number }, null);
}

function render(nodes, args, context, pluralValue) {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
    } else if (node.type === 'hash') {
      out += pluralValue == null ? '#' : context.number(pluralValue);
    } else {
      out += renderArgument(node, args, context, pluralValue);
    }
  }
  return out;
}

function renderArgument(node, args, context, pluralValue) {
  const { locale } = context;
  const value = args[node.name];
  // A missing argument shows as {name}, as ICU shows it: visible, never silently empty.
  if (value == null && node.type !== 'plural' && node.type !== 'select') return `{${node.name}}`;
  switch (node.type) {
    case 'number':
      return context.number(value);
    case 'date':
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));
    case 'plural': {
      const n = Number(value ?? 0);
      const exact = node.options['=' + n];
      const branch = exact ?? node.options[new Intl.PluralRules(locale).select(n)] ?? node.options.other;
      return render(branch ?? [], args, context, n);
    }
    case 'select': {
      const branch = node.options[String(value)] ?? node.options.other;
      return render(branch ?? [], args, context, pluralValue);
    }
    default:
      return String(value);
  }
}

/** Parses a pattern into text and argument nodes; throws on a malformed pattern. */
export function parse(pattern) {
  const state = { s: pattern, i: 0 };
  const nodes = parseNodes(state, false);
  if (state.i < pattern.length) throw new SyntaxError(`unexpected } in ${pattern}`);
  return nodes;
}

function parseNodes(st, inPlural) {
  const nodes = [];
  let text = '';
  while (st.i < st.s.length) {
    const c = st.s[st.i];
    if (c === "'") {
      text += quoted(st);
    } else if (c === '{') {
      if (text) nodes.push(text);
      text = '';
      st.i++;
      nodes.push(parseArgument(st));
    } else if (c === '}') {
      break;
    } else if (c === '#' && inPlural) {
      if (text) nodes.push(text);
      text = '';
      nodes.push({ type: 'hash' });
      st.i++;
    } else {
      text += c;
      st.i++;
    }
  }
  if (text) nodes.push(text);
  return nodes;
}

function quoted(st) {
  const next = st.s[st.i + 1];
  if (next === "'") {
    st.i += 2;
    return "'";
  }
  if (next !== '{' && next !== '}' && next !== '#') {
    st.i++;
    return "'";
  }
  const end = st.s.indexOf("'", st.i + 1);
  const stop = end < 0 ? st.s.length : end;
  const literal = st.s.slice(st.i + 1, stop);
  st.i = stop + 1;
  return literal;
}

function parseArgument(st) {
  const close = () => {
    if (st.s[st.i] !== '}') throw new SyntaxError(`missing } in ${st.s}`);
    st.i++;
  };
  const name = word(st);
  if (!name) throw new SyntaxError(`empty argument in ${st.s}`);
  skipSpace(st);
  if (st.s[st.i] === '}') {
    st.i++;
    return { type: 'simple', name };
  }
  if (st.s[st.i] !== ',') throw new SyntaxError(`expected , in ${st.s}`);
  st.i++;
  const kind = word(st);
  skipSpace(st);
  if (kind === 'number' || kind === 'date') {
    if (st.s[st.i] === ',') {
      st.i = st.s.indexOf('}', st.i);
      if (st.i < 0) throw new SyntaxError(`missing } in ${st.s}`);
    }
    close();
    return { type: kind, name };
  }
  if (kind !== 'plural' && kind !== 'select') throw new SyntaxError(`unknown type ${kind} in ${st.s}`);
  if (st.s[st.i] !== ',') throw new SyntaxError(`expected , in ${st.s}`);
  st.i++;
  const options = {};
  for (;;) {
    skipSpace(st);
    if (st.s[st.i] === '}') break;
    const key = word(st);
    if (!key) throw new SyntaxError(`expected a selector in ${st.s}`);
    skipSpace(st);
    if (st.s[st.i] !== '{') throw new SyntaxError(`expected { after ${key} in ${st.s}`);
    st.i++;
    options[key] = parseNodes(st, kind === 'plural');
    close();
  }
  if (!options.other) throw new SyntaxError(`${kind} without other in ${st.s}`);
  close();
  return { type: kind, name, options };
}

function word(st) {
  skipSpace(st);
  const m = /^[=\w.-]+/u.exec(st.s.slice(st.i));
  if (!m) return '';
  st.i += m[0].length;
  return m[0];
}

function skipSpace(st) {
  while (st.i < st.s.length && /\s/u.test(st.s[st.i])) st.i++;
}
