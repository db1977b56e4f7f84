package com.crmbridge.spi;

/**
 * The entry point of a connector, found by {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/com.crmbridge.spi.ConnectorProvider}. A provider is stateless and cheap to create;
 * it describes the connector's settings and creates configured instances.
 */
public interface ConnectorProvider {
    /** The type name used in configuration ({@code type: csv}), lower-case letters, digits and dashes. */
    String type();

    /**
     * The SPI major version the provider was built for. Implement it as {@code return SpiVersion.MAJOR;}: the
     * constant is compiled into the plugin, so the runtime can refuse a plugin built for another major.
     */
    int spiMajorVersion();

    /** One sentence on what the connector connects to. */
    String description();

    /** Every setting the connector understands; the runtime validates configuration and renders docs from it. */
    SettingsSpec settingsSpec();

    /**
     * Creates a connector instance. Settings are already validated against {@link #settingsSpec()}.
     *
     * @throws com.crmbridge.spi.error.ConnectorException.ConfigurationInvalid when the settings are valid one by one but not together
     */
    Connector create(ConnectorContext context, Settings settings);
}
