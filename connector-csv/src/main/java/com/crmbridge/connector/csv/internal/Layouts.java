package com.crmbridge.connector.csv.internal;

import com.crmbridge.domain.Feedback;
import com.crmbridge.spi.StreamKind;
import java.util.List;

/** The layout of each record type's file, for settings checks and documentation. */
public final class Layouts {
    private Layouts() {}

    public static Layout of(StreamKind stream) {
        return switch (stream) {
            case MANAGERS -> new ManagerRows().layout();
            case CUSTOMERS -> new CustomerRows().layout();
            case DEALS -> new DealRows().layout();
            case FEEDBACK -> new FeedbackRows(Feedback.MIN_SCORE, Feedback.MAX_SCORE).layout();
            case TARGETS -> new TargetRows().layout();
        };
    }

    /** The canonical column names of a record type, in order. */
    public static List<String> columnNames(StreamKind stream) {
        return of(stream).columns().stream().map(Column::name).toList();
    }
}
