package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The single-flight corpAccessToken manager of one tenant (contract, section 2). Callers share one token; when
 * it is missing or due, the first caller grants and the others wait for that grant. A token is used until
 * {@code expiresIn − 600 s} after receipt; at most 10 grants run per 60 s, never two at once.
 */
public final class CorpAccessTokens implements TokenSource {
    /** The interface that grants tokens. */
    public static final String PATH = "/cgi/corpAccessToken/get/V2";

    private static final Duration MARGIN = Duration.ofMinutes(10);
    private static final int GRANTS_PER_WINDOW = 10;
    private static final Duration GRANT_WINDOW = Duration.ofMinutes(1);

    private final FxiaokeTransport transport;
    private final String appId;
    private final Secret appSecret;
    private final Secret permanentCode;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ConnectorLog log;
    private final Deque<Instant> grants = new ArrayDeque<>();
    private @Nullable AccessToken token;

    public CorpAccessTokens(
            FxiaokeTransport transport,
            String appId,
            Secret appSecret,
            Secret permanentCode,
            Clock clock,
            Sleeper sleeper,
            ConnectorLog log) {
        this.transport = transport;
        this.appId = appId;
        this.appSecret = appSecret;
        this.permanentCode = permanentCode;
        this.clock = clock;
        this.sleeper = sleeper;
        this.log = log;
    }

    @Override
    public synchronized AccessToken current() {
        AccessToken valid = token;
        if (valid != null && clock.instant().isBefore(valid.renewAt())) {
            return valid;
        }
        AccessToken granted = grant();
        token = granted;
        return granted;
    }

    @Override
    public synchronized void expired(AccessToken refused) {
        if (refused.equals(token)) {
            token = null;
        }
    }

    private AccessToken grant() {
        waitForGrantBudget();
        grants.addLast(clock.instant());
        Instant asked = clock.instant();
        try {
            Grant grant = transport.call(
                    PATH,
                    () -> {
                        ObjectNode body = transport.json().createObjectNode();
                        body.put("appId", appId);
                        body.put("appSecret", appSecret.reveal());
                        body.put("permanentCode", permanentCode.reveal());
                        return body;
                    },
                    GrantReader::new,
                    true);
            log.info("granted a corpAccessToken for " + grant.corpId + ", valid " + grant.expiresIn + " s");
            Instant renewAt = asked.plusSeconds(grant.expiresIn).minus(MARGIN);
            return new AccessToken(Secret.of(grant.token), grant.corpId, renewAt);
        } catch (CallFailure failure) {
            throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                    "app-id",
                    "Fxiaoke granted no corpAccessToken: " + failure.error()
                            + "; check app-id, app-secret and permanent-code")));
        }
    }

    private void waitForGrantBudget() {
        Instant now = clock.instant();
        while (!grants.isEmpty() && !grants.peekFirst().plus(GRANT_WINDOW).isAfter(now)) {
            grants.removeFirst();
        }
        if (grants.size() >= GRANTS_PER_WINDOW) {
            Duration wait = Duration.between(now, grants.removeFirst().plus(GRANT_WINDOW));
            log.warn("waiting " + wait.toMillis() + " ms: at most " + GRANTS_PER_WINDOW + " token grants per minute");
            sleeper.sleep(wait);
        }
    }

    private record Grant(String token, String corpId, long expiresIn) {}

    private static final class GrantReader implements ReplyHandler<Grant> {
        private @Nullable String token;
        private @Nullable String corpId;
        private long expiresIn = 7200;

        @Override
        public void field(String name, JsonParser parser) {
            switch (name) {
                case "corpAccessToken" -> token = parser.getValueAsString(null);
                case "corpId" -> corpId = parser.getValueAsString(null);
                case "expiresIn" -> expiresIn = parser.getValueAsLong(7200);
                default -> parser.skipChildren();
            }
        }

        @Override
        public Grant result() {
            if (token == null || corpId == null) {
                throw new CallFailure(
                        ErrorClass.MALFORMED,
                        new ApiError(PATH, 0, "the grant carries no corpAccessToken or corpId", null),
                        null,
                        null);
            }
            return new Grant(token, corpId, expiresIn);
        }
    }
}
