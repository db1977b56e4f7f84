package com.crmbridge.app.web.console;

import com.crmbridge.app.config.CrmBridgeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
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

    ConsoleSessionController(ConsoleMessages messages, CrmBridgeProperties application, ConsoleProperties console) {
        this.messages = messages;
        this.language = messages.supported(application.locale().toLanguageTag());
        this.zone = application.zone().getId();
        this.currency = console.currency();
    }

    @GetMapping("/console/session")
    ConsoleSession session(Principal user, HttpServletRequest request) {
        @Nullable
        CsrfToken csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token ? token : null;
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
