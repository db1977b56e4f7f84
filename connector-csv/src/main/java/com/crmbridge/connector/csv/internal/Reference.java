package com.crmbridge.connector.csv.internal;

import com.crmbridge.spi.StreamKind;

/**
 * A record's reference to a manager or customer, checked against the ids of that stream's file.
 *
 * @param column the column as the file names it
 * @param id the referenced id
 * @param target the stream the id belongs to
 */
public record Reference(String column, String id, StreamKind target) {}
