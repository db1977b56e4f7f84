package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The alert templates give exactly what MessageFormat gives, in both languages. */
class MessageTemplateTest {
    private static final String[] TEXTS = {"王芳", "c-1's", "120000.00", "12", "2026-04-19", "15.0", "7", "East"};

    @Test
    void everyBundleTemplateFormatsAsMessageFormatDoes() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    "com.crmbridge.kpi.AlertMessages",
                    locale,
                    AlertMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                assertThat(MessageTemplate.parse(pattern).format(TEXTS))
                        .as("%s in %s", key, locale)
                        .isEqualTo(new MessageFormat(pattern, locale).format(TEXTS));
            }
        }
    }

    @Test
    void quotesAndMissingArgumentsAsInMessageFormat() {
        for (String pattern : new String[] {"it''s {0}", "'{0}' is {1}", "{0}}{2}", "a '' b '{'x'}' {1}", ""}) {
            assertThat(MessageTemplate.parse(pattern).format("A", "B"))
                    .as(pattern)
                    .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"A", "B"}));
        }
    }

    @Test
    void formatTypesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.parse("{0,number}"));
    }
}
