package com.crmbridge.app.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConsoleMessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    private final ConsoleMessages messages = new ConsoleMessages();

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        assertThat(messages.texts("zh-CN").keySet())
                .containsExactlyInAnyOrderElementsOf(messages.texts("en").keySet());
    }

    @Test
    void translationsKeepThePlaceholdersOfTheEnglishText() {
        Map<String, String> english = messages.texts("en");
        Map<String, String> chinese = messages.texts("zh-CN");
        english.forEach((key, text) ->
                assertThat(placeholders(chinese.getOrDefault(key, ""))).as(key).isEqualTo(placeholders(text)));
    }

    @Test
    void chineseTextsAreReadAsUtf8() {
        assertThat(messages.texts("zh-CN")).containsEntry("nav.scorecards", "绩效考核");
        assertThat(messages.texts("en")).containsEntry("nav.scorecards", "Scorecards");
    }

    @Test
    void anyChineseTagGivesChineseAndAnyOtherTagGivesEnglish() {
        assertThat(messages.supported("zh")).isEqualTo("zh-CN");
        assertThat(messages.supported("zh_CN")).isEqualTo("zh-CN");
        assertThat(messages.supported("zh-Hans-CN")).isEqualTo("zh-CN");
        assertThat(messages.supported("en-GB")).isEqualTo("en");
        assertThat(messages.supported("fr")).isEqualTo("en");
        assertThat(messages.supported("not a tag")).isEqualTo("en");
    }

    @Test
    void englishIsServedEvenWhereTheServerDefaultsToChinese() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(new ConsoleMessages().texts("en")).containsEntry("nav.alerts", "Alerts");
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
