package com.crmbridge.connector.csv;

import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.SpiVersion;
import java.nio.file.Path;

/**
 * The file connector, type {@code csv}. The instance it creates is a {@link com.crmbridge.spi.Source} when
 * {@code directory} is set, a {@link com.crmbridge.spi.Sink} when {@code output-directory} is set, and both when
 * both are.
 */
public final class CsvConnectorProvider implements ConnectorProvider {
    @Override
    public String type() {
        return "csv";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public String description() {
        return "Reads managers, customers, deals, feedback and targets from CSV, TSV and xlsx files in a directory, "
                + "and writes scorecards.csv and alerts.csv.";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return CsvSettings.SPEC;
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        CsvSettings csv = CsvSettings.from(settings);
        Path output = csv.outputDirectory();
        CsvSource source = csv.directory() == null ? null : new CsvSource(context, csv);
        CsvSink sink = output == null ? null : new CsvSink(output);
        if (source != null && sink != null) {
            return new CsvReadWriteConnector(source, sink);
        }
        if (source != null) {
            return source;
        }
        if (sink != null) {
            return sink;
        }
        throw new IllegalStateException("CsvSettings.from refuses settings without either directory");
    }
}
