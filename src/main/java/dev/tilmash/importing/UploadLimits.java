package dev.tilmash.importing;

/**
 * How much one import may hold. Every file is read into memory before anything is created (so a
 * limit tripped half-way leaves nothing behind); these bound that memory.
 *
 * @param maxFiles files in one import
 * @param maxFileBytes bytes of one file, as uploaded or as unpacked from the archive
 * @param maxArchiveBytes bytes of all entries of an archive together, unpacked
 */
public record UploadLimits(int maxFiles, long maxFileBytes, long maxArchiveBytes) {}
