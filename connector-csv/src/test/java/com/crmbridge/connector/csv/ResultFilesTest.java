package com.crmbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.kpi.Alert;
import com.crmbridge.kpi.AlertType;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.kpi.ManagerIdentity;
import com.crmbridge.kpi.Rating;
import com.crmbridge.kpi.Scorecard;
import com.crmbridge.kpi.Severity;
import com.crmbridge.kpi.SubjectType;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.Sink;
import com.crmbridge.testkit.RecordingContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scorecards.csv and alerts.csv: columns, encoding, formula guard, atomic replacement and outcomes. */
class ResultFilesTest {
    private static final ManagerIdentity ZHANG = new ManagerIdentity(
            "zhang.wei@example.com.cn",
            "M001",
            "张伟",
            "zhang.wei@example.com.cn",
            "华东大客户部",
            ManagerTier.SENIOR,
            true,
            List.of(new SourceRef("files", "M001")));
    private static final ManagerIdentity PLOTTER = new ManagerIdentity(
            "files:M002",
            "M002",
            "=HYPERLINK(\"x\")",
            null,
            "@team",
            ManagerTier.STANDARD,
            true,
            List.of(new SourceRef("files", "M002")));

    private final Path output;
    private final Sink sink;

    ResultFilesTest(@TempDir Path directory) {
        this.output = directory.resolve("out");
        ConnectorProvider provider = new CsvConnectorProvider();
        this.sink = (Sink) provider.create(
                RecordingContext.named("files"),
                provider.settingsSpec().validate(Map.of("output-directory", output.toString())));
    }

    @Test
    void writesTheSpecsColumnsInUtf8WithBomAndCrlf() throws IOException {
        sink.push(
                results(List.of(scorecard(ZHANG, new BigDecimal("-0.12345"))), List.of(alert("C0042"))),
                new InMemoryPushLedger());

        byte[] bytes = Files.readAllBytes(output.resolve("scorecards.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n", -1))
                .containsExactly(
                        "manager_id,manager_email,manager_name,team,period,won_revenue,won_deals,lost_deals,target,"
                                + "attainment,growth,win_rate,responses,csat,avg_score,complaints,complaint_resolution,"
                                + "retention,new_customers,score,rating,rank,bonus",
                        "M001,zhang.wei@example.com.cn,张伟,华东大客户部,2026-Q3,880000.00,4,1,1000000.00,0.8800,"
                                + "-0.1235,0.8000,10,0.9000,4.4000,1,1.0000,,2,81.50,B,1,17600.00",
                        "");
        assertThat(Files.readString(output.resolve("alerts.csv"), StandardCharsets.UTF_8)
                        .substring(1))
                .isEqualTo("type,severity,manager_id,manager_email,subject_type,subject_id,message\r\n"
                        + "STALE_KEY_ACCOUNT,HIGH,M001,zhang.wei@example.com.cn,CUSTOMER,C0042,"
                        + "\"重要客户 C0042 已 45 天未跟进, last contact 45 days ago\"\r\n");
    }

    @Test
    void textCellsThatLookLikeFormulasAreDefusedAndNumbersAreNot() throws IOException {
        sink.push(results(List.of(scorecard(PLOTTER, new BigDecimal("-0.5"))), List.of()), new InMemoryPushLedger());

        String row = Files.readString(output.resolve("scorecards.csv"), StandardCharsets.UTF_8)
                .split("\r\n")[1];
        assertThat(row).startsWith("M002,,\"'=HYPERLINK(\"\"x\"\")\",\"'@team\",2026-Q3,");
        assertThat(row).contains(",-0.5000,");
    }

    @Test
    void outcomesFollowTheLedgerAndResolvedAlertsLeaveTheFile() {
        InMemoryPushLedger ledger = new InMemoryPushLedger();
        KpiResults first = results(List.of(scorecard(ZHANG, null)), List.of(alert("C1"), alert("C2")));
        KpiResults second = results(List.of(scorecard(ZHANG, null)), List.of(alert("C2")));

        PushReport created = sink.push(first, ledger);
        PushReport next = sink.push(second, ledger);

        assertThat(created.counts().get(PushReport.Outcome.CREATED)).isEqualTo(3);
        assertThat(next.outcomes())
                .extracting(PushReport.RowOutcome::outcome)
                .containsExactlyInAnyOrder(
                        PushReport.Outcome.UNCHANGED, PushReport.Outcome.UNCHANGED, PushReport.Outcome.RESOLVED);
        assertThat(lines("alerts.csv")).hasSize(2).noneMatch(line -> line.contains(",C1,"));
    }

    @Test
    void unchangedContentLeavesTheFileUntouched() throws IOException {
        KpiResults results = results(List.of(scorecard(ZHANG, null)), List.of());
        sink.push(results, new InMemoryPushLedger());
        Path file = output.resolve("scorecards.csv");
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);

        sink.push(results, new InMemoryPushLedger());

        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("scorecards.csv", "alerts.csv");
        }
    }

    @Test
    void changedContentReplacesTheFile() throws IOException {
        sink.push(results(List.of(scorecard(ZHANG, null)), List.of()), new InMemoryPushLedger());
        sink.push(results(List.of(scorecard(ZHANG, new BigDecimal("0.25"))), List.of()), new InMemoryPushLedger());

        assertThat(lines("scorecards.csv").get(1)).contains(",0.2500,");
    }

    @Test
    void checkSaysWhatIsWrongWithTheOutputDirectory() throws IOException {
        Files.createDirectories(output.getParent());
        Files.writeString(output, "a file, not a directory");

        assertThat(sink.check().problems())
                .containsExactly("output-directory: " + output.toAbsolutePath() + " is not a directory");
    }

    private List<String> lines(String file) {
        try {
            return List.of(Files.readString(output.resolve(file), StandardCharsets.UTF_8)
                    .split("\r\n"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static KpiResults results(List<Scorecard> scorecards, List<Alert> alerts) {
        return new KpiResults("rules", Instant.parse("2026-11-15T04:00:00Z"), scorecards, alerts);
    }

    private static Alert alert(String customer) {
        return new Alert(
                AlertType.STALE_KEY_ACCOUNT,
                Severity.HIGH,
                ZHANG,
                SubjectType.CUSTOMER,
                new SourceRef("files", customer),
                "重要客户 " + customer + " 已 45 天未跟进, last contact 45 days ago");
    }

    private static Scorecard scorecard(ManagerIdentity manager, @Nullable BigDecimal growth) {
        return new Scorecard(
                manager,
                Period.quarter(2026, 3),
                new BigDecimal("880000"),
                4,
                1,
                new BigDecimal("1000000"),
                new BigDecimal("0.88"),
                growth,
                new BigDecimal("0.8"),
                10,
                new BigDecimal("0.9"),
                new BigDecimal("4.4"),
                1,
                BigDecimal.ONE,
                null,
                2,
                new BigDecimal("81.5"),
                Rating.B,
                1,
                new BigDecimal("17600"),
                Map.of());
    }
}
