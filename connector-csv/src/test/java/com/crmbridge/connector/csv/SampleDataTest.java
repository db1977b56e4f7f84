package com.crmbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.Customer;
import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.domain.Target;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The repository's sample data set: mixed encodings, Chinese headers, an xlsx; every row must be read. */
class SampleDataTest {
    private static final Path SAMPLES = Path.of("..", "samples");
    private final Source source = Reads.source(SAMPLES);

    @Test
    void readsEveryManagerOfTheUtf8BomFileWithChineseHeaders() {
        Reads reads = Reads.all(source, StreamKind.MANAGERS);

        assertThat(reads.rejectTexts()).isEmpty();
        assertThat(reads.records).hasSize(20);
        Manager first = reads.of(Manager.class).get(0);
        assertThat(first)
                .isEqualTo(new Manager(
                        new SourceRef("files", "M001"),
                        "张伟",
                        "zhang.wei@example.com.cn",
                        "华东大客户部",
                        ManagerTier.SENIOR,
                        true));
        assertThat(reads.of(Manager.class).stream().filter(m -> !m.active()))
                .extracting(m -> m.source().externalId())
                .containsExactly("M007", "M014");
    }

    @Test
    void readsEveryCustomerOfTheGb18030File() {
        Reads reads = Reads.all(source, StreamKind.CUSTOMERS);

        assertThat(reads.rejectTexts()).isEmpty();
        assertThat(reads.warnings).isEmpty();
        assertThat(reads.records).hasSize(300);
        Customer first = reads.of(Customer.class).get(0);
        assertThat(first)
                .isEqualTo(new Customer(
                        new SourceRef("files", "C0001"),
                        "东莞长风光电有限公司",
                        "M008",
                        CustomerTier.NORMAL,
                        LocalDate.of(2016, 3, 11),
                        null,
                        Instant.parse("2026-10-30T01:13:00Z")));
        assertThat(reads.of(Customer.class).stream().filter(c -> c.tier() == CustomerTier.KEY))
                .hasSize(45);
    }

    @Test
    void readsEveryDealWithItsAmountWrittenAnyWay() {
        Reads reads = Reads.all(source, StreamKind.DEALS);

        assertThat(reads.rejectTexts()).isEmpty();
        assertThat(reads.warnings).isEmpty();
        assertThat(reads.records).hasSize(3000);
        assertThat(reads.pages).isEqualTo(3);
        Deal second = reads.of(Deal.class).get(1);
        assertThat(second.amount()).isEqualByComparingTo(new BigDecimal("25700.00"));
        assertThat(second.stage()).isEqualTo(DealStage.WON);
        Deal third = reads.of(Deal.class).get(2);
        assertThat(third.amount()).isEqualByComparingTo(new BigDecimal("27100.00"));
        assertThat(reads.of(Deal.class).stream().filter(d -> d.customerId() == null))
                .hasSize(35);
    }

    @Test
    void readsEveryFeedbackOfTheWorkbookWithSerialAndTextTimes() {
        Reads reads = Reads.all(source, StreamKind.FEEDBACK);

        assertThat(reads.rejectTexts()).isEmpty();
        assertThat(reads.warnings).isEmpty();
        assertThat(reads.records).hasSize(800);
        assertThat(reads.of(Feedback.class).stream().filter(f -> f.managerId() == null))
                .hasSize(96);
    }

    @Test
    void readsEveryTargetWithChineseAndIsoPeriods() {
        Reads reads = Reads.all(source, StreamKind.TARGETS);

        assertThat(reads.rejectTexts()).isEmpty();
        assertThat(reads.warnings).isEmpty();
        assertThat(reads.records).hasSize(159);
        Target first = reads.of(Target.class).get(0);
        assertThat(first.period()).isEqualTo(Period.quarter(2025, 1));
        assertThat(first.source().externalId()).isEqualTo("M001:2025-Q1");
        assertThat(first.baseBonus()).isNull();
    }
}
