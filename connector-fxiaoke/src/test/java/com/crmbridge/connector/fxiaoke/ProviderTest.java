package com.crmbridge.connector.fxiaoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.DealStage;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.SpiVersion;
import com.crmbridge.spi.error.ConnectorException;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderTest {
    private static Map<String, String> required() {
        Map<String, String> raw = new HashMap<>();
        raw.put("app-id", "FSAID_131b2f5");
        raw.put("app-secret", "应用密钥-secret");
        raw.put("permanent-code", "PERM-7C1D2E3F4A5B");
        raw.put("current-open-user-id", "FSUID_6E1C4A2B9F0D4E7A8B3C2D1E0F9A8B7C");
        return raw;
    }

    @Test
    void providerIsFoundByServiceLoaderAsTypeFxiaoke() {
        assertThat(ServiceLoader.load(ConnectorProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(provider -> {
                    assertThat(provider.type()).isEqualTo("fxiaoke");
                    assertThat(provider.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
                });
    }

    @Test
    void secretsAreFlaggedAndEverySettingIsDescribed() {
        var keys = new FxiaokeProvider().settingsSpec().keys();

        assertThat(keys)
                .filteredOn(SettingKey::isSecret)
                .extracting(SettingKey::name)
                .containsExactlyInAnyOrder("app-secret", "permanent-code");
        assertThat(keys).allSatisfy(key -> assertThat(key.description()).isNotBlank());
        assertThat(keys)
                .extracting(SettingKey::name)
                .contains(
                        "base-url",
                        "app-id",
                        "current-open-user-id",
                        "page-size",
                        "zone",
                        "overlap",
                        "key-account-levels",
                        "senior-positions",
                        "stage-map.",
                        "objects.feedback",
                        "fields.deals.amount",
                        "fields.scorecards.won-revenue",
                        "fields.alerts.status");
    }

    @Test
    void defaultsAreTheContracts() {
        FxiaokeConfig config = FxiaokeSettings.config(FxiaokeSettings.spec().validate(required()));

        assertThat(config.baseUrl().toString()).isEqualTo("https://open.fxiaoke.com");
        assertThat(config.pageSize()).isEqualTo(100);
        assertThat(config.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(config.overlap()).hasMinutes(5);
        assertThat(config.keyAccountLevels()).containsExactly("A");
        assertThat(config.seniorPositions()).containsExactly("高级客户经理", "高端客户经理");
        assertThat(config.stageMap()).containsEntry("4", DealStage.NEGOTIATION).hasSize(4);
        assertThat(config.object(ApiObject.DEALS)).isEqualTo("NewOpportunityObj");
        assertThat(config.field("deals", "close-date")).isEqualTo("close_date");
        assertThat(config.toString()).doesNotContain("应用密钥-secret").doesNotContain("PERM-7C1D2E3F4A5B");
    }

    @Test
    void pageSizeAboveTheApiLimitIsRefused() {
        Map<String, String> raw = required();
        raw.put("page-size", "200");

        assertThatThrownBy(() -> FxiaokeSettings.spec().validate(raw))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessageContaining("page-size");
    }

    @Test
    void givenStageMapReplacesTheDefaultAndRejectsUnknownStages() {
        Map<String, String> raw = required();
        raw.put("stage-map.10", "proposal");
        raw.put("stage-map.20", "negotiation");
        assertThat(FxiaokeSettings.config(FxiaokeSettings.spec().validate(raw)).stageMap())
                .containsOnlyKeys("10", "20");

        raw.put("stage-map.30", "won");
        raw.put("stage-map.40", "签约");
        assertThatThrownBy(() -> FxiaokeSettings.config(FxiaokeSettings.spec().validate(raw)))
                .isInstanceOfSatisfying(ConnectorException.ConfigurationInvalid.class, e -> assertThat(e.problems())
                        .extracting(ConnectorException.Problem::key)
                        .containsExactlyInAnyOrder("stage-map.30", "stage-map.40"));
    }

    @Test
    void missingCredentialsAreNamed() {
        assertThatThrownBy(() -> FxiaokeSettings.spec().validate(Map.of()))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessageContaining("app-id")
                .hasMessageContaining("app-secret")
                .hasMessageContaining("permanent-code")
                .hasMessageContaining("current-open-user-id");
    }
}
