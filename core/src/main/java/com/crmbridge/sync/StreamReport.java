package com.crmbridge.sync;

import com.crmbridge.spi.StreamKind;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What reading one stream did.
 *
 * @param stream the stream
 * @param read records received (created or changed at the source)
 * @param changed stored records that were new or different, or deleted
 * @param deleted records flagged deleted: tombstones plus, after a replacing read, the records it did not return
 * @param rejected rows set aside
 * @param pages pages committed
 * @param retries retries after retryable failures
 * @param rateLimitWaits waits a rate limit asked for
 * @param replaced whether the read replaced the stream's content
 * @param completed whether the stream was read to its end
 * @param duration how long the stream took, by the loop's clock
 * @param error what stopped the stream, for a person; {@code null} when it completed
 */
public record StreamReport(
        StreamKind stream,
        long read,
        long changed,
        long deleted,
        long rejected,
        int pages,
        int retries,
        int rateLimitWaits,
        boolean replaced,
        boolean completed,
        Duration duration,
        @Nullable String error) {}
