/**
 * Plugin loading: finding the connector providers built into the class path and those in a plugins
 * directory (one jar or one folder of jars each, each in its own child-first class loader, as Kafka Connect's
 * plugin path does), refusing those built for another SPI major, and reporting every broken plugin by name while
 * the others load. Plain Java; the runtime decides what to do with the result.
 */
@NullMarked
package com.crmbridge.plugin;

import org.jspecify.annotations.NullMarked;
