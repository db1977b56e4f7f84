package com.crmbridge.kpi;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The message templates of the alerts, from the UTF-8 bundle {@code com/crmbridge/kpi/AlertMessages}: Chinese
 * for a {@code zh} locale, English otherwise. The JVM's default locale never plays a part.
 */
final class AlertMessages {
    private final ResourceBundle bundle;
    /** Parsed once per key; an instance serves one computation on one thread. */
    private final Map<String, MessageTemplate> formats = new HashMap<>();

    AlertMessages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(
                "com.crmbridge.kpi.AlertMessages",
                locale,
                AlertMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The template {@code key} filled with already formatted texts. */
    String format(String key, String... arguments) {
        MessageTemplate format = formats.computeIfAbsent(key, k -> MessageTemplate.parse(bundle.getString(k)));
        return format.format(arguments);
    }
}
