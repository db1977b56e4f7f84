package com.crmbridge.app.web.console;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the console's page needs to know about its user and installation before it calls the API.
 *
 * @param user the signed-in user's name
 * @param language the configured language, a BCP 47 tag such as {@code zh-CN}: the console's default
 * @param languages every language the console has texts for
 * @param zone the configured time zone, in which the console shows dates and times
 * @param currency the ISO 4217 code of the base currency that amounts are in
 * @param csrfHeader the header that POSTs carry the CSRF token in; {@code null} when CSRF protection is off
 * @param csrfToken the CSRF token; {@code null} when CSRF protection is off
 */
record ConsoleSession(
        String user,
        String language,
        List<String> languages,
        String zone,
        String currency,
        @Nullable String csrfHeader,
        @Nullable String csrfToken) {
    ConsoleSession {
        languages = List.copyOf(languages);
    }
}
