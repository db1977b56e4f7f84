package com.crmbridge.app.plugin;

import com.crmbridge.plugin.LoadedPlugins;
import com.crmbridge.plugin.LoadedProvider;
import com.crmbridge.plugin.PluginLoader;
import com.crmbridge.plugin.PluginProblem;
import com.crmbridge.spi.ConnectorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers core's {@link PluginLoader} found: built-in ones from the class path, and each plugin of the
 * plugins directory in its own child-first class loader. A plugin that could not load is logged by name with
 * the reason, and the others are still usable. Calls into a plugin's provider run with the plugin's class
 * loader as the thread's context loader, so that libraries inside the plugin find their own resources.
 */
public final class PluginCatalog implements ConnectorCatalog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginCatalog.class);

    private final LoadedPlugins loaded;
    private final SortedMap<String, ConnectorProvider> providers;

    /**
     * Loads the providers.
     *
     * @param parent the application's class loader
     * @param pluginsDir the plugins directory; a directory that does not exist means no plugins
     */
    public PluginCatalog(ClassLoader parent, Path pluginsDir) {
        this.loaded = new PluginLoader(parent, Files.isDirectory(pluginsDir) ? pluginsDir : null).load();
        SortedMap<String, ConnectorProvider> byType = new TreeMap<>();
        loaded.providers().forEach((type, provider) -> byType.put(type, contextual(provider)));
        this.providers = Collections.unmodifiableSortedMap(byType);
        loaded.problems().forEach(problem -> LOG.warn("Connector plugin not loaded: {}", problem));
    }

    @Override
    public SortedMap<String, ConnectorProvider> providers() {
        return providers;
    }

    /** The plugins that did not load and why, for the operator. */
    public List<PluginProblem> problems() {
        return loaded.problems();
    }

    @Override
    public void close() {
        loaded.close();
    }

    private static ConnectorProvider contextual(LoadedProvider loadedProvider) {
        return loadedProvider.origin().isBuiltIn()
                ? loadedProvider.provider()
                : new ContextLoaderProvider(loadedProvider.provider(), loadedProvider.classLoader());
    }
}
