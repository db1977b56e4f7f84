package com.crmbridge.app.plugin;

import com.crmbridge.spi.ConnectorProvider;
import java.util.Optional;
import java.util.SortedMap;

/** The connector providers the application can configure, by type. */
public interface ConnectorCatalog {
    /** Every usable provider by type, in type order. */
    SortedMap<String, ConnectorProvider> providers();

    /** The provider of a type, or empty when no provider has that type. */
    default Optional<ConnectorProvider> find(String type) {
        return Optional.ofNullable(providers().get(type));
    }
}
