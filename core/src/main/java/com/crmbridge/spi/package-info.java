/**
 * The connector SPI, version {@value com.crmbridge.spi.SpiVersion#MAJOR}: how a connector is found
 * ({@link com.crmbridge.spi.ConnectorProvider} through {@link java.util.ServiceLoader}), configured
 * ({@link com.crmbridge.spi.SettingsSpec}), checked, read from ({@link com.crmbridge.spi.Source}) and written
 * to ({@link com.crmbridge.spi.Sink}), and how it reports failures ({@link com.crmbridge.spi.error.ConnectorException}).
 * See {@code docs/architecture.md} for the contract in prose.
 */
@NullMarked
package com.crmbridge.spi;

import org.jspecify.annotations.NullMarked;
