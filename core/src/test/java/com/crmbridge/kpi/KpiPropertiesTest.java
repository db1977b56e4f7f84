package com.crmbridge.kpi;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

/** Properties that hold for any data: bounds, monotony, ranks and independence of the input order. */
class KpiPropertiesTest {
    private static final Instant AS_OF = Fixture.at("2026-08-15T12:00");
    private static final List<String> TEAMS = List.of("East", "West", "");
    private static final List<DealStage> STAGES = List.of(DealStage.values());
    private static final List<FeedbackKind> KINDS = List.of(FeedbackKind.values());

    @Provide
    Arbitrary<List<CanonicalRecord>> datasets() {
        return Arbitraries.longs().map(KpiPropertiesTest::dataset);
    }

    /** A random but valid data set: 2–9 managers over two connectors, some sharing e-mails. */
    static List<CanonicalRecord> dataset(long seed) {
        Random random = new Random(seed);
        List<CanonicalRecord> records = new ArrayList<>();
        int managers = 2 + random.nextInt(8);
        for (int i = 0; i < managers; i++) {
            String connector = i % 3 == 2 ? "zoho" : "crm";
            String team = TEAMS.get(random.nextInt(TEAMS.size()));
            String email = random.nextInt(4) == 0 ? null : "p" + random.nextInt(managers) + "@example.com";
            records.add(new Manager(
                    new SourceRef(connector, "m" + i),
                    "M" + i,
                    email,
                    team,
                    random.nextBoolean() ? ManagerTier.SENIOR : ManagerTier.STANDARD,
                    random.nextInt(5) != 0));
        }
        int customers = random.nextInt(30);
        for (int i = 0; i < customers; i++) {
            LocalDate created = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(550));
            LocalDate churned = random.nextInt(3) == 0 ? created.plusDays(random.nextInt(300)) : null;
            Instant contact = random.nextBoolean() ? null : AS_OF.minusSeconds(random.nextInt(100 * 86400));
            records.add(new Customer(
                    new SourceRef("crm", "c" + i),
                    "C" + i,
                    "m" + random.nextInt(managers + 1),
                    random.nextBoolean() ? CustomerTier.KEY : CustomerTier.NORMAL,
                    created,
                    churned,
                    contact));
        }
        int deals = random.nextInt(80);
        for (int i = 0; i < deals; i++) {
            String connector = random.nextInt(4) == 0 ? "zoho" : "crm";
            records.add(new Deal(
                    new SourceRef(connector, "d" + i),
                    "c" + random.nextInt(10),
                    "m" + random.nextInt(managers),
                    BigDecimal.valueOf(random.nextInt(1_000_000), 2),
                    STAGES.get(random.nextInt(STAGES.size())),
                    LocalDate.of(2025, 6, 1).plusDays(random.nextInt(450)),
                    null));
        }
        int feedback = random.nextInt(60);
        for (int i = 0; i < feedback; i++) {
            Instant received = Fixture.at("2025-07-01T00:00").plusSeconds(random.nextInt(400 * 86400));
            FeedbackKind kind = KINDS.get(random.nextInt(KINDS.size()));
            Instant resolved = random.nextBoolean() ? null : received.plusSeconds(random.nextInt(14 * 86400));
            records.add(new Feedback(
                    new SourceRef("crm", "f" + i),
                    "c" + random.nextInt(40),
                    random.nextBoolean() ? null : "m" + random.nextInt(managers),
                    received,
                    random.nextInt(4) == 0 ? null : BigDecimal.valueOf(1 + random.nextInt(5)),
                    kind,
                    resolved));
        }
        for (int i = 0; i < managers; i++) {
            for (Period period = Period.quarter(2025, 3);
                    period.compareTo(Period.quarter(2026, 3)) <= 0;
                    period = period.next()) {
                if (random.nextInt(3) != 0) {
                    records.add(new Target(
                            new SourceRef("crm", Target.naturalId("m" + i, period)),
                            "m" + i,
                            period,
                            BigDecimal.valueOf(random.nextInt(500_000)),
                            random.nextBoolean() ? null : BigDecimal.valueOf(5000 + random.nextInt(20000))));
                }
            }
        }
        return records;
    }

    private static KpiResults compute(List<CanonicalRecord> records) {
        return new KpiEngine(KpiConfig.defaults()).compute(KpiData.of(records), AS_OF);
    }

    @Property(tries = 100)
    void scoreIsWithinZeroAndOneHundred(@ForAll("datasets") List<CanonicalRecord> records) {
        for (Scorecard card : compute(records).scorecards()) {
            if (card.score() != null) {
                assertThat(card.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
            assertThat(card.bonus().signum()).isNotNegative();
        }
    }

    @Property(tries = 100)
    void ranksArePermutationsWithinEachTeamAndPeriod(@ForAll("datasets") List<CanonicalRecord> records) {
        Map<String, List<Integer>> ranks = compute(records).scorecards().stream()
                .collect(Collectors.groupingBy(
                        s -> s.manager().team() + "|" + s.period(),
                        Collectors.mapping(Scorecard::rank, Collectors.toList())));
        ranks.values().forEach(group -> {
            List<Integer> sorted = new ArrayList<>(group);
            Collections.sort(sorted);
            for (int i = 0; i < sorted.size(); i++) {
                assertThat(sorted.get(i)).isEqualTo(i + 1);
            }
        });
    }

    @Property(tries = 50)
    void resultsDoNotDependOnTheOrderOfTheInputRecords(
            @ForAll("datasets") List<CanonicalRecord> records, @ForAll long shuffleSeed) {
        List<CanonicalRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(shuffleSeed));

        assertThat(compute(shuffled)).isEqualTo(compute(records));
    }

    @Property(tries = 500)
    void bonusIsMonotoneInAttainment(
            @ForAll @IntRange(min = 0, max = 300_000) int lowerBasisPoints,
            @ForAll @IntRange(min = 0, max = 300_000) int extraBasisPoints,
            @ForAll @BigRange(min = "0", max = "100000") BigDecimal base,
            @ForAll @IntRange(min = -1, max = 100) int csatPercent) {
        BonusRule rule = new BonusRule(KpiConfig.defaults());
        Fraction csat = csatPercent < 0 ? null : Fraction.of(csatPercent, 100);
        Fraction lower = Fraction.of(lowerBasisPoints, 100_000);
        Fraction higher = Fraction.of(lowerBasisPoints + (long) extraBasisPoints, 100_000);

        Fraction lowerBonus =
                java.util.Objects.requireNonNull(rule.bonus(base, lower, csat).value());
        Fraction higherBonus =
                java.util.Objects.requireNonNull(rule.bonus(base, higher, csat).value());

        assertThat(lowerBonus.compareTo(higherBonus)).isLessThanOrEqualTo(0);
        assertThat(lowerBonus.signum()).isNotNegative();
    }
}
