package dev.tilmash.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the WAR that `mvn package` built, exactly as a
 * newsroom would deploy it, under a name of its own so it never collides with the application that
 * server.xml deploys.
 */
public final class Deployments {
  private Deployments() {}

  private static final String NAME = "tilmash-it";

  /** The name, and so the context root, of {@link #withClockOffset}'s archive. */
  public static final String OFFSET_NAME = "tilmash-it-offset";

  public static WebArchive tilmash() {
    return archive(NAME);
  }

  private static WebArchive archive(String name) {
    return ShrinkWrap.create(ZipImporter.class, name + ".war")
        .importFrom(new File("target/tilmash.war"))
        .as(WebArchive.class);
  }

  /**
   * The same application with its clock moved by {@code offset} (an ISO-8601 duration, {@code
   * -PT1H}), by a configuration file of higher ordinal in a library of its own: for the tests of
   * what the application does with time that passed while it was down. It answers under {@link
   * #OFFSET_NAME} (Arquillian deploys no two archives of one name) and shares the server's
   * database.
   */
  public static WebArchive withClockOffset(String offset) {
    return withSetting(archive(OFFSET_NAME), "tilmash.clock.offset", offset);
  }

  /**
   * The same archive with one configuration value of its own, in a library whose configuration file
   * outranks the server's variables (ordinal 500) and application properties (600).
   */
  public static WebArchive withSetting(String key, String value) {
    return withSetting(tilmash(), key, value);
  }

  private static WebArchive withSetting(WebArchive archive, String key, String value) {
    JavaArchive setting =
        ShrinkWrap.create(JavaArchive.class, "setting.jar")
            .addAsManifestResource(
                new StringAsset("config_ordinal=700\n" + key + "=" + value + "\n"),
                "microprofile-config.properties");
    return archive.addAsLibrary(setting);
  }

  /**
   * Where the archive answers ({@code http://localhost:<it.http.port>/tilmash-it/}), known before
   * Arquillian injects its URL into a test instance, so that {@code @BeforeAll} can use it.
   */
  public static URI root() {
    return URI.create(
        "http://localhost:" + System.getProperty("it.http.port", "9181") + "/" + NAME + "/");
  }

  /**
   * Where the archive of context root {@code name} answers, for a test that deploys two at once
   * ({@link #tilmash()} under {@code tilmash-it} and {@link #withClockOffset} under {@link
   * #OFFSET_NAME}).
   */
  public static URL at(String name) {
    try {
      return root().resolve("/" + name + "/").toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
