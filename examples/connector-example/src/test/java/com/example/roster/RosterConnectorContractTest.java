package com.example.roster;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.testkit.ExpectedReject;
import com.crmbridge.testkit.FixtureChange;
import com.crmbridge.testkit.RecordingContext;
import com.crmbridge.testkit.SourceContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster connector keeps the connector contract: this class only says how to configure it and what its
 * fixture holds; every test comes from {@link SourceContract}.
 */
class RosterConnectorContractTest implements SourceContract {
    private static final String ROSTER =
            """
            # id | name | email | team | tier
            M1 | 王伟 | wang.wei@example.com | East | senior
            M2 | 李娜 | li.na@example.com | East |

            M3 | Chen Jie | | West | standard
            M4 | Bad Mail | not-an-email | West |
            M5 | Zhao Lei | zhao.lei@example.com | | standard
            """;

    private final Path directory;
    private final Path roster;

    RosterConnectorContractTest(@TempDir Path directory) throws IOException {
        this.directory = directory;
        this.roster = Files.writeString(directory.resolve("roster.txt"), ROSTER);
    }

    @Override
    public ConnectorProvider provider() {
        return new RosterProvider();
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("file", roster.toString(), "page-size", "2");
    }

    @Override
    public Map<String, String> wrongCredentialsSettings() {
        return Map.of("file", directory.resolve("missing.txt").toString());
    }

    @Override
    public List<CanonicalRecord> expectedRecords() {
        return List.of(
                manager("M1", "王伟", "wang.wei@example.com", "East", ManagerTier.SENIOR),
                manager("M2", "李娜", "li.na@example.com", "East", ManagerTier.STANDARD),
                manager("M3", "Chen Jie", null, "West", ManagerTier.STANDARD),
                manager("M5", "Zhao Lei", "zhao.lei@example.com", null, ManagerTier.STANDARD));
    }

    @Override
    public List<ExpectedReject> expectedRejects() {
        return List.of(ExpectedReject.inFile(StreamKind.MANAGERS, "roster.txt", 6, "email"));
    }

    /** 李娜 moves to the North team, Chen Jie leaves the roster, Sun Mei joins. */
    @Override
    public FixtureChange changeFixture(RecordingContext context) {
        context.clock().advance(Duration.ofDays(1));
        String changed = ROSTER.replace("M2 | 李娜 | li.na@example.com | East |", "M2 | 李娜 | li.na@example.com | North |")
                        .replace("M3 | Chen Jie | | West | standard\n", "")
                + "M6 | Sun Mei | sun.mei@example.com | North | senior\n";
        try {
            Files.writeString(roster, changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureChange(
                List.of(
                        manager("M2", "李娜", "li.na@example.com", "North", ManagerTier.STANDARD),
                        manager("M6", "Sun Mei", "sun.mei@example.com", "North", ManagerTier.SENIOR)),
                List.of(new SourceRef(connectorName(), "M3")));
    }

    private Manager manager(String id, String name, @Nullable String email, @Nullable String team, ManagerTier tier) {
        return new Manager(new SourceRef(connectorName(), id), name, email, team, tier, true);
    }
}
