package com.crmbridge.app.web.console;

import com.crmbridge.app.config.CrmBridgeProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of the console and the API's form login, in the configured language or the one asked for
 * with {@code ?lang=}; Spring Security's generated page speaks English only. The form posts to Spring
 * Security's {@code POST /login}, which answers a failure with {@code ?error} and a sign-out with
 * {@code ?logout}; both are shown here in words.
 */
@Controller
class SignInPage {
    private final ConsoleMessages messages;
    private final String defaultLanguage;

    SignInPage(ConsoleMessages messages, CrmBridgeProperties application) {
        this.messages = messages;
        this.defaultLanguage = messages.supported(application.locale().toLanguageTag());
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestParam(name = "error", required = false) @Nullable String error,
            @RequestParam(name = "logout", required = false) @Nullable String logout,
            HttpServletRequest request) {
        String language = lang == null ? defaultLanguage : messages.supported(lang);
        Map<String, String> texts = messages.texts(language);
        StringBuilder html = new StringBuilder(2048)
                .append("<!doctype html>\n<html lang=\"")
                .append(language)
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(text(texts, "login.title"))
                .append(" · ")
                .append(text(texts, "app.title"))
                .append("</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>")
                .append(text(texts, "app.title"))
                .append("</h1>\n");
        if (error != null) {
            html.append("<p class=\"message error\" role=\"alert\">")
                    .append(text(texts, "login.failed"))
                    .append("</p>\n");
        } else if (logout != null) {
            html.append("<p class=\"message\" role=\"status\">")
                    .append(text(texts, "login.signedOut"))
                    .append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"/login\">\n")
                .append(field(texts, "username", "text", "username"))
                .append(field(texts, "password", "password", "current-password"));
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            html.append("<input type=\"hidden\" name=\"")
                    .append(HtmlUtils.htmlEscape(csrf.getParameterName()))
                    .append("\" value=\"")
                    .append(HtmlUtils.htmlEscape(csrf.getToken()))
                    .append("\">\n");
        }
        html.append("<button type=\"submit\">")
                .append(text(texts, "login.submit"))
                .append("</button>\n</form>\n<nav aria-label=\"")
                .append(text(texts, "lang.label"))
                .append("\">");
        for (String other : messages.languages()) {
            html.append("<a href=\"/login?lang=")
                    .append(other)
                    .append("\" hreflang=\"")
                    .append(other)
                    .append(other.equals(language) ? "\" aria-current=\"true\">" : "\">")
                    .append("zh-CN".equals(other) ? "中文" : "English")
                    .append("</a> ");
        }
        return html.append("</nav>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String field(Map<String, String> texts, String name, String type, String autocomplete) {
        return "<label>" + text(texts, "login." + name) + "<input name=\"" + name + "\" type=\"" + type
                + "\" autocomplete=\"" + autocomplete + "\" required></label>\n";
    }

    private static String text(Map<String, String> texts, String key) {
        return HtmlUtils.htmlEscape(texts.getOrDefault(key, key));
    }

    private static final String STYLE = "body{margin:0;background:#f5f6f8;color:#1f2937;font:14px system-ui,"
            + "-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif}"
            + "main{max-width:340px;margin:12vh auto;padding:28px;background:#fff;border:1px solid #e5e7eb;"
            + "border-radius:8px}h1{font-size:18px;margin:0 0 20px}label{display:block;margin:0 0 14px;"
            + "color:#6b7280}input{display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:8px;"
            + "border:1px solid #e5e7eb;border-radius:6px;font:inherit;color:#1f2937}button{width:100%;"
            + "padding:9px;border:0;border-radius:6px;background:#2563eb;color:#fff;font:inherit;"
            + "font-weight:600;cursor:pointer}.message{padding:8px 10px;border-radius:6px;background:#dbeafe}"
            + ".error{background:#fee2e2;color:#b91c1c}nav{margin-top:18px;font-size:12px}nav a{color:#2563eb;"
            + "margin-right:8px}nav a[aria-current]{color:#6b7280;text-decoration:none}";
}
