package com.crmbridge.plugin;

import com.crmbridge.spi.ConnectorProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a {@link PluginLoader} found: the providers that loaded, by type, and the problems of those that did not.
 * Closing it closes the plugins' class loaders; the providers must not be used afterwards.
 */
public final class LoadedPlugins implements AutoCloseable {
    private final Map<String, LoadedProvider> providers;
    private final List<PluginProblem> problems;
    private final List<URLClassLoader> loaders;

    LoadedPlugins(Map<String, LoadedProvider> providers, List<PluginProblem> problems, List<URLClassLoader> loaders) {
        this.providers = java.util.Collections.unmodifiableMap(new TreeMap<>(providers));
        this.problems = List.copyOf(problems);
        this.loaders = List.copyOf(loaders);
    }

    /** Every provider that loaded, by its type, in type order. */
    public Map<String, LoadedProvider> providers() {
        return providers;
    }

    /** The provider of a type, when one loaded. */
    public Optional<ConnectorProvider> provider(String type) {
        return Optional.ofNullable(providers.get(type)).map(LoadedProvider::provider);
    }

    /** Every plugin or provider that did not load, in the order found; empty when all loaded. */
    public List<PluginProblem> problems() {
        return problems;
    }

    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = new UncheckedIOException("could not close a plugin's class loader", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "LoadedPlugins" + providers.values() + ", problems " + problems;
    }
}
