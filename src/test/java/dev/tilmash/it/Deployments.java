package dev.tilmash.it;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Map;
import java.util.TreeMap;
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
    return withSettings(archive, Map.of(key, value));
  }

  /** The archive with several configuration values of its own, as {@link #withSetting}. */
  public static WebArchive withSettings(Map<String, String> settings) {
    return withSettings(tilmash(), settings);
  }

  private static WebArchive withSettings(WebArchive archive, Map<String, String> settings) {
    StringBuilder properties = new StringBuilder("config_ordinal=700\n");
    settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
    JavaArchive setting =
        ShrinkWrap.create(JavaArchive.class, "setting.jar")
            .addAsManifestResource(
                new StringAsset(properties.toString()), "microprofile-config.properties");
    return archive.addAsLibrary(setting);
  }

  /**
   * Another instance of the application: the same WAR under {@code name} (its context root), with
   * settings of its own and a search index of its own (the embedded Lucene index takes one writer),
   * sharing the server's database, as instances behind a load balancer share theirs.
   */
  public static WebArchive instance(String name, Map<String, String> settings) {
    Map<String, String> all = new TreeMap<>(settings);
    all.putIfAbsent(
        "tilmash.search.index-path",
        new File(
                "target/it-index-"
                    + name
                    + "-"
                    + System.getProperty("it.database", "h2")
                    + "-"
                    + System.getProperty("it.server.name", "it"))
            .getAbsolutePath());
    StringBuilder properties = new StringBuilder("config_ordinal=700\n");
    all.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
    JavaArchive setting =
        ShrinkWrap.create(JavaArchive.class, "settings.jar")
            .addAsManifestResource(
                new StringAsset(properties.toString()), "microprofile-config.properties");
    return archive(name).addAsLibrary(setting);
  }

  /** Where the archive called {@code name} answers. */
  public static URI root(String name) {
    return URI.create(
        "http://localhost:" + System.getProperty("it.http.port", "9181") + "/" + name + "/");
  }

  /** {@link #root(String)} as the URL that {@code Api.anonymous} takes. */
  public static URL url(String name) {
    try {
      return root(name).toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
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
