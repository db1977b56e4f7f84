package com.crmbridge.plugin;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a provider came from: the application's class path (a built-in connector) or a plugin, one jar or one
 * folder of jars in the plugins directory.
 *
 * @param location the plugin's jar or folder; {@code null} for the class path
 */
public record PluginOrigin(@Nullable Path location) {
    /** The application's class path. */
    public static PluginOrigin classPath() {
        return new PluginOrigin(null);
    }

    /** A plugin jar or folder. */
    public static PluginOrigin plugin(Path location) {
        return new PluginOrigin(location);
    }

    public boolean isBuiltIn() {
        return location == null;
    }

    /** The plugin's jar or folder, empty for the class path. */
    public Optional<Path> path() {
        return Optional.ofNullable(location);
    }

    /** {@code class path} or {@code plugin acme-crm.jar}. */
    @Override
    public String toString() {
        Path path = location;
        if (path == null) {
            return "class path";
        }
        Path name = path.getFileName();
        return "plugin " + (name == null ? path : name);
    }
}
