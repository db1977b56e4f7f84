package com.crmbridge.app.fake;

import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.SpiVersion;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A connector type {@code fake} for the application's tests, a source of no stream: a secret and a checked number, so that validation
 * and masking can be shown, and a check() that fails when {@code healthy} is false.
 */
public final class FakeCrmProvider implements ConnectorProvider {
    static final SettingKey<Secret> API_KEY =
            SettingKey.secret("api-key", "The API key.").required();
    static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer("page-size", "Rows per page.")
            .withDefault("100")
            .check(n -> n >= 1 && n <= 200, "must be within 1..200");
    static final SettingKey<Boolean> HEALTHY =
            SettingKey.bool("healthy", "Whether check() passes.").withDefault("true");

    @Override
    public String type() {
        return "fake";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public String description() {
        return "A fake CRM for the application's tests.";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return SettingsSpec.of(API_KEY, PAGE_SIZE, HEALTHY);
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        boolean healthy = settings.get(HEALTHY);
        return new Source() {
            @Override
            public Set<StreamKind> streams() {
                return Set.of();
            }

            @Override
            public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
                throw new UnsupportedOperationException("the fake CRM offers no stream: " + stream);
            }

            @Override
            public CheckResult check() {
                return healthy
                        ? CheckResult.ok("api key accepted")
                        : CheckResult.failed(java.util.List.of("api-key: the CRM refused the key"));
            }
        };
    }
}
