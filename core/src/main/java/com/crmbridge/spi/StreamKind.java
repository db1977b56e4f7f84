package com.crmbridge.spi;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.Target;

/** The streams a source can offer, one per canonical record type. */
public enum StreamKind {
    MANAGERS(Manager.class),
    CUSTOMERS(Customer.class),
    DEALS(Deal.class),
    FEEDBACK(Feedback.class),
    TARGETS(Target.class);

    private final Class<? extends CanonicalRecord> recordType;

    StreamKind(Class<? extends CanonicalRecord> recordType) {
        this.recordType = recordType;
    }

    /** The record type of this stream. */
    public Class<? extends CanonicalRecord> recordType() {
        return recordType;
    }

    /** The stream a record belongs to. */
    public static StreamKind of(CanonicalRecord record) {
        for (StreamKind kind : values()) {
            if (kind.recordType.isInstance(record)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no stream for " + record.getClass().getName());
    }
}
