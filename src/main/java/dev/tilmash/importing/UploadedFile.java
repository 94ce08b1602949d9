package dev.tilmash.importing;

/** One file of an import as it arrived: its name (without folders) and its bytes. */
public record UploadedFile(String name, byte[] content) {}
