package com.crmbridge.kpi.bench;

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
import com.crmbridge.kpi.KpiData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Synthetic data generated lazily as the engine reads it, so that the heap holds only what the engine keeps:
 * managers in 100 teams, a tenth of them also in a second connector with the same e-mail, customers, deals, feedback
 * and a target per manager and quarter over the 8 quarters from 2025-Q1 to asOf's 2026-Q4. The same scale
 * always gives the same records.
 *
 * @param managerCount how many managers (people)
 * @param customerCount how many customers
 * @param dealCount how many deals
 * @param feedbackCount how many feedback records
 */
public record SyntheticData(int managerCount, int customerCount, int dealCount, int feedbackCount) implements KpiData {
    /** The moment the benchmark computes at: inside 2026-Q4, the eighth quarter. */
    public static final Instant AS_OF = Instant.parse("2026-11-15T04:00:00Z");

    private static final LocalDate AS_OF_DATE = LocalDate.parse("2026-11-15");
    private static final String CRM = "crm";
    private static final String ERP = "erp";
    private static final LocalDate FIRST_DAY = LocalDate.parse("2025-01-01");
    private static final int DAYS = 730;
    private static final List<DealStage> STAGES = List.of(DealStage.values());
    private static final List<FeedbackKind> KINDS = List.of(FeedbackKind.values());

    /** The full size times {@code scale}: 10,000 managers, 200,000 customers, 1,000,000 deals, 300,000 feedback. */
    public static SyntheticData ofScale(double scale) {
        return new SyntheticData(
                (int) (10_000 * scale), (int) (200_000 * scale), (int) (1_000_000 * scale), (int) (300_000 * scale));
    }

    private String managerId(SplittableRandom random) {
        return "m" + random.nextInt(managerCount);
    }

    @Override
    public Stream<Manager> managers() {
        Stream<Manager> crm = IntStream.range(0, managerCount)
                .mapToObj(i -> new Manager(
                        new SourceRef(CRM, "m" + i),
                        "Manager " + i,
                        "p" + i + "@example.com",
                        "team-" + (i % 100),
                        i % 5 == 0 ? ManagerTier.SENIOR : ManagerTier.STANDARD,
                        i % 50 != 0));
        // a tenth of the people also exist in the ERP under another id and the same e-mail: merged into one
        Stream<Manager> erp = IntStream.range(0, managerCount / 10)
                .mapToObj(i -> new Manager(
                        new SourceRef(ERP, "e" + i),
                        "Manager " + (10 * i),
                        "P" + (10 * i) + "@Example.com",
                        "team-" + (10 * i % 100),
                        ManagerTier.STANDARD,
                        true));
        return Stream.concat(crm, erp);
    }

    @Override
    public Stream<Customer> customers() {
        return IntStream.range(0, customerCount).mapToObj(i -> {
            SplittableRandom random = new SplittableRandom(i);
            LocalDate created = FIRST_DAY.minusDays(365).plusDays(random.nextInt(DAYS + 300));
            LocalDate churned = random.nextInt(5) == 0 ? created.plusDays(random.nextInt(400)) : null;
            Instant contact = random.nextBoolean() ? null : AS_OF.minusSeconds(random.nextInt(90 * 86_400));
            return new Customer(
                    new SourceRef(CRM, "c" + i),
                    "Customer " + i,
                    managerId(random),
                    random.nextInt(10) == 0 ? CustomerTier.KEY : CustomerTier.NORMAL,
                    created,
                    churned,
                    contact);
        });
    }

    @Override
    public Stream<Deal> deals() {
        return IntStream.range(0, dealCount).mapToObj(i -> {
            SplittableRandom random = new SplittableRandom(1_000_000_007L + i);
            DealStage stage = STAGES.get(random.nextInt(STAGES.size()));
            // closed deals close over the 8 quarters; open ones are expected within 6 months of asOf, one in
            // ten of them already overdue, as in a CRM that is looked after
            LocalDate closeDate = !stage.isOpen()
                    ? FIRST_DAY.plusDays(random.nextInt(DAYS))
                    : AS_OF_DATE.plusDays(random.nextInt(10) == 0 ? -1 - random.nextInt(90) : random.nextInt(180));
            return new Deal(
                    new SourceRef(CRM, "d" + i),
                    "c" + random.nextInt(Math.max(1, customerCount)),
                    managerId(random),
                    BigDecimal.valueOf(random.nextLong(10_000_000L), 2),
                    stage,
                    closeDate,
                    null);
        });
    }

    @Override
    public Stream<Feedback> feedback() {
        return IntStream.range(0, feedbackCount).mapToObj(i -> {
            SplittableRandom random = new SplittableRandom(2_000_000_011L + i);
            Instant received = FIRST_DAY
                    .atStartOfDay()
                    .toInstant(java.time.ZoneOffset.ofHours(8))
                    .plusSeconds(random.nextLong((long) DAYS * 86_400));
            FeedbackKind kind = KINDS.get(random.nextInt(KINDS.size()));
            Instant resolved = random.nextBoolean() ? null : received.plusSeconds(random.nextInt(14 * 86_400));
            return new Feedback(
                    new SourceRef(CRM, "f" + i),
                    "c" + random.nextInt(Math.max(1, customerCount)),
                    random.nextBoolean() ? null : managerId(random),
                    received,
                    random.nextInt(3) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(5)),
                    kind,
                    resolved);
        });
    }

    @Override
    public Stream<Target> targets() {
        return IntStream.range(0, managerCount).boxed().flatMap(i -> Stream.iterate(
                        Period.quarter(2025, 1), p -> p.compareTo(Period.quarter(2026, 4)) <= 0, Period::next)
                .map(period -> new Target(
                        new SourceRef(CRM, Target.naturalId("m" + i, period)),
                        "m" + i,
                        period,
                        BigDecimal.valueOf(500_000L + 1000L * (i % 500)),
                        null)));
    }
}
