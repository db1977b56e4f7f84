package com.crmbridge.spi;

/** A connector's log. Messages are plain text; a connector never passes a secret's value. */
public interface ConnectorLog {
    void debug(String message);

    void info(String message);

    void warn(String message);
}
