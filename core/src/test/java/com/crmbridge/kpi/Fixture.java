package com.crmbridge.kpi;

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
import com.crmbridge.domain.PeriodKind;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Builds small data sets for the engine tests: every record of connector {@code crm} unless said otherwise,
 * instants given as Shanghai wall-clock time.
 */
final class Fixture {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String CRM = "crm";

    private final List<CanonicalRecord> records = new ArrayList<>();
    private KpiConfig config = KpiConfig.defaults();

    static Instant at(String shanghaiDateTime) {
        return LocalDateTime.parse(shanghaiDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDate date(String date) {
        return LocalDate.parse(date);
    }

    static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    /** The defaults with another period kind, locale and range. */
    static KpiConfig configWith(PeriodKind kind, Locale locale, @Nullable Period from, @Nullable Period to) {
        KpiConfig d = KpiConfig.defaults();
        return new KpiConfig(d.zone(), kind, locale, d.components(), d.ratings(), d.bonus(), d.alerts(), from, to);
    }

    Fixture config(KpiConfig newConfig) {
        this.config = newConfig;
        return this;
    }

    Fixture add(CanonicalRecord record) {
        records.add(record);
        return this;
    }

    Fixture manager(String id, @Nullable String email, @Nullable String team) {
        return add(new Manager(new SourceRef(CRM, id), "Name " + id, email, team, ManagerTier.STANDARD, true));
    }

    Fixture manager(
            String connector,
            String id,
            @Nullable String email,
            @Nullable String team,
            ManagerTier tier,
            boolean active) {
        return add(new Manager(new SourceRef(connector, id), "Name " + id, email, team, tier, active));
    }

    Fixture deal(String id, String owner, String amount, DealStage stage, String closeDate) {
        return add(new Deal(new SourceRef(CRM, id), null, owner, money(amount), stage, date(closeDate), null));
    }

    Fixture deal(String id, String customer, String owner, String amount, DealStage stage, String closeDate) {
        return add(new Deal(new SourceRef(CRM, id), customer, owner, money(amount), stage, date(closeDate), null));
    }

    Fixture won(String id, String owner, String amount, String closeDate) {
        return deal(id, owner, amount, DealStage.WON, closeDate);
    }

    Fixture lost(String id, String owner, String closeDate) {
        return deal(id, owner, "1000", DealStage.LOST, closeDate);
    }

    Fixture customer(String id, String owner, String createdOn, @Nullable String churnedOn) {
        return add(new Customer(
                new SourceRef(CRM, id),
                "Customer " + id,
                owner,
                CustomerTier.NORMAL,
                date(createdOn),
                churnedOn == null ? null : date(churnedOn),
                null));
    }

    Fixture keyCustomer(String id, String name, String owner, @Nullable Instant lastContactAt) {
        return add(new Customer(
                new SourceRef(CRM, id), name, owner, CustomerTier.KEY, date("2020-01-01"), null, lastContactAt));
    }

    Fixture survey(String id, @Nullable String customer, @Nullable String manager, String receivedAt, int score) {
        return add(new Feedback(
                new SourceRef(CRM, id),
                customer,
                manager,
                at(receivedAt),
                BigDecimal.valueOf(score),
                FeedbackKind.SURVEY,
                null));
    }

    Fixture complaint(
            String id,
            @Nullable String customer,
            @Nullable String manager,
            String receivedAt,
            @Nullable String resolvedAt) {
        return add(new Feedback(
                new SourceRef(CRM, id),
                customer,
                manager,
                at(receivedAt),
                null,
                FeedbackKind.COMPLAINT,
                resolvedAt == null ? null : at(resolvedAt)));
    }

    Fixture target(String manager, Period period, String amount) {
        return add(new Target(
                new SourceRef(CRM, Target.naturalId(manager, period)), manager, period, money(amount), null));
    }

    Fixture target(String manager, Period period, String amount, String baseBonus) {
        return add(new Target(
                new SourceRef(CRM, Target.naturalId(manager, period)),
                manager,
                period,
                money(amount),
                money(baseBonus)));
    }

    List<CanonicalRecord> records() {
        return List.copyOf(records);
    }

    KpiResults compute(Instant asOf) {
        return new KpiEngine(config).compute(KpiData.of(records), asOf);
    }

    KpiResults compute(String shanghaiAsOf) {
        return compute(at(shanghaiAsOf));
    }

    /** The one scorecard of the manager (by primary id) and period. */
    static Scorecard card(KpiResults results, String managerId, Period period) {
        List<Scorecard> found = results.scorecards().stream()
                .filter(s -> s.manager().id().equals(managerId) && s.period().equals(period))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one scorecard of " + managerId + " in " + period + ": " + found);
        }
        return found.get(0);
    }

    static List<Alert> alerts(KpiResults results, AlertType type) {
        return results.alerts().stream().filter(a -> a.type() == type).toList();
    }
}
