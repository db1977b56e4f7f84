package com.crmbridge.connector.zoho.internal;

import com.crmbridge.spi.ResultRow;
import tools.jackson.databind.node.ObjectNode;

/**
 * A result row and the Zoho row it becomes.
 *
 * @param row the result row, whose key and fingerprint the ledger keeps
 * @param zohoKey the value of the module's duplicate-check field ({@code Scorecard_Key}, {@code Alert_Key})
 * @param json the row sent in {@code data[]}
 */
public record PushRow(ResultRow row, String zohoKey, ObjectNode json) {}
