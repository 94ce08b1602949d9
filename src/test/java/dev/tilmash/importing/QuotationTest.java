package dev.tilmash.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"Water does not stop at borders\"",
        "“We are no longer a transit country, we are a destination,” says the minister",
        "«Мы не будем ждать, пока соседи достроят свою часть дороги», — заявил министр",
        "„Мы готовы к диалогу“",
        "「水不分国界」",
        "«Біз көршілерімізді күтпейміз» — дейді министр",
        "“Trade will double.”"
      })
  void shouldTakeAQuotationForAQuote(String line) {
    assertTrue(Quotation.isQuote(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "«Казахтелеком» повысит тарифы для бизнеса",
        "“Silk Road” trains return to Samarkand after a pause",
        "«Мы не будем ждать»: министр о новой дороге в Нарыне",
        "Samarkand expects a record year for tourists",
        "\"\"",
        "«"
      })
  void shouldNotTakeAHeadlineThatQuotesANameForAQuote(String line) {
    assertFalse(Quotation.isQuote(line), line);
  }
}
