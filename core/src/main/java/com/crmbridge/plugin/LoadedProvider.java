package com.crmbridge.plugin;

import com.crmbridge.spi.ConnectorProvider;

/**
 * A provider that loaded, with where it came from. Calls into a plugin's provider and connectors should run with
 * {@link #classLoader()} as the thread's context class loader, since libraries inside plugins look up their own
 * resources through it.
 *
 * @param provider the provider, instantiated and checked
 * @param origin the class path or the plugin it came from
 */
public record LoadedProvider(ConnectorProvider provider, PluginOrigin origin) {
    /** The class loader the provider was loaded by: the plugin's own, or the application's. */
    public ClassLoader classLoader() {
        ClassLoader loader = provider.getClass().getClassLoader();
        return loader == null ? ClassLoader.getSystemClassLoader() : loader;
    }

    /** {@code csv (com.crmbridge.connector.csv.CsvProvider, class path)}. */
    @Override
    public String toString() {
        return provider.type() + " (" + provider.getClass().getName() + ", " + origin + ")";
    }
}
