package com.crmbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.app.store.TestDatabase;
import com.crmbridge.spi.ResultRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --once} from the shipped samples to scorecards.csv and alerts.csv, on H2 and on PostgreSQL. */
class OnceEndToEndTest {
    private static final String AS_OF = "--as-of=2026-11-15T12:00:00+08:00";

    @Test
    void theSamplesBecomeScorecardsAndAlertsAndASecondRunChangesNothing(@TempDir Path dir) throws IOException {
        String h2 = "jdbc:h2:file:" + dir.resolve("db/crm-bridge");
        Path out = dir.resolve("out");

        OnceCommand.Result first = OnceCommand.run(OnceCommand.samplesInto(out, h2, AS_OF));

        assertThat(first.exitCode()).as(first.output()).isZero();
        List<String> scorecards = Files.readAllLines(out.resolve("scorecards.csv"), StandardCharsets.UTF_8);
        assertThat(scorecards.get(0)).isEqualTo("\uFEFF" + String.join(",", ResultRows.SCORECARD_COLUMNS));
        assertThat(scorecards).hasSizeGreaterThan(1);
        List<String> alerts = Files.readAllLines(out.resolve("alerts.csv"), StandardCharsets.UTF_8);
        assertThat(alerts.get(0)).isEqualTo("\uFEFF" + String.join(",", ResultRows.ALERT_COLUMNS));
        assertThat(first.output())
                .contains("run 1: SUCCEEDED (as of 2026-11-15T04:00:00Z)")
                .contains("samples        managers")
                .contains("samples        deals")
                .contains("Computed " + (scorecards.size() - 1) + " scorecards and " + (alerts.size() - 1) + " alerts")
                .contains("results        " + (scorecards.size() + alerts.size() - 2) + " pushed");

        OnceCommand.Result second = OnceCommand.run(OnceCommand.samplesInto(out, h2, AS_OF));

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output())
                .contains("run 2: SUCCEEDED")
                .contains("0 pushed (0 new, 0 updated, 0 resolved), " + (scorecards.size() + alerts.size() - 2)
                        + " unchanged");
        assertThat(Files.readAllLines(out.resolve("scorecards.csv"), StandardCharsets.UTF_8))
                .isEqualTo(scorecards);
    }

    @Test
    void postgresGivesTheSameFilesAsH2(@TempDir Path dir) throws IOException {
        Path h2Out = dir.resolve("h2");
        Path pgOut = dir.resolve("pg");
        String schema = TestDatabase.newPostgresSchema();
        try {
            OnceCommand.Result h2 = OnceCommand.run(
                    OnceCommand.samplesInto(h2Out, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", AS_OF));
            OnceCommand.Result pg = OnceCommand.run(OnceCommand.samplesInto(
                    pgOut,
                    TestDatabase.POSTGRES_URL + "?currentSchema=" + schema,
                    AS_OF,
                    "--spring.datasource.username=postgres",
                    "--spring.flyway.schemas=" + schema));

            assertThat(h2.exitCode()).as(h2.output()).isZero();
            assertThat(pg.exitCode()).as(pg.output()).isZero();
            for (String file : List.of("scorecards.csv", "alerts.csv")) {
                assertThat(Files.readString(pgOut.resolve(file), StandardCharsets.UTF_8))
                        .isEqualTo(Files.readString(h2Out.resolve(file), StandardCharsets.UTF_8));
            }
        } finally {
            TestDatabase.dropPostgresSchema(schema);
        }
    }
}
