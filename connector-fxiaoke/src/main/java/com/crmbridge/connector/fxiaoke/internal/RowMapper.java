package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import java.util.List;

/**
 * Maps one object's rows to canonical records by the contract's default mapping (section 6) and the configured
 * field api names.
 *
 * @param <T> the record type
 */
public interface RowMapper<T extends CanonicalRecord> {
    /** The fields to project, besides {@code _id}, {@code last_modified_time}, {@code life_status}, {@code is_deleted}. */
    List<String> fields();

    /**
     * The record of a row.
     *
     * @throws RowRejected naming the field, value and reason when a required value is missing or bad
     * @throws IllegalArgumentException when the record refuses the values (its message names field and value)
     */
    T map(SourceRef source, Row row);
}
