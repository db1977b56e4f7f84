package com.crmbridge.connector.fxiaoke.internal;

import tools.jackson.databind.node.ObjectNode;

/**
 * How calls are authenticated. The old style (corpAccessToken in the body) is the one implemented; new-style
 * OAuth (bearer headers) would be another implementation, never mixed with this one.
 */
public interface TokenSource {
    /** The token to use now, granting one when none is valid; callers wait for a grant in flight. */
    AccessToken current();

    /** Reports that the API refused the token; the next {@link #current()} grants anew unless already done. */
    void expired(AccessToken refused);

    /** Puts the token's fields at the top level of a business body. */
    default void authenticate(ObjectNode body, AccessToken token) {
        body.put("corpAccessToken", token.value().reveal());
        body.put("corpId", token.corpId());
    }
}
