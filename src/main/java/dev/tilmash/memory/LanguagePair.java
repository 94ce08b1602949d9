package dev.tilmash.memory;

/** The direction of a translation: from the source language into the target language. */
record LanguagePair(String source, String target) {}
