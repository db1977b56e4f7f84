package com.crmbridge.testkit;

import com.crmbridge.spi.ConnectorLog;
import java.util.ArrayList;
import java.util.List;

/** A {@link ConnectorLog} that keeps every line, so that tests can read what a connector logged. Thread-safe. */
public final class RecordingLog implements ConnectorLog {
    /** A log level. */
    public enum Level {
        DEBUG,
        INFO,
        WARN
    }

    /**
     * One logged line.
     *
     * @param level the level it was logged at
     * @param message the message as the connector passed it
     */
    public record Line(Level level, String message) {
        @Override
        public String toString() {
            return level + " " + message;
        }
    }

    private final List<Line> lines = new ArrayList<>();

    @Override
    public void debug(String message) {
        add(Level.DEBUG, message);
    }

    @Override
    public void info(String message) {
        add(Level.INFO, message);
    }

    @Override
    public void warn(String message) {
        add(Level.WARN, message);
    }

    private synchronized void add(Level level, String message) {
        lines.add(new Line(level, message));
    }

    /** Every line so far, oldest first. */
    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The messages logged at the level, oldest first. */
    public synchronized List<String> messages(Level level) {
        return lines.stream()
                .filter(line -> line.level() == level)
                .map(Line::message)
                .toList();
    }

    /** Forgets every line. */
    public synchronized void clear() {
        lines.clear();
    }
}
