package dev.tilmash.memory;

import java.util.List;

/**
 * The memory's matches for one source segment: {@code exact} (left out when there is none, as every
 * {@code null} in the API's JSON) and up to {@code tilmash.memory.fuzzy-limit} {@code fuzzy}
 * matches of at least {@code tilmash.memory.fuzzy-minimum}, best first, the exact match not
 * repeated among them.
 *
 * @param field {@code title}, {@code summary} or {@code body}
 * @param block the body block, from 0; none for title and summary
 * @param sentence the sentence, from 0; none for the whole of a field or block with several
 */
public record SegmentSuggestion(
    String field,
    Integer block,
    Integer sentence,
    String source,
    TranslationMemory.Match exact,
    List<TranslationMemory.Match> fuzzy) {}
