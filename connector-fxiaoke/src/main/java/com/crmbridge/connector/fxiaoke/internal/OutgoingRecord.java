package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.spi.ResultRow;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scorecard or alert as it goes to its custom object.
 *
 * @param row the row it comes from, recorded in the ledger once accepted
 * @param key the value of the object's key field ({@code <openUserId>:<period>}, {@code <type>:<subjectId>})
 * @param ownerId the openUserId that owns it, sent on create only
 * @param fields every mapped field but {@code owner}, undefined figures as JSON null
 */
public record OutgoingRecord(ResultRow row, String key, String ownerId, ObjectNode fields) {}
