package com.crmbridge.spi;

/**
 * A configured connector instance. Its capabilities are the interfaces it also implements: {@link Source} to
 * be read from, {@link Sink} to be written to, or both. Instances are used by one thread at a time.
 */
public interface Connector extends AutoCloseable {
    /** Checks connection, credentials and configured objects, with a result a person can act on. Never throws. */
    CheckResult check();

    /** Releases connections and threads; the default does nothing. */
    @Override
    default void close() {}
}
