package com.crmbridge.connector.zoho;

import com.crmbridge.connector.zoho.internal.Sleeper;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.SpiVersion;
import java.util.random.RandomGenerator;

/** The Zoho CRM connector, {@code type: zoho}, found through {@link java.util.ServiceLoader}. */
public final class ZohoConnectorProvider implements ConnectorProvider {
    @Override
    public String type() {
        return "zoho";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public String description() {
        return "Zoho CRM (REST API v8): reads users, accounts, deals, feedback and targets; writes scorecards and"
                + " alerts back";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return ZohoSettings.SPEC;
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        return new ZohoConnector(
                context, ZohoConfig.from(settings), Sleeper.SYSTEM, RandomGenerator.of("L64X128MixRandom"));
    }
}
