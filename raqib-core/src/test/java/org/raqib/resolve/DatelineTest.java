package org.raqib.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.raqib.rules.RuleData;
import org.raqib.rules.RuleSource;
import org.raqib.text.ArabicNormalizer;
import org.raqib.text.Tokenizer;

/** The publication date a page states itself, for input that has none. Lines are separated by '|'. */
class DatelineTest {
    private static final DateResolver DATES = new DateResolver(RuleData.of(RuleSource.classpath()));

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "غزة - الثلاثاء 17 أكتوبر 2023|أعلنت الوزارة مقتل 12 شخصا في غارة.; 2023-10-17",
            "عنوان الخبر|نشر في: 14 آذار 2019 الساعة 10:30 بتوقيت دمشق، وقد قالت الشرطة إن قتلى سقطوا.; 2019-03-14",
            "آخر تحديث: الأربعاء 21 نوفمبر 2018 - 10:45|قتل خمسة أشخاص بانفجار.; 2018-11-21",
            "أنقرة - 23/10/2019|أعلنت الوزارة مقتل جنديين.; 2019-10-23",
            "بيروت، 5 آذار/مارس 2020 (أ ف ب) - قتل 15 مدنيا على الأقل في غارات على بلدة في ريف إدلب وفق المرصد السوري.; 2020-03-05",
            // "today" given its date, even inside a long sentence
            "قتل 12 مدنيا في غارات على ريف حلب، بحسب ما أفاد المرصد اليوم الاثنين (4 مارس/ آذار 2019).|وكانت حصيلة سابقة أقل.; 2019-03-04",
            // a date inside a long sentence is an event's day, not the page's
            "قالت منظمة حقوقية في تقرير طويل نشرته أمس إن القصف الذي وقع في 5 آذار 2020 على البلدة أسفر عن مقتل عشرة مدنيين.; -",
            "قتل ثلاثة أشخاص.; -",
    })
    void readsTheDateAPageGivesItself(String page, String expected) {
        var tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(page.replace('|', '\n')));
        LocalDate found = DATES.dateline(tokens);
        assertThat(found == null ? "-" : found.toString()).isEqualTo(expected.strip());
    }
}
