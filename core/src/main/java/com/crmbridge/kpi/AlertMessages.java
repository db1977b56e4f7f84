package com.crmbridge.kpi;

import java.text.MessageFormat;
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
    private final Locale locale;
    /** Parsed once per key; an instance serves one computation on one thread, as MessageFormat needs. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    AlertMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                "com.crmbridge.kpi.AlertMessages",
                locale,
                AlertMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The template {@code key} filled with already formatted texts. */
    String format(String key, String... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        return format.format(arguments);
    }
}
