package dev.tilmash.importing;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and fields of a {@code multipart/form-data} import: every part with a file name is a
 * file (a browser's {@code C:\…\name} is cut to the name); parts named {@code language} and {@code
 * tags} are the options, as an HTML form would send them. Files are read within the {@link
 * UploadLimits}.
 */
final class FormUpload {
  private static final int MAX_FIELD = 4096;

  /** What a form carried. {@code language} and {@code tags} are null when not sent. */
  record Upload(List<UploadedFile> files, String language, List<String> tags) {}

  private FormUpload() {}

  static Upload read(List<EntityPart> parts, UploadLimits limits) {
    List<UploadedFile> files = new ArrayList<>();
    String language = null;
    List<String> tags = null;
    try {
      for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
        String fileName = part.getFileName().map(FormUpload::baseName).orElse("");
        if (!fileName.isEmpty()) {
          if (files.size() == limits.maxFiles()) {
            throw ZipUpload.tooLarge("files", limits.maxFiles(), null);
          }
          files.add(
              new UploadedFile(
                  fileName, bounded(part.getContent(), limits.maxFileBytes(), fileName)));
        } else if (part.getName().equals("language")) {
          language = field(part);
        } else if (part.getName().equals("tags")) {
          tags = tags == null ? new ArrayList<>() : tags;
          tags.add(field(part));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Upload(files, language, tags);
  }

  private static String baseName(String fileName) {
    return fileName
        .substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
        .strip();
  }

  private static String field(EntityPart part) throws IOException {
    return new String(bounded(part.getContent(), MAX_FIELD, part.getName()), StandardCharsets.UTF_8)
        .strip();
  }

  private static byte[] bounded(InputStream in, long max, String name) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw ZipUpload.tooLarge("file", max, name);
      }
      return bytes;
    }
  }
}
