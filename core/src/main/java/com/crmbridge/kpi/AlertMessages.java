package com.crmbridge.kpi;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message templates of the alerts, from the UTF-8 bundle {@code com/crmbridge/kpi/AlertMessages}: Chinese
 * for a {@code zh} locale, English otherwise. The JVM's default locale never plays a part.
 */
final class AlertMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

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
        return new MessageFormat(bundle.getString(key), locale)
                .format(List.of(arguments).toArray());
    }
}
