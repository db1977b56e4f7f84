/**
 * How the application finds connector providers: {@link com.crmbridge.app.plugin.ConnectorCatalog} by type,
 * checked for the SPI major version. The implementation here uses {@link java.util.ServiceLoader} on the
 * application's class path and the jars of the plugins directory; it is swapped for core's plugin loader
 * (child-first class loaders per plugin) once that lands.
 */
@NullMarked
package com.crmbridge.app.plugin;

import org.jspecify.annotations.NullMarked;
