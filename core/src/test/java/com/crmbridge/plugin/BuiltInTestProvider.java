package com.crmbridge.plugin;

import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.SpiVersion;

/** A provider on the test class path, listed in the test resources' service file: a built-in connector. */
public final class BuiltInTestProvider implements ConnectorProvider {
    @Override
    public String type() {
        return "built-in-test";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public String description() {
        return "A connector built into the class path, for the plugin loader's tests.";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return SettingsSpec.of();
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        return () -> CheckResult.ok("built in");
    }
}
