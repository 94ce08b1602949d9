package dev.tilmash.delivery;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses a body once, when it is rendered, so that a cache hit only picks ready bytes. gzip at
 * the best level; Brotli (brotli4j's native encoder) at quality 9, which gives most of quality 11's
 * gain at a small part of its time, when the platform has its native library, and never otherwise:
 * then delivery offers gzip alone.
 */
final class Compression {
  private static final Logger LOG = Logger.getLogger(Compression.class.getName());
  private static final int BROTLI_QUALITY = 9;
  private static final boolean BROTLI = brotliAvailable();

  private Compression() {}

  static byte[] gzip(byte[] identity) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(identity.length / 3 + 64);
    try (GZIPOutputStream gzip = new BestGzip(out)) {
      gzip.write(identity);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toByteArray();
  }

  /** The Brotli bytes, or {@code null} when this platform has no Brotli encoder. */
  static byte[] brotli(byte[] identity) {
    if (!BROTLI) {
      return null;
    }
    try {
      return Encoder.compress(identity, new Encoder.Parameters().setQuality(BROTLI_QUALITY));
    } catch (IOException failed) {
      LOG.log(Level.WARNING, "Brotli failed; this answer goes out in gzip", failed);
      return null;
    }
  }

  private static boolean brotliAvailable() {
    try {
      Brotli4jLoader.ensureAvailability();
      return true;
    } catch (Throwable missing) { // UnsatisfiedLinkError when the platform has no native
      LOG.log(Level.INFO, "No Brotli encoder on this platform; delivery offers gzip", missing);
      return false;
    }
  }

  private static final class BestGzip extends GZIPOutputStream {
    BestGzip(ByteArrayOutputStream out) throws IOException {
      super(out);
      def.setLevel(Deflater.BEST_COMPRESSION);
    }
  }
}
