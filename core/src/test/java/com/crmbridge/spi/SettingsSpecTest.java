package com.crmbridge.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.crmbridge.spi.error.ConnectorException;
import com.crmbridge.spi.error.ConnectorException.Problem;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsSpecTest {
    private static final SettingKey<URI> BASE_URL =
            SettingKey.url("base-url", "The API's base URL.").required();
    private static final SettingKey<Secret> CLIENT_SECRET =
            SettingKey.secret("client-secret", "The OAuth client secret.").required();
    private static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer("page-size", "Records per page.")
            .withDefault("200")
            .check(n -> n >= 1 && n <= 200, "must be 1..200");
    private static final SettingKey<Duration> TIMEOUT =
            SettingKey.duration("timeout", "How long one call may take.").withDefault("30s");
    private static final SettingKey<List<String>> STAGES = SettingKey.list("won-stages", "Stages that count as won.");
    private static final SettingKey<Map<String, String>> FIELDS = SettingKey.prefix("fields.", "Field mapping.");
    private static final SettingKey<String> TEAM = SettingKey.text("team", "The team to read; all when absent.");

    private static final SettingsSpec SPEC =
            SettingsSpec.of(BASE_URL, CLIENT_SECRET, PAGE_SIZE, TIMEOUT, STAGES, FIELDS, TEAM);

    private static Map<String, String> valid() {
        return Map.of("base-url", "https://crm.example.com", "client-secret", "s3cr3t-value-42");
    }

    private static ConnectorException.ConfigurationInvalid invalid(Map<String, String> raw) {
        return catchThrowableOfType(ConnectorException.ConfigurationInvalid.class, () -> SPEC.validate(raw));
    }

    @Test
    void validSettingsAreReadByTypedKeyWithDefaultsFilledIn() {
        Settings settings = SPEC.validate(valid());

        assertThat(settings.get(BASE_URL)).isEqualTo(URI.create("https://crm.example.com"));
        assertThat(settings.get(CLIENT_SECRET).reveal()).isEqualTo("s3cr3t-value-42");
        assertThat(settings.get(PAGE_SIZE)).isEqualTo(200);
        assertThat(settings.get(TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.find(TEAM)).isEmpty();
        assertThat(settings.get(FIELDS)).isEmpty();
    }

    @Test
    void aBlankValueFallsBackToTheDefault() {
        Map<String, String> raw = new java.util.HashMap<>(valid());
        raw.put("page-size", "  ");

        assertThat(SPEC.validate(raw).get(PAGE_SIZE)).isEqualTo(200);
    }

    @Test
    void everyUnknownMissingAndBadKeyIsNamedAtOnce() {
        var error = invalid(Map.of("client-secert", "x", "page-size", "500", "timeout", "soon"));

        assertThat(error.problems())
                .extracting(Problem::key)
                .containsExactlyInAnyOrder("client-secert", "base-url", "client-secret", "page-size", "timeout");
        assertThat(error.getMessage())
                .contains("client-secert: is not a setting of this connector; known settings: base-url")
                .contains("base-url: is required: The API's base URL.")
                .contains("page-size: must be 1..200, was '500'")
                .contains("timeout: must be a duration such as 30s, 5m, 2h or PT30S, was 'soon'");
    }

    @Test
    void readingAnOptionalKeyWithoutValueWithGetNamesTheKey() {
        Settings settings = SPEC.validate(valid());

        assertThatThrownBy(() -> settings.get(TEAM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'team'");
    }

    @Test
    void prefixKeysCollectEverythingUnderThemWithoutThePrefix() {
        Map<String, String> raw = new java.util.HashMap<>(valid());
        raw.put("fields.deals.amount", " 签约金额 ");
        raw.put("fields.deals.stage", "阶段");

        assertThat(SPEC.validate(raw).get(FIELDS))
                .containsExactlyInAnyOrderEntriesOf(Map.of("deals.amount", "签约金额", "deals.stage", "阶段"));
    }

    @Test
    void indexedKeysFormAListInIndexOrder() {
        Map<String, String> raw = new java.util.HashMap<>(valid());
        raw.put("won-stages[10]", "Paid");
        raw.put("won-stages[2]", "Closed Won");
        raw.put("won-stages[0]", "赢单");

        assertThat(SPEC.validate(raw).get(STAGES)).containsExactly("赢单", "Closed Won", "Paid");
    }

    @Test
    void anIndexedListItemKeepsItsCommas() {
        Map<String, String> raw = new java.util.HashMap<>(valid());
        raw.put("won-stages[0]", "Closed, won");
        raw.put("won-stages[1]", " Paid ");

        assertThat(SPEC.validate(raw).get(STAGES)).containsExactly("Closed, won", "Paid");
    }

    @Test
    void indexedItemsOfAKeyThatIsNotAListAreJoinedByCommas() {
        SettingKey<String> team = SettingKey.text("team", "x");

        assertThat(SettingsSpec.of(team)
                        .validate(Map.of("team[0]", "East", "team[1]", "West"))
                        .get(team))
                .isEqualTo("East,West");
    }

    @Test
    void aCheckOnAnIndexedListSeesTheWholeList() {
        SettingKey<List<String>> two = SettingKey.list("pair", "x").check(l -> l.size() == 2, "must hold two items");

        var error = catchThrowableOfType(ConnectorException.ConfigurationInvalid.class, () -> SettingsSpec.of(two)
                .validate(Map.of("pair[0]", "a, b")));

        assertThat(error.getMessage()).isEqualTo("pair: must hold two items, was 'a, b'");
    }

    @Test
    void aCommaSeparatedListIsStrippedAndDropsEmptyItems() {
        Map<String, String> raw = new java.util.HashMap<>(valid());
        raw.put("won-stages", " Won ,, Paid ");

        assertThat(SPEC.validate(raw).get(STAGES)).containsExactly("Won", "Paid");
    }

    @Test
    void aSecretIsMaskedInSettingsToString() {
        Settings settings = SPEC.validate(valid());

        assertThat(settings.toString())
                .doesNotContain("s3cr3t-value-42")
                .contains("client-secret=" + Secret.MASK)
                .contains("base-url=https://crm.example.com");
    }

    @Test
    void aSecretThatFailsItsCheckIsNotQuotedInTheMessage() {
        SettingKey<Secret> token = SettingKey.secret("token", "API token.")
                .required()
                .check(s -> s.reveal().length() >= 32, "must be at least 32 characters");
        SettingsSpec spec = SettingsSpec.of(token);

        var error = catchThrowableOfType(
                ConnectorException.ConfigurationInvalid.class, () -> spec.validate(Map.of("token", "short-secret")));

        assertThat(error.getMessage()).isEqualTo("token: must be at least 32 characters");
        assertThat(error.problems().toString()).doesNotContain("short-secret");
    }

    @Test
    void aSecretsDefaultIsNotPrintedInTheRenderedDocs() {
        SettingsSpec spec =
                SettingsSpec.of(SettingKey.secret("token", "API token.").withDefault("dev-token-123"));

        assertThat(spec.toMarkdown()).doesNotContain("dev-token-123").contains("`token` | secret");
    }

    @Test
    void markdownListsEveryKeyWithTypeDefaultRequiredSecretAndDescription() {
        String md = SPEC.toMarkdown();

        assertThat(md.lines()).hasSize(2 + SPEC.keys().size());
        assertThat(md)
                .contains("| `base-url` | url |  | yes |  | The API's base URL. |")
                .contains("| `client-secret` | secret |  | yes | yes | The OAuth client secret. |")
                .contains("| `page-size` | integer | `200` |  |  | Records per page. |")
                .contains("| `fields.*` | map |");
    }

    @Test
    void aKeyDeclaredTwiceIsRefusedWhenTheSpecIsBuilt() {
        assertThatThrownBy(() -> SettingsSpec.of(TEAM, SettingKey.text("team", "again")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("team");
    }
}
