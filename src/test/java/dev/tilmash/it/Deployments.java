package dev.tilmash.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the WAR that `mvn package` built, exactly as a
 * newsroom would deploy it, under a name of its own so it never collides with the application that
 * server.xml deploys.
 */
public final class Deployments {
  private Deployments() {}

  public static WebArchive tilmash() {
    return ShrinkWrap.create(ZipImporter.class, "tilmash-it.war")
        .importFrom(new File("target/tilmash.war"))
        .as(WebArchive.class);
  }
}
