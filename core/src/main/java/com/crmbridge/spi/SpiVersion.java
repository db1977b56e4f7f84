package com.crmbridge.spi;

/**
 * The version of this SPI. A plugin built for another major version is refused. Compile-time constants, so
 * that {@code return SpiVersion.MAJOR;} in a provider records the version the plugin was built against.
 */
public final class SpiVersion {
    /** Changes when the SPI changes incompatibly. */
    public static final int MAJOR = 1;
    /** Changes when the SPI grows compatibly. */
    public static final int MINOR = 0;

    private SpiVersion() {}
}
