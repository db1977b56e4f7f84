package com.crmbridge.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a request under {@code /api/} (or for the API's description, {@code /v3/api-docs}) that carries a configured key in the header {@code X-API-Key}, as the
 * principal {@code api-key:<name>} with the role {@code USER}. A request without the header passes untouched (HTTP
 * Basic or the console's session may still sign it in); a request with a key that matches none is answered
 * {@code 401} at once. Keys are held only as hashes and compared with {@link PasswordEncoder#matches}; the key a
 * request sent is never logged nor echoed.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    static final String HEADER = "X-API-Key";

    private final Map<String, String> encodedKeys;
    private final PasswordEncoder encoder;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /**
     * @param encodedKeys key name to the encoded key ({@code {bcrypt}…})
     */
    ApiKeyFilter(Map<String, String> encodedKeys, PasswordEncoder encoder) {
        this.encodedKeys = Map.copyOf(encodedKeys);
        this.encoder = encoder;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/v3/api-docs")) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String name = given == null ? null : match(given);
        if (name == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"unknown API key\"}");
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "api-key:" + name, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }

    /** The name of the key that matches; every key is tried, so the time taken does not tell which one matched. */
    private @Nullable String match(String given) {
        String found = null;
        for (Map.Entry<String, String> key : List.copyOf(encodedKeys.entrySet())) {
            if (encoder.matches(given, key.getValue()) && found == null) {
                found = key.getKey();
            }
        }
        return found;
    }
}
