package com.crmbridge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.InMemoryPushLedger;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.SpiVersion;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The part of the contract every connector keeps, source or sink: it describes itself and its settings
 * completely, its check passes on the fixture and fails clearly on wrong credentials, and no secret appears in
 * a log line, an exception message or a toString during a whole run.
 *
 * <p>A connector's test implements {@link SourceContract}, {@link SinkContract} or both, which extend this, and
 * provides the provider and the settings of its fixture (a temp directory, a WireMock server). JUnit runs the
 * default methods as tests on a fresh instance of the test class each, so per-test fixtures set up in
 * {@code @BeforeEach} are fresh for every check.
 */
public interface ConnectorContract {
    /** The provider under test. */
    ConnectorProvider provider();

    /** Settings that work against the fixture, as flat keys ({@code page-size}, {@code fields.deals.amount}). */
    Map<String, String> settings();

    /**
     * Settings the fixture refuses: wrong credentials, or for a connector without credentials, settings that point
     * at nothing (a missing directory). They must still pass the settings spec.
     */
    Map<String, String> wrongCredentialsSettings();

    /** The configured name the connector runs under; records carry it as their source's connector. */
    default String connectorName() {
        return "fixture";
    }

    /** A fresh context for one test: named {@link #connectorName()}, the clock at 2026-11-15 12:00 Shanghai. */
    default RecordingContext newContext() {
        return RecordingContext.named(connectorName());
    }

    /**
     * Secrets that are not settings but must not leak either, by a name to report them under: for example the
     * access token the fixture's token endpoint issues.
     */
    default Map<String, String> extraSecrets() {
        return Map.of();
    }

    /** Setting names that look secret ({@code token-url}-like names are already exempt) but are not. */
    default Set<String> notSecretSettings() {
        return Set.of();
    }

    /** Validates the raw settings and creates a connector with them. */
    default Connector createConnector(RecordingContext context, Map<String, String> raw) {
        Settings settings = provider().settingsSpec().validate(raw);
        return provider().create(context, settings);
    }

    /** Every secret of the fixture by the name the leak check reports it under. */
    default Map<String, String> secretValues() {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (SettingKey<?> key : provider().settingsSpec().keys()) {
            if (key.isSecret()) {
                String value = settings().get(key.name());
                if (value != null && !value.isBlank()) {
                    secrets.put(key.name(), value.strip());
                }
                String wrong = wrongCredentialsSettings().get(key.name());
                if (wrong != null && !wrong.isBlank() && !wrong.strip().equals(secrets.get(key.name()))) {
                    secrets.put(key.name() + " (wrong credentials)", wrong.strip());
                }
            }
        }
        secrets.putAll(extraSecrets());
        return secrets;
    }

    @Test
    default void providerDescribesItself() {
        ConnectorProvider provider = provider();

        assertThat(provider.type()).as("type").matches("[a-z0-9][a-z0-9-]*");
        assertThat(provider.spiMajorVersion()).as("SPI major version").isEqualTo(SpiVersion.MAJOR);
        assertThat(provider.description()).as("description").isNotBlank();
    }

    @Test
    default void settingsSpecIsComplete() {
        SettingsSpec spec = provider().settingsSpec();
        List<String> problems = new ArrayList<>();
        for (SettingKey<?> key : spec.keys()) {
            if (key.description().isBlank()) {
                problems.add(key.name() + ": has no description");
            }
            if (!key.isSecret()
                    && SecretNames.looksSecret(key.name())
                    && !notSecretSettings().contains(key.name())) {
                problems.add(key.name() + ": looks like a secret but is not declared with SettingKey.secret(...)");
            }
        }
        assertThat(problems).as("settings spec of " + provider().type()).isEmpty();
        assertThat(spec.toMarkdown().lines())
                .as("rendered docs")
                .hasSize(spec.keys().size() + 2);
        spec.validate(settings());
        spec.validate(wrongCredentialsSettings());
    }

    @Test
    default void checkPassesOnTheFixture() {
        try (Connector connector = createConnector(newContext(), settings())) {
            CheckResult result = connector.check();

            assertThat(result.problems())
                    .as("problems of a check on the fixture")
                    .isEmpty();
            assertThat(result.details())
                    .as("a healthy check says what it verified")
                    .isNotEmpty();
        }
    }

    @Test
    default void checkFailsClearlyOnWrongCredentials() {
        try (Connector connector = createConnector(newContext(), wrongCredentialsSettings())) {
            CheckResult result = connector.check();

            assertThat(result.healthy())
                    .as("check with wrong credentials is healthy")
                    .isFalse();
            List<String> keys = provider().settingsSpec().keys().stream()
                    .map(SettingKey::name)
                    .toList();
            for (String problem : result.problems()) {
                assertThat(problem)
                        .as("a problem is a sentence, not a stack trace")
                        .isNotBlank()
                        .doesNotContain("\tat ")
                        .doesNotStartWith("java.");
            }
            assertThat(result.problems())
                    .as("at least one problem names the setting to fix, one of " + keys)
                    .anySatisfy(problem -> assertThat(keys).anyMatch(problem::contains));
        }
    }

    @Test
    default void noSecretLeaksDuringAWholeRun() {
        SecretLeakCheck leaks = new SecretLeakCheck(secretValues());
        RecordingContext context = newContext();
        Map<String, String> unknownKey = new HashMap<>(settings());
        unknownKey.put("no-such-setting", "x");
        try {
            provider().settingsSpec().validate(unknownKey);
        } catch (ConnectorException e) {
            leaks.seeFailure("settings validation", e);
        }
        exerciseForLeaks(context, settings(), "fixture", leaks);
        exerciseForLeaks(context, wrongCredentialsSettings(), "wrong credentials", leaks);
        leaks.seeLog(context.log());
        leaks.see("context metrics", context.metrics().counters());
        leaks.assertNoLeak();
    }

    /** Runs the connector through check, a read of every stream and a push, noting all it shows. */
    private void exerciseForLeaks(
            RecordingContext context, Map<String, String> raw, String run, SecretLeakCheck leaks) {
        Settings settings = provider().settingsSpec().validate(raw);
        leaks.see(run + ": settings toString", settings);
        Connector connector;
        try {
            connector = provider().create(context, settings);
        } catch (ConnectorException e) {
            leaks.seeFailure(run + ": create", e);
            return;
        }
        try (connector) {
            leaks.see(run + ": connector toString", connector);
            leaks.see(run + ": check result", connector.check());
            if (connector instanceof Source source) {
                for (StreamKind stream : source.streams()) {
                    readForLeaks(source, stream, run, leaks);
                }
            }
            if (connector instanceof Sink sink && this instanceof SinkContract sinkContract) {
                try {
                    leaks.see(run + ": push report", sink.push(sinkContract.resultsToPush(), new InMemoryPushLedger()));
                } catch (ConnectorException e) {
                    leaks.seeFailure(run + ": push", e);
                }
            }
        }
    }

    private static void readForLeaks(Source source, StreamKind stream, String run, SecretLeakCheck leaks) {
        try {
            StreamRead.of(source, stream, null, ReadMode.INCREMENTAL, page -> {
                leaks.see(run + ": page of " + stream + " (records, rejects, warnings, cursor)", page);
            });
        } catch (ConnectorException e) {
            leaks.seeFailure(run + ": read of " + stream, e);
        }
    }
}
