package dev.tilmash.article;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tilmash.shared.JpaTestDatabase;
import jakarta.persistence.PersistenceException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the schema itself guarantees, whatever the code above it does: slugs unique per language,
 * one version per article and language, one revision per number.
 */
class SchemaConstraintsJpaTest {
  @RegisterExtension static final JpaTestDatabase db = new JpaTestDatabase();

  private NewsroomFixture newsroom;

  @BeforeEach
  void newsroom() {
    newsroom = new NewsroomFixture(db);
  }

  @Test
  void twoVersionsCannotShareASlugInOneLanguage() {
    String first = newsroom.article("en", "shared-slug", "First");
    String second = newsroom.article("ru", "vtoraya", "Вторая");

    PersistenceException failure =
        assertThrows(
            PersistenceException.class,
            () -> newsroom.translation(second, "en", "shared-slug", "Second", 1));
    assertConstraint("uq_version_slug", failure);
    // the same slug in another language is fine
    newsroom.translation(first, "ru", "shared-slug", "Общий", 1);
  }

  @Test
  void anArticleHasOneVersionPerLanguage() {
    String article = newsroom.article("en", "one-per-language", "One per language");
    newsroom.translation(article, "ru", "odna", "Одна", 1);

    PersistenceException failure =
        assertThrows(
            PersistenceException.class,
            () -> newsroom.translation(article, "ru", "vtoraya-odna", "Вторая", 1));
    assertConstraint("uq_version_language", failure);
  }

  @Test
  void twoRevisionsOfAVersionCannotShareANumber() {
    String article = newsroom.article("en", "numbered", "Numbered");

    PersistenceException failure =
        assertThrows(
            PersistenceException.class,
            () ->
                db.run(
                    em -> {
                      ArticleRepository repository = NewsroomFixture.repository(em);
                      LanguageVersion version = repository.lockVersion(article, "en").orElseThrow();
                      em.persist(
                          new Revision(
                              version,
                              1,
                              NewsroomFixture.content("Duplicate"),
                              null,
                              "editor",
                              null,
                              newsroom.tick()));
                      em.flush();
                    }));
    assertConstraint("uq_revision_number", failure);
  }

  static void assertConstraint(String name, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation) {
        String constraint = String.valueOf(violation.getConstraintName()).toLowerCase(Locale.ROOT);
        assertTrue(
            constraint.contains(name),
            () -> "expected " + name + " but the violated constraint is " + constraint);
        return;
      }
    }
    throw new AssertionError("no constraint violation in " + failure, failure);
  }
}
