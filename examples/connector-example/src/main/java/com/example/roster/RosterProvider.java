package com.example.roster;

import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.SpiVersion;
import java.nio.file.Path;

/** The roster connector's entry point, listed in {@code META-INF/services/com.crmbridge.spi.ConnectorProvider}. */
public final class RosterProvider implements ConnectorProvider {
    static final SettingKey<String> FILE = SettingKey.text(
                    "file", "Path of the roster file, one manager per line: id | name | email | team | tier.")
            .required();
    static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer(
                    "page-size", "Managers per page; each page is stored with its cursor.")
            .withDefault("500")
            .check(n -> n >= 1 && n <= 10_000, "must be 1..10000");

    /** A public no-argument constructor, as ServiceLoader needs; keep it cheap and free of I/O. */
    public RosterProvider() {}

    @Override
    public String type() {
        return "roster";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR; // a compile-time constant: records the SPI this plugin was built against
    }

    @Override
    public String description() {
        return "Reads account managers from a team roster text file.";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return SettingsSpec.of(FILE, PAGE_SIZE);
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        return new RosterConnector(context, Path.of(settings.get(FILE)), settings.get(PAGE_SIZE));
    }
}
