package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.spi.error.ConnectorException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Authenticated calls: the token, {@code corpId} and (for data calls) {@code currentOpenUserId} at the top level
 * of every body; on 20016 one new token and one retry, a second 20016 an authentication failure.
 */
public final class FxiaokeApi {
    private final FxiaokeTransport transport;
    private final TokenSource tokens;
    private final String currentOpenUserId;

    public FxiaokeApi(FxiaokeTransport transport, TokenSource tokens, String currentOpenUserId) {
        this.transport = transport;
        this.tokens = tokens;
        this.currentOpenUserId = currentOpenUserId;
    }

    public ObjectMapper json() {
        return transport.json();
    }

    /** A data call, run as {@code current-open-user-id}. */
    public <T> T dataCall(
            String path, Consumer<ObjectNode> payload, Supplier<ReplyHandler<T>> handler, boolean retryFaults) {
        return call(path, true, payload, handler, retryFaults);
    }

    /** A call on the address book (employees, departments): token and corpId only. */
    public <T> T corpCall(String path, Consumer<ObjectNode> payload, Supplier<ReplyHandler<T>> handler) {
        return call(path, false, payload, handler, true);
    }

    private <T> T call(
            String path,
            boolean asUser,
            Consumer<ObjectNode> payload,
            Supplier<ReplyHandler<T>> handler,
            boolean retryFaults) {
        AccessToken[] used = {tokens.current()}; // replaced once, after a 20016
        Supplier<ObjectNode> body = () -> {
            ObjectNode node = transport.json().createObjectNode();
            tokens.authenticate(node, used[0]);
            if (asUser) {
                node.put("currentOpenUserId", currentOpenUserId);
            }
            payload.accept(node);
            return node;
        };
        try {
            return transport.call(path, body, handler, retryFaults);
        } catch (CallFailure failure) {
            if (failure.errorClass() != ErrorClass.TOKEN_EXPIRED) {
                throw failure;
            }
            tokens.expired(used[0]);
            used[0] = tokens.current();
            try {
                return transport.call(path, body, handler, retryFaults);
            } catch (CallFailure again) {
                if (again.errorClass() == ErrorClass.TOKEN_EXPIRED) {
                    throw new ConnectorException.AuthenticationFailed(
                            "Fxiaoke refused a freshly granted corpAccessToken: " + again.error()
                                    + "; check the app's permissions and current-open-user-id",
                            again);
                }
                throw again;
            }
        }
    }
}
