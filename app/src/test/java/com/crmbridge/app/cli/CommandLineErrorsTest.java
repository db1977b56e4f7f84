package com.crmbridge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees when the command line or the configuration is wrong: a message, an exit code, no trace. */
class CommandLineErrorsTest {
    private static String memory() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Test
    void aBadAsOfNamesTheExpectedFormat(@TempDir Path dir) {
        OnceCommand.Result result = OnceCommand.run(OnceCommand.samplesInto(dir, memory(), "--as-of=15/11/2026"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("--as-of must be an ISO-8601 date-time with an offset", "'15/11/2026'");
    }

    @Test
    void anUnknownTypeListsTheKnownTypes() {
        OnceCommand.Result result = OnceCommand.run(
                List.of("--once", "--spring.datasource.url=" + memory(), "--crmbridge.connectors.crm.type=salesforce"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("crmbridge.connectors.crm.type: unknown connector type 'salesforce'; known types:")
                .contains("csv")
                .contains("fake")
                .doesNotContain("\tat ");
    }

    @Test
    void badSettingsAreNamedWithTheirFullKeyAndSecretsNeverShow() {
        OnceCommand.Result result = OnceCommand.run(List.of(
                "--once",
                "--spring.datasource.url=" + memory(),
                "--crmbridge.connectors.crm.type=fake",
                "--crmbridge.connectors.crm.settings.api-key=s3cr3t-value-123",
                "--crmbridge.connectors.crm.settings.page-size=500",
                "--crmbridge.connectors.crm.settings.colour=blue",
                "--crmbridge.connectors.crm.schedule=every hour"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output())
                .contains("crmbridge.connectors.crm.settings.page-size: must be within 1..200, was '500'")
                .contains("crmbridge.connectors.crm.settings.colour: is not a setting of this connector")
                .contains("crmbridge.connectors.crm.schedule: is not a cron expression")
                .doesNotContain("s3cr3t-value-123")
                .doesNotContain("\tat ");
    }

    @Test
    void aMissingRequiredSettingIsNamed() {
        OnceCommand.Result result = OnceCommand.run(
                List.of("--once", "--spring.datasource.url=" + memory(), "--crmbridge.connectors.crm.type=fake"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("crmbridge.connectors.crm.settings.api-key: is required");
    }

    @Test
    void aConnectorThatFailsStopsTheRunWithItsMessage(@TempDir Path dir) {
        OnceCommand.Result result = OnceCommand.run(List.of(
                "--once",
                "--spring.datasource.url=" + memory(),
                "--crmbridge.connectors.files.type=csv",
                "--crmbridge.connectors.files.settings.directory=" + dir.resolve("missing")));

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("files").doesNotContain("\tat ");
    }
}
