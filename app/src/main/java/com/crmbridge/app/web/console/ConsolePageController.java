package com.crmbridge.app.web.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the console's single page at {@code /console}, so that users need not type {@code index.html}. */
@Controller
class ConsolePageController {

    @GetMapping("/console")
    String redirectToSlash() {
        // The page loads its modules by relative URLs, which resolve against /console/, not /console.
        return "redirect:/console/";
    }

    @GetMapping("/console/")
    String page() {
        return "forward:/console/index.html";
    }
}
