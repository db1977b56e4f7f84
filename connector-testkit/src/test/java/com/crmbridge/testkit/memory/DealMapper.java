package com.crmbridge.testkit.memory;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** Maps the in-memory CRM's text rows to records, setting aside a bad row with the field at fault. */
final class DealMapper {
    private final String connector;

    DealMapper(String connector) {
        this.connector = connector;
    }

    String connector() {
        return connector;
    }

    static String objectOf(StreamKind stream) {
        return stream == StreamKind.MANAGERS ? "Users" : "Deals";
    }

    /**
     * The record of a row.
     *
     * @throws ConnectorException.BadRecordException naming the object, id and field when the row is bad
     */
    CanonicalRecord map(InMemoryCrm.Row row) {
        SourceRef source = new SourceRef(connector, row.id());
        Map<String, String> f = row.fields();
        if (row.stream() == StreamKind.MANAGERS) {
            String email = f.get("email");
            if (email != null && !email.contains("@")) {
                throw bad(row, "email", email, "is not an e-mail address");
            }
            return new Manager(
                    source,
                    f.getOrDefault("name", ""),
                    email,
                    f.get("team"),
                    ManagerTier.valueOf(f.getOrDefault("tier", "STANDARD")),
                    true);
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(f.getOrDefault("amount", ""));
        } catch (NumberFormatException e) {
            throw bad(row, "amount", f.get("amount"), "is not a number");
        }
        if (amount.signum() < 0) {
            throw bad(row, "amount", f.get("amount"), "must not be negative");
        }
        LocalDate close;
        try {
            close = LocalDate.parse(f.getOrDefault("close", ""));
        } catch (DateTimeParseException e) {
            throw bad(row, "close", f.get("close"), "is not a date like 2026-09-30");
        }
        return new Deal(
                source,
                null,
                f.getOrDefault("owner", ""),
                amount,
                DealStage.valueOf(f.getOrDefault("stage", "QUALIFICATION").toUpperCase(Locale.ROOT)),
                close,
                null);
    }

    private static ConnectorException.BadRecordException bad(
            InMemoryCrm.Row row, String field, @org.jspecify.annotations.Nullable String raw, String reason) {
        return new ConnectorException.BadRecordException(
                BadRecord.inObject(objectOf(row.stream()), row.id(), field, raw, field + " " + reason));
    }
}
