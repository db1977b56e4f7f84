package com.crmbridge.plugin;

/**
 * A provider or plugin that did not load, and why, in words an operator can act on.
 *
 * @param origin the plugin jar or folder (or the class path) at fault
 * @param reason what is wrong, naming the provider class and versions where they apply
 */
public record PluginProblem(PluginOrigin origin, String reason) {
    /** {@code plugin acme-crm.jar: provider com.acme.AcmeProvider was built for SPI major 2, ...}. */
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
