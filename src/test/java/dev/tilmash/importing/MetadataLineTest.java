package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataLineTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Author: Daniyar Seitkali              | AUTHOR | Daniyar Seitkali",
        "Auther: Madina Yusupova               | AUTHOR | Madina Yusupova",
        "Athor: Madina Yusupova                | AUTHOR | Madina Yusupova",
        "Authors: A. Li, B. Kim                | AUTHOR | A. Li, B. Kim",
        "Автор: Ольга Кравченко                | AUTHOR | Ольга Кравченко",
        "Атвор: Айгуль Садыкова                | AUTHOR | Айгуль Садыкова",
        "**Автор:** Тимур Ахмедов              | AUTHOR | Тимур Ахмедов",
        "Muallif: Dilnoza Karimova             | AUTHOR | Dilnoza Karimova",
        "作者：王芳                              | AUTHOR | 王芳",
        "Source: Kazakh Railways press service | SOURCE | Kazakh Railways press service",
        "Souce: University of Samarkand        | SOURCE | University of Samarkand",
        "Sourse: Kazinform                     | SOURCE | Kazinform",
        "SOURCE : Reuters                      | SOURCE | Reuters",
        "Источник: пресс-служба акимата        | SOURCE | пресс-служба акимата",
        "Истоник: пресс-служба                 | SOURCE | пресс-служба",
        "Дереккөз: Kazinform                   | SOURCE | Kazinform",
        "Manba: Dunyo axborot agentligi        | SOURCE | Dunyo axborot agentligi",
      })
  void shouldReadAuthorAndSourceLinesEvenMisspelled(
      String line, MetadataField field, String value) {
    assertEquals(Optional.of(new MetadataLine(field, value)), MetadataLine.parse(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sauce: tomato",
        "Course: economics",
        "Authority: the ministry",
        "Note: prices are in tenge",
        "Фото: Сергей Ли",
        "Автор",
        "Author:",
        "The author: someone who writes a long sentence about the forum",
      })
  void shouldLeaveOtherLinesAlone(String line) {
    assertEquals(Optional.empty(), MetadataLine.parse(line));
  }

  @org.junit.jupiter.api.Test
  void shouldNotTakeASentenceThatStartsWithALabelAsMetadata() {
    String sentence = "Source: " + "the ministry said that exports grew again ".repeat(6);
    assertEquals(Optional.empty(), MetadataLine.parse(sentence));
  }

  @ParameterizedTest
  @CsvSource({"auther, author, 1", "souce, source, 1", "атвор, автор, 1", "sauce, source, 2"})
  void shouldCountSwapsAsOneEdit(String a, String b, int distance) {
    assertEquals(distance, EditDistance.between(a, b));
  }
}
