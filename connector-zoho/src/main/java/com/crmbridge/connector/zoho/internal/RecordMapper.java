package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps Zoho rows onto canonical records by the contract's default mapping (section 6) as configured. A row
 * that cannot be mapped raises {@link ConnectorException.BadRecordException} with the field and the reason.
 */
public final class RecordMapper {
    private final ZohoConfig config;
    private final String connector;
    private final ZoneId zone;

    public RecordMapper(ZohoConfig config, String connector, ZoneId zone) {
        this.config = config;
        this.connector = connector;
        this.zone = zone;
    }

    /** The kind of the settings ({@code deals}) of a stream. */
    public static String kind(StreamKind stream) {
        return switch (stream) {
            case MANAGERS -> "managers";
            case CUSTOMERS -> "customers";
            case DEALS -> "deals";
            case FEEDBACK -> "feedback";
            case TARGETS -> "targets";
        };
    }

    /** The {@code fields} parameter of a module listing: each mapped field once, plus {@code Modified_Time}. */
    public List<String> fieldsParameter(StreamKind stream) {
        Set<String> fields = new LinkedHashSet<>();
        String kind = kind(stream);
        for (String field : DefaultMapping.fieldsOf(kind)) {
            fields.add(config.field(kind, field).split("\\.", 2)[0]);
        }
        fields.add(DefaultMapping.MODIFIED_TIME);
        return new ArrayList<>(fields);
    }

    /**
     * Maps one row.
     *
     * @throws ConnectorException.BadRecordException when the row cannot be mapped
     */
    public CanonicalRecord map(StreamKind stream, ZohoRow row) {
        String id = row.id();
        if (id == null) {
            throw row.bad(DefaultMapping.ID, null, "the record has no id");
        }
        SourceRef source = new SourceRef(connector, id);
        try {
            return switch (stream) {
                case MANAGERS -> manager(source, row);
                case CUSTOMERS -> customer(source, row);
                case DEALS -> deal(source, row);
                case FEEDBACK -> feedback(source, row);
                case TARGETS -> target(source, row);
            };
        } catch (IllegalArgumentException e) {
            throw row.bad(null, null, String.valueOf(e.getMessage()));
        }
    }

    private String f(String kind, String field) {
        return config.field(kind, field);
    }

    private Manager manager(SourceRef source, ZohoRow row) {
        String tier = row.text(f("managers", "tier"));
        String status = row.text(f("managers", "active"));
        return new Manager(
                source,
                row.requiredText(f("managers", "name"), "the manager's name"),
                row.text(f("managers", "email")),
                row.text(f("managers", "team")),
                tier != null && containsIgnoringCase(config.seniorManagerTiers(), tier)
                        ? ManagerTier.SENIOR
                        : ManagerTier.STANDARD,
                status != null && containsIgnoringCase(config.activeUserStatuses(), status));
    }

    private Customer customer(SourceRef source, ZohoRow row) {
        String tier = row.text(f("customers", "tier"));
        return new Customer(
                source,
                row.requiredText(f("customers", "name"), "the customer's name"),
                row.requiredText(f("customers", "ownerId"), "the owner"),
                tier != null && containsIgnoringCase(config.keyCustomerTiers(), tier)
                        ? CustomerTier.KEY
                        : CustomerTier.NORMAL,
                row.requiredDate(f("customers", "createdOn"), zone, "the creation time"),
                row.date(f("customers", "churnedOn"), zone),
                row.instant(f("customers", "lastContactAt")));
    }

    private Deal deal(SourceRef source, ZohoRow row) {
        String stagePath = f("deals", "stage");
        String stageValue = row.requiredText(stagePath, "the stage");
        DealStage stage = config.stages().get(stageValue);
        if (stage == null) {
            throw row.bad(
                    stagePath,
                    stageValue,
                    "stage '" + stageValue + "' is not in stage-map; map it with stage-map.<STAGE>: " + stageValue);
        }
        String amountPath = f("deals", "amount");
        BigDecimal amount = row.decimal(amountPath);
        if (amount != null && amount.signum() < 0) {
            throw row.bad(amountPath, amount.toPlainString(), "the amount is negative");
        }
        return new Deal(
                source,
                row.text(f("deals", "customerId")),
                row.requiredText(f("deals", "ownerId"), "the owner"),
                amount == null ? BigDecimal.ZERO : amount,
                stage,
                row.requiredDate(f("deals", "closeDate"), zone, "the closing date"),
                row.date(f("deals", "createdOn"), zone));
    }

    private Feedback feedback(SourceRef source, ZohoRow row) {
        String kindPath = f("feedback", "kind");
        String kindValue = row.requiredText(kindPath, "the feedback type");
        FeedbackKind kind = findKind(kindValue);
        if (kind == null) {
            throw row.bad(
                    kindPath,
                    kindValue,
                    "feedback type '" + kindValue + "' is not one of "
                            + config.feedbackKinds().keySet() + "; map it with feedback-kind.<kind>");
        }
        String scorePath = f("feedback", "score");
        BigDecimal score = row.decimal(scorePath);
        if (score != null
                && (score.stripTrailingZeros().scale() > 0
                        || score.compareTo(Feedback.MIN_SCORE) < 0
                        || score.compareTo(Feedback.MAX_SCORE) > 0)) {
            throw row.bad(scorePath, score.toPlainString(), "the score must be a whole number 1..5");
        }
        return new Feedback(
                source,
                row.text(f("feedback", "customerId")),
                row.text(f("feedback", "managerId")),
                row.requiredInstant(f("feedback", "receivedAt"), "the received time"),
                score,
                kind,
                row.instant(f("feedback", "resolvedAt")));
    }

    private Target target(SourceRef source, ZohoRow row) {
        String periodPath = f("targets", "period");
        String periodText = row.requiredText(periodPath, "the period");
        Period period;
        try {
            period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
            throw row.bad(periodPath, periodText, "the period must look like 2026-Q3, 2026-09 or 2026");
        }
        String amountPath = f("targets", "amount");
        BigDecimal amount = row.decimal(amountPath);
        if (amount == null) {
            throw row.bad(amountPath, null, "the target amount is empty");
        }
        return new Target(
                source,
                row.requiredText(f("targets", "managerId"), "the manager"),
                period,
                amount,
                row.decimal(f("targets", "baseBonus")));
    }

    private @Nullable FeedbackKind findKind(String value) {
        for (var entry : config.feedbackKinds().entrySet()) {
            if (entry.getKey().equalsIgnoreCase(value)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean containsIgnoringCase(List<String> values, String value) {
        String wanted = value.toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
