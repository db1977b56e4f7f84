package com.crmbridge.app.web.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the console who is signed in, the configured language, zone and currency, and the CSRF token that
 * its POSTs (run now, sign out) must carry under form login.
 */
@RestController
class ConsoleSessionController {
    private final ConsoleMessages messages;
    private final String language;
    private final String zone;
    private final String currency;

    ConsoleSessionController(
            ConsoleMessages messages,
            @Value("${crmbridge.locale:zh-CN}") String language,
            @Value("${crmbridge.zone:Asia/Shanghai}") String zone,
            @Value("${crmbridge.console.currency:CNY}") String currency) {
        this.messages = messages;
        this.language = messages.supported(language);
        this.zone = zone;
        this.currency = currency;
    }

    @GetMapping("/console/session")
    ConsoleSession session(Principal user, HttpServletRequest request) {
        Object attribute = request.getAttribute(CsrfToken.class.getName());
        CsrfToken csrf = attribute instanceof CsrfToken ? (CsrfToken) attribute : null;
        return new ConsoleSession(
                user.getName(),
                language,
                messages.languages(),
                zone,
                currency,
                csrf == null ? null : csrf.getHeaderName(),
                csrf == null ? null : csrf.getToken());
    }
}
