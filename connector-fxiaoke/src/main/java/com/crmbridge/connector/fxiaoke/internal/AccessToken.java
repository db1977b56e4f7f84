package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.spi.Secret;
import java.time.Instant;

/**
 * A granted corpAccessToken with the corpId it belongs to and when to stop using it.
 *
 * @param value the token; travels in bodies only and never shows in {@link #toString()}
 * @param corpId the tenant's {@code FSCID_…}
 * @param renewAt when to grant a new one (expiry minus the safety margin)
 */
public record AccessToken(Secret value, String corpId, Instant renewAt) {
    @Override
    public String toString() {
        return "AccessToken[" + Secret.MASK + ", corpId=" + corpId + ", renewAt=" + renewAt + "]";
    }
}
