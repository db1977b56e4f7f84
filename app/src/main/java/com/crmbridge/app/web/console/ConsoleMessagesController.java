package com.crmbridge.app.web.console;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the console's texts in one language as a JSON object, key to text with {@code {0}} placeholders. */
@RestController
class ConsoleMessagesController {
    private final ConsoleMessages messages;

    ConsoleMessagesController(ConsoleMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/console/messages/{language}")
    ResponseEntity<Map<String, String>> texts(@PathVariable String language) {
        // The texts change only with a new jar; a short private cache spares a request per page load.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(messages.texts(language));
    }
}
