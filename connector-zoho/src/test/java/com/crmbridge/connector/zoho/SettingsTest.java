package com.crmbridge.connector.zoho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.DealStage;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.SpiVersion;
import com.crmbridge.spi.error.ConnectorException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider, the settings and the data centers, without HTTP. */
class SettingsTest {
    private static Map<String, String> required() {
        Map<String, String> settings = new HashMap<>();
        settings.put("client-id", "1000.8Q2X");
        settings.put("client-secret", "9f1c07");
        settings.put("refresh-token", "1000.3a4b.77c2");
        return settings;
    }

    private static ZohoConfig config(Map<String, String> settings) {
        return ZohoConfig.from(ZohoSettings.SPEC.validate(settings));
    }

    @Test
    void providerIsFoundByTypeAndReportsTheSpiItWasBuiltFor() {
        ConnectorProvider provider = ServiceLoader.load(ConnectorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.type().equals("zoho"))
                .findFirst()
                .orElseThrow();

        assertThat(provider.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
        assertThat(provider.settingsSpec().toMarkdown())
                .contains("`data-center`", "`client-secret` | secret", "`max-credits-per-run`", "`stage-map.*`");
    }

    @Test
    void defaultsFollowTheContract() {
        ZohoConfig config = config(required());

        assertThat(config.accounts()).isEqualTo(URI.create("https://accounts.zoho.com"));
        assertThat(config.dataCenterApi()).isEqualTo(URI.create("https://www.zohoapis.com"));
        assertThat(config.pageSize()).isEqualTo(200);
        assertThat(config.overlap()).hasMinutes(5);
        assertThat(config.module("feedback")).isEqualTo("Customer_Feedback");
        assertThat(config.field("deals", "ownerId")).isEqualTo("Owner.id");
        assertThat(config.stages())
                .containsEntry("Closed-Lost to Competition", DealStage.LOST)
                .containsEntry("Id. Decision Makers", DealStage.NEEDS_ANALYSIS);
        assertThat(config.bulkReadThreshold()).isNull();
        assertThat(config.maxCreditsPerRun()).isNull();
    }

    @Test
    void chinaDataCenterUsesTheComCnHosts() {
        Map<String, String> settings = required();
        settings.put("data-center", "com.cn");

        ZohoConfig config = config(settings);

        assertThat(config.accounts()).isEqualTo(URI.create("https://accounts.zoho.com.cn"));
        assertThat(config.dataCenterApi()).isEqualTo(URI.create("https://www.zohoapis.com.cn"));
    }

    @Test
    void unknownDataCenterWithoutOverridesFailsNamingTheSetting() {
        Map<String, String> settings = required();
        settings.put("data-center", "uk");

        assertThatThrownBy(() -> config(settings))
                .isInstanceOfSatisfying(ConnectorException.ConfigurationInvalid.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.key()).isEqualTo("data-center")));
    }

    @Test
    void unknownDataCenterWithBothOverridesIsAccepted() {
        Map<String, String> settings = required();
        settings.put("data-center", "uk");
        settings.put("accounts-base-url", "https://accounts.zoho.uk");
        settings.put("api-base-url", "https://www.zohoapis.uk");

        assertThat(config(settings).accounts()).isEqualTo(URI.create("https://accounts.zoho.uk"));
    }

    @Test
    void misspelledFieldAndUnknownStageAreNamed() {
        Map<String, String> settings = required();
        settings.put("fields.deals.amout", "Amount");
        settings.put("stage-map.Verhandlung", "HAGGLING");

        assertThatThrownBy(() -> config(settings))
                .isInstanceOfSatisfying(ConnectorException.ConfigurationInvalid.class, e -> assertThat(e.problems())
                        .extracting(ConnectorException.Problem::key)
                        .containsExactlyInAnyOrder("fields.deals.amout", "stage-map.Verhandlung"));
    }

    @Test
    void missingSecretsAreNamedAndGivenSecretsNeverShow() {
        Map<String, String> settings = required();
        settings.remove("refresh-token");

        assertThatThrownBy(() -> config(settings))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessageContaining("refresh-token")
                .message()
                .doesNotContain("9f1c07");
        assertThat(ZohoSettings.SPEC.validate(required()).toString()).doesNotContain("9f1c07", "1000.3a4b.77c2");
    }
}
