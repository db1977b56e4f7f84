package com.crmbridge.plugin;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Finds connector providers: the built-in ones on the class path through {@link ServiceLoader}, then one plugin
 * per jar or folder of jars in the plugins directory, each in its own child-first class loader. A plugin that
 * does not load (no provider, another SPI major, a provider that throws, a type already taken) is reported with
 * its name and the reason, and the others load all the same.
 *
 * <p>When two providers claim one type, the first keeps it: the class path before plugins, plugins in the order
 * of their names. The later one is refused with a problem that names both.
 *
 * <p>Not thread-safe; call {@link #load()} once at start-up.
 */
public final class PluginLoader {
    /**
     * Class name prefixes a plugin's class loader asks its parent for first: the JDK, the nullness annotations and
     * the SPI with the records and results it passes. Everything else comes from the plugin's own jars first.
     */
    public static final List<String> PARENT_FIRST = List.of(
            "java.",
            "javax.",
            "jdk.",
            "sun.",
            "org.jspecify.",
            "com.crmbridge.spi.",
            "com.crmbridge.domain.",
            "com.crmbridge.kpi.");

    private static final String SERVICE_FILE = "META-INF/services/" + ConnectorProvider.class.getName();

    private final ClassLoader parent;
    private final @Nullable Path pluginsDirectory;

    /**
     * A loader of the parent's providers and of the plugins in the directory.
     *
     * @param parent the application's class loader: built-in providers come from it, plugins see the SPI through it
     * @param pluginsDirectory the plugins directory, or {@code null} for built-in providers only
     */
    public PluginLoader(ClassLoader parent, @Nullable Path pluginsDirectory) {
        this.parent = parent;
        this.pluginsDirectory = pluginsDirectory;
    }

    /** Loads every provider it can and reports the rest. */
    public LoadedPlugins load() {
        Map<String, LoadedProvider> providers = new LinkedHashMap<>();
        List<PluginProblem> problems = new ArrayList<>();
        List<URLClassLoader> loaders = new ArrayList<>();

        loadProviders(
                ServiceLoader.load(ConnectorProvider.class, parent),
                PluginOrigin.classPath(),
                null,
                providers,
                problems);

        Path directory = pluginsDirectory;
        if (directory != null) {
            for (Path plugin : plugins(directory, problems)) {
                PluginOrigin origin = PluginOrigin.plugin(plugin);
                URLClassLoader loader;
                try {
                    loader = classLoaderOf(plugin);
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new PluginProblem(origin, "cannot be read: " + e.getMessage()));
                    continue;
                }
                int loaded = loadProviders(
                        ServiceLoader.load(ConnectorProvider.class, loader), origin, loader, providers, problems);
                if (loaded > 0) {
                    loaders.add(loader);
                } else {
                    closeQuietly(loader, origin, problems);
                }
            }
        }
        return new LoadedPlugins(providers, problems, loaders);
    }

    /** The jars and folders in the plugins directory, in name order; other files are not plugins. */
    private static List<Path> plugins(Path directory, List<PluginProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(new PluginProblem(
                    PluginOrigin.plugin(directory), "the plugins directory " + directory + " is not a directory"));
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> Files.isDirectory(path) || isJar(path))
                    .filter(path -> !String.valueOf(path.getFileName()).startsWith("."))
                    .sorted(Comparator.comparing(path -> String.valueOf(path.getFileName())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugins directory " + directory, e);
        }
    }

    private static boolean isJar(Path path) {
        return Files.isRegularFile(path)
                && String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /** A jar's own loader, or one loader over every jar of a folder. */
    private URLClassLoader classLoaderOf(Path plugin) throws IOException {
        List<Path> jars;
        if (Files.isDirectory(plugin)) {
            try (Stream<Path> entries = Files.list(plugin)) {
                jars = entries.filter(PluginLoader::isJar).sorted().toList();
            }
            if (jars.isEmpty()) {
                throw new IllegalArgumentException("the folder holds no jar");
            }
        } else {
            jars = List.of(plugin);
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = toUrl(jars.get(i));
        }
        return new ChildFirstClassLoader("plugin " + plugin.getFileName(), urls, parent, PARENT_FIRST);
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a file: " + jar, e);
        }
    }

    /**
     * Instantiates and checks each provider the service loader lists; when {@code own} is given, only those the
     * plugin's own jars define (the parent's are the class path's, loaded already).
     *
     * @return how many providers were added
     */
    private static int loadProviders(
            ServiceLoader<ConnectorProvider> services,
            PluginOrigin origin,
            @Nullable ClassLoader own,
            Map<String, LoadedProvider> providers,
            List<PluginProblem> problems) {
        int added = 0;
        int listed = 0;
        var iterator = services.stream().iterator();
        while (true) {
            ServiceLoader.Provider<ConnectorProvider> service;
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                service = iterator.next();
            } catch (ServiceConfigurationError e) {
                // the service loader may not go on after a bad entry, so the rest of this plugin is not read
                problems.add(new PluginProblem(origin, "lists a provider that cannot be loaded: " + describe(e)));
                listed++;
                break;
            }
            if (own != null && service.type().getClassLoader() != own) {
                continue;
            }
            listed++;
            if (admit(service, origin, providers, problems)) {
                added++;
            }
        }
        if (listed == 0 && own != null) {
            problems.add(new PluginProblem(origin, "holds no connector provider: list one in " + SERVICE_FILE));
        }
        return added;
    }

    private static boolean admit(
            ServiceLoader.Provider<ConnectorProvider> service,
            PluginOrigin origin,
            Map<String, LoadedProvider> providers,
            List<PluginProblem> problems) {
        String className = service.type().getName();
        ConnectorProvider provider;
        String type;
        int major;
        try {
            provider = service.get();
            type = provider.type();
            major = provider.spiMajorVersion();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            problems.add(new PluginProblem(origin, "provider " + className + " failed to start: " + describe(e)));
            return false;
        }
        if (major != SpiVersion.MAJOR) {
            problems.add(new PluginProblem(
                    origin,
                    "provider " + className + " (type " + type + ") was built for SPI major " + major
                            + ", but this CRM Bridge runs SPI major " + SpiVersion.MAJOR + " (" + SpiVersion.MAJOR
                            + "." + SpiVersion.MINOR + "); use a build of the plugin for SPI " + SpiVersion.MAJOR
                            + ".x"));
            return false;
        }
        if (!type.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(new PluginProblem(
                    origin,
                    "provider " + className + " has the type '" + type
                            + "'; a type is lower-case letters, digits and dashes"));
            return false;
        }
        LoadedProvider taken = providers.get(type);
        if (taken != null) {
            problems.add(new PluginProblem(
                    origin,
                    "provider " + className + " claims the type '" + type + "', which "
                            + taken.provider().getClass().getName() + " from the " + taken.origin()
                            + " already has; remove one of them"));
            return false;
        }
        providers.put(type, new LoadedProvider(provider, origin));
        return true;
    }

    /** The root cause's class and message: what broke, not the service loader's wrapping. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void closeQuietly(URLClassLoader loader, PluginOrigin origin, List<PluginProblem> problems) {
        try {
            loader.close();
        } catch (IOException e) {
            problems.add(new PluginProblem(origin, "its class loader could not be closed: " + e.getMessage()));
        }
    }
}
