package com.crmbridge.app.web.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The console's texts, from the bundles {@code console-messages*.properties} (UTF-8): English in the base
 * bundle, Chinese in {@code _zh_CN}. A language the console has no texts for falls back to English, never
 * to the JVM's default locale, so that a server set to Chinese still serves English to those who ask.
 */
@Component
class ConsoleMessages {
    static final String BUNDLE = "console-messages";
    private static final List<String> LANGUAGES = List.of("zh-CN", "en");

    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    /** The languages there are texts for, as BCP 47 tags. */
    List<String> languages() {
        return LANGUAGES;
    }

    /**
     * The supported language closest to a requested one: {@code zh}, {@code zh-Hans} and {@code zh-CN} give
     * {@code zh-CN}; anything else gives {@code en}.
     */
    String supported(String requested) {
        Locale locale = Locale.forLanguageTag(requested.replace('_', '-'));
        return "zh".equals(locale.getLanguage()) ? "zh-CN" : "en";
    }

    /** Every text of the language closest to {@code requested}, by key, in key order. */
    Map<String, String> texts(String requested) {
        return byLanguage.computeIfAbsent(supported(requested), ConsoleMessages::load);
    }

    private static Map<String, String> load(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return Map.copyOf(texts);
    }
}
