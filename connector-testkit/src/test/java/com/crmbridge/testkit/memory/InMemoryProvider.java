package com.crmbridge.testkit.memory;

import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.SpiVersion;

/** The provider of the in-memory connector, bound to one in-memory CRM. */
final class InMemoryProvider implements ConnectorProvider {
    static final SettingKey<Secret> API_TOKEN =
            SettingKey.secret("api-token", "The token the CRM accepts.").required();
    static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer("page-size", "Rows per page.")
            .withDefault("100")
            .check(n -> n >= 1 && n <= 1000, "must be 1..1000");

    private final InMemoryCrm crm;
    private final Flaw flaw;

    InMemoryProvider(InMemoryCrm crm, Flaw flaw) {
        this.crm = crm;
        this.flaw = flaw;
    }

    @Override
    public String type() {
        return "in-memory";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public String description() {
        return "A CRM held in memory, for the testkit's own tests.";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return SettingsSpec.of(API_TOKEN, PAGE_SIZE);
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        return new InMemoryConnector(crm, context, settings.get(API_TOKEN), settings.get(PAGE_SIZE), flaw);
    }
}
