/**
 * How the application finds connector providers: {@link com.crmbridge.app.plugin.ConnectorCatalog} by type,
 * backed by core's {@link com.crmbridge.plugin.PluginLoader} (built-in providers from the class path, each plugin
 * of the plugins directory in its own child-first class loader, refused on another SPI major).
 */
@NullMarked
package com.crmbridge.app.plugin;

import org.jspecify.annotations.NullMarked;
