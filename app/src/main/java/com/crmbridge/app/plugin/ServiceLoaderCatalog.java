package com.crmbridge.app.plugin;

import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.SpiVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds providers with {@link ServiceLoader} on the class path and in the jars of the plugins directory (one
 * parent-first class loader over them all). Providers built for another SPI major version are refused with a
 * warning; when two providers claim a type, the first found (the class path) wins, with a warning.
 */
public final class ServiceLoaderCatalog implements ConnectorCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceLoaderCatalog.class);

    private final SortedMap<String, ConnectorProvider> providers;
    private final List<String> refused = new ArrayList<>();

    public ServiceLoaderCatalog(ClassLoader parent, Path pluginsDir) {
        this.providers = Collections.unmodifiableSortedMap(load(classLoader(parent, pluginsDir)));
    }

    @Override
    public SortedMap<String, ConnectorProvider> providers() {
        return providers;
    }

    /** Why providers were refused, for the operator. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    private SortedMap<String, ConnectorProvider> load(ClassLoader loader) {
        SortedMap<String, ConnectorProvider> found = new TreeMap<>();
        var iterator = ServiceLoader.load(ConnectorProvider.class, loader).iterator();
        while (true) {
            ConnectorProvider provider;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                provider = iterator.next();
            } catch (ServiceConfigurationError e) {
                refuse("a connector provider could not be loaded: " + e.getMessage());
                continue;
            }
            if (provider.spiMajorVersion() != SpiVersion.MAJOR) {
                refuse("connector type '" + provider.type() + "' ("
                        + provider.getClass().getName() + ") was built for SPI "
                        + provider.spiMajorVersion() + ", this CRM Bridge speaks SPI " + SpiVersion.MAJOR
                        + "; use a plugin built for SPI " + SpiVersion.MAJOR);
                continue;
            }
            ConnectorProvider earlier = found.putIfAbsent(provider.type(), provider);
            if (earlier != null && earlier.getClass() != provider.getClass()) {
                refuse("connector type '" + provider.type() + "' is provided twice; using "
                        + earlier.getClass().getName() + ", ignoring "
                        + provider.getClass().getName());
            }
        }
        return found;
    }

    private void refuse(String why) {
        refused.add(why);
        LOG.warn(why);
    }

    private static ClassLoader classLoader(ClassLoader parent, Path pluginsDir) {
        if (!Files.isDirectory(pluginsDir)) {
            return parent;
        }
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(pluginsDir)) {
            for (Path jar : files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList()) {
                jars.add(jar.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException("plugin jar path is not a URL: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins directory " + pluginsDir, e);
        }
        if (jars.isEmpty()) {
            return parent;
        }
        LOG.info("Loading connector plugins from {}: {}", pluginsDir, jars);
        return new URLClassLoader("crm-bridge-plugins", jars.toArray(URL[]::new), parent);
    }
}
