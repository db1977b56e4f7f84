package com.crmbridge.app.plugin;

import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;

/**
 * A plugin's provider whose {@link #create} runs with the plugin's class loader as the thread's context class
 * loader: libraries that look up classes or resources through it (ServiceLoader, JSON mappers) find the
 * plugin's own copies rather than the application's.
 */
final class ContextLoaderProvider implements ConnectorProvider {
    private final ConnectorProvider delegate;
    private final ClassLoader pluginLoader;

    ContextLoaderProvider(ConnectorProvider delegate, ClassLoader pluginLoader) {
        this.delegate = delegate;
        this.pluginLoader = pluginLoader;
    }

    @Override
    public String type() {
        return delegate.type();
    }

    @Override
    public int spiMajorVersion() {
        return delegate.spiMajorVersion();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public SettingsSpec settingsSpec() {
        return delegate.settingsSpec();
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(pluginLoader);
        try {
            return delegate.create(context, settings);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
