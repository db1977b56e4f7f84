package com.crmbridge.connector.zoho.internal;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One page of a Zoho listing: its rows, each a small JSON tree, and its {@code info}.
 *
 * @param rows the records of {@code data} (or {@code users}) in the order Zoho sent them
 * @param info paging information
 */
public record RecordPage(List<JsonNode> rows, PageInfo info) {
    public RecordPage {
        rows = List.copyOf(rows);
    }

    /** The page of a 204/304 reply. */
    public static RecordPage empty() {
        return new RecordPage(List.of(), PageInfo.NONE);
    }
}
