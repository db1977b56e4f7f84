package com.crmbridge.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plugin's class loader: it looks in the plugin's own jars first, so that each plugin keeps its own versions of
 * its libraries, and asks its parent first only for the JDK and the SPI packages, so that plugin and runtime
 * share one {@code ConnectorProvider} and one set of records.
 */
final class ChildFirstClassLoader extends URLClassLoader {
    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final ClassLoader parent;
    private final List<String> parentFirst;

    ChildFirstClassLoader(String name, URL[] jars, ClassLoader parent, List<String> parentFirst) {
        super(name, jars, parent);
        this.parent = parent;
        this.parentFirst = List.copyOf(parentFirst);
    }

    private boolean isParentFirst(String className) {
        return parentFirst.stream().anyMatch(className::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isParentFirst(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException notInPlugin) {
                    loaded = parent.loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public @Nullable URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : parent.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
        all.addAll(Collections.list(parent.getResources(name)));
        return Collections.enumeration(all);
    }
}
