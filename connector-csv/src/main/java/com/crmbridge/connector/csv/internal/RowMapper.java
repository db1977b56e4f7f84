package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.CanonicalRecord;
import java.util.List;

/** Turns rows of one record type's file into canonical records. Stateless; one per record type. */
public interface RowMapper {
    /** The record type's columns. */
    Layout layout();

    /**
     * The record of a row.
     *
     * @param connector the connector's configured name, the records' {@code SourceRef} connector
     * @throws RowException naming the column, value and reason when the row cannot be a record
     */
    CanonicalRecord map(String connector, RowValues row) throws RowException;

    /** The managers and customers the record refers to, by column; checked when their files are present. */
    List<Reference> references(CanonicalRecord record, HeaderMatch header);
}
