package dev.tilmash.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and fields of a {@code multipart/form-data} import: every part with a file name is a
 * file (a browser's {@code C:\…\name} is cut to the name); parts named {@code language} and {@code
 * tags} are the options, as an HTML form would send them. The body is read whole by {@link
 * MultipartBody} first, so a body that is cut off imports nothing; files are kept within the {@link
 * UploadLimits}.
 */
final class FormUpload {
  private static final int MAX_FIELD = 4096;

  /** What a form carried. {@code language} and {@code tags} are null when not sent. */
  record Upload(List<UploadedFile> files, String language, List<String> tags) {}

  private FormUpload() {}

  static Upload read(String contentType, byte[] body, UploadLimits limits) {
    List<UploadedFile> files = new ArrayList<>();
    String language = null;
    List<String> tags = null;
    for (MultipartBody.Part part : MultipartBody.read(contentType, body)) {
      String fileName = part.fileName() == null ? "" : baseName(part.fileName());
      if (!fileName.isEmpty()) {
        if (files.size() == limits.maxFiles()) {
          throw ZipUpload.tooLarge("files", limits.maxFiles(), null);
        }
        files.add(
            new UploadedFile(fileName, bounded(part.content(), limits.maxFileBytes(), fileName)));
      } else if (part.name().equals("language")) {
        language = field(part);
      } else if (part.name().equals("tags")) {
        tags = tags == null ? new ArrayList<>() : tags;
        tags.add(field(part));
      }
    }
    return new Upload(files, language, tags);
  }

  private static String baseName(String fileName) {
    return fileName
        .substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
        .strip();
  }

  private static String field(MultipartBody.Part part) {
    return new String(bounded(part.content(), MAX_FIELD, part.name()), StandardCharsets.UTF_8)
        .strip();
  }

  private static byte[] bounded(byte[] content, long max, String name) {
    if (content.length > max) {
      throw ZipUpload.tooLarge("file", max, name);
    }
    return content;
  }
}
