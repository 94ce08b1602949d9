// A version's words as the editor's segments: title, summary, and one per body block (Markdown
// paragraphs, headings and list items separated by a blank line), in reading order.

export function blocksOf(body) {
  return (body ?? '').split(/\n[ \t]*\n/u).map((b) => b.trim()).filter((b) => b.length > 0);
}

export function bodyOf(blocks) {
  return blocks.map((b) => b.trim()).filter((b) => b.length > 0).join('\n\n');
}

/** The editable words of a version (or empty ones for a new translation). */
export function wordsOf(version) {
  return {
    title: version?.title ?? '',
    summary: version?.summary ?? '',
    blocks: blocksOf(version?.body),
  };
}

/** Segment ids in order: title, summary, b0, b1, … as many blocks as either side has. */
export function segmentIds(reference, target) {
  const n = Math.max(reference.blocks.length, target.blocks.length, 1);
  return ['title', 'summary', ...Array.from({ length: n }, (_, i) => `b${i}`)];
}

export function read(words, id) {
  if (id === 'title' || id === 'summary') return words[id] ?? '';
  return words.blocks[Number(id.slice(1))] ?? '';
}

export function write(words, id, text) {
  if (id === 'title' || id === 'summary') return { ...words, [id]: text };
  const blocks = [...words.blocks];
  const i = Number(id.slice(1));
  while (blocks.length <= i) blocks.push('');
  blocks[i] = text;
  return { ...words, blocks };
}

export function same(a, b) {
  return a.title === b.title && (a.summary ?? '') === (b.summary ?? '') && bodyOf(a.blocks) === bodyOf(b.blocks);
}

/** The memory's matches for one segment, numbered for the keyboard: whole segment first. */
export function matchesFor(suggestions, id) {
  if (!suggestions) return [];
  const field = id.startsWith('b') ? 'body' : id;
  const block = id.startsWith('b') ? Number(id.slice(1)) : null;
  const segments = suggestions.segments
    .filter((s) => s.field === field && (block === null ? s.block == null : s.block === block))
    .sort((a, b) => (a.sentence ?? -1) - (b.sentence ?? -1));
  // A block of one sentence has no segment for the whole: its sentence is the whole.
  const single = segments.length === 1;
  const matches = [];
  for (const s of segments) {
    const whole = s.sentence == null || single;
    if (s.exact) matches.push({ ...s.exact, similarity: 1, whole, segmentSource: s.source });
    for (const f of s.fuzzy ?? []) matches.push({ ...f, whole, segmentSource: s.source });
  }
  return matches.slice(0, 9);
}
