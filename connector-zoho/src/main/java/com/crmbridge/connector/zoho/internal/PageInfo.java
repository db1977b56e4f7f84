package com.crmbridge.connector.zoho.internal;

import org.jspecify.annotations.Nullable;

/**
 * A page's {@code info}.
 *
 * @param moreRecords whether another page follows
 * @param nextPageToken the token of the next page; {@code null} when none was given
 * @param count the records on this page
 */
public record PageInfo(boolean moreRecords, @Nullable String nextPageToken, int count) {
    /** The info of a 204/304 reply: nothing, and nothing more. */
    public static final PageInfo NONE = new PageInfo(false, null, 0);
}
