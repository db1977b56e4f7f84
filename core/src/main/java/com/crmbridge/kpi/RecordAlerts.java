package com.crmbridge.kpi;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.Feedback;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The alerts about single records, raised while the records are indexed: STALE_KEY_ACCOUNT and
 * UNRESOLVED_COMPLAINT measure whole 24-hour days between instants, OVERDUE_DEAL compares dates in the zone.
 */
final class RecordAlerts {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final KpiConfig config;
    private final Instant asOf;
    private final LocalDate asOfDate;
    private final AlertMessages messages;
    private final List<Alert> raised = new ArrayList<>();

    RecordAlerts(KpiConfig config, Instant asOf, AlertMessages messages) {
        this.config = config;
        this.asOf = asOf;
        this.asOfDate = LocalDate.ofInstant(asOf, config.zone());
        this.messages = messages;
    }

    /** A KEY customer still a customer at asOf: raised when never contacted or not for more than the limit. */
    void staleKeyAccount(Customer customer, ManagerIdentity owner) {
        Instant lastContact = customer.lastContactAt();
        Severity severity;
        String message;
        if (lastContact == null) {
            severity = Severity.HIGH;
            message = messages.format("stale.never", customer.name());
        } else {
            Duration silence = Duration.between(lastContact, asOf);
            if (silence.compareTo(Duration.ofDays(config.alerts().staleKeyAccountDays())) <= 0) {
                return;
            }
            severity = silence.compareTo(Duration.ofDays(config.alerts().staleKeyAccountHighDays())) > 0
                    ? Severity.HIGH
                    : Severity.MEDIUM;
            message = messages.format(
                    "stale.days",
                    customer.name(),
                    Long.toString(silence.toDays()),
                    MINUTE.format(lastContact.atZone(config.zone())));
        }
        raised.add(new Alert(
                AlertType.STALE_KEY_ACCOUNT, severity, owner, SubjectType.CUSTOMER, customer.source(), message));
    }

    /** An open deal whose closeDate is before asOf's date; the customer's name when the customer is known. */
    void overdueDeal(Deal deal, @Nullable String customerName, ManagerIdentity owner) {
        long daysOverdue = ChronoUnit.DAYS.between(deal.closeDate(), asOfDate);
        Severity severity = daysOverdue > config.alerts().overdueDealHighDays() ? Severity.HIGH : Severity.MEDIUM;
        String message = messages.format(
                customerName == null ? "overdue.plain" : "overdue.customer",
                deal.source().externalId(),
                customerName == null ? "" : customerName,
                Shown.money(deal.amount()),
                Long.toString(daysOverdue),
                deal.closeDate().toString());
        raised.add(new Alert(AlertType.OVERDUE_DEAL, severity, owner, SubjectType.DEAL, deal.source(), message));
    }

    /**
     * A complaint without resolvedAt: raised when received more than the limit before asOf; the customer's name
     * when the customer is known.
     */
    void unresolvedComplaint(Feedback complaint, @Nullable String customerName, ManagerIdentity manager) {
        Duration open = Duration.between(complaint.receivedAt(), asOf);
        if (open.compareTo(Duration.ofDays(config.alerts().unresolvedComplaintDays())) <= 0) {
            return;
        }
        String message = messages.format(
                customerName == null ? "complaint.plain" : "complaint.customer",
                complaint.source().externalId(),
                customerName == null ? "" : customerName,
                Long.toString(open.toDays()),
                MINUTE.format(complaint.receivedAt().atZone(config.zone())));
        raised.add(new Alert(
                AlertType.UNRESOLVED_COMPLAINT,
                Severity.HIGH,
                manager,
                SubjectType.FEEDBACK,
                complaint.source(),
                message));
    }

    List<Alert> raised() {
        return raised;
    }
}
