package com.crmbridge.app.cli;

import com.crmbridge.spi.StreamKind;
import com.crmbridge.sync.StreamReport;
import com.crmbridge.sync.SyncListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** A line per page and per wait, for a person watching a long pull on a terminal. */
final class ProgressLines implements SyncListener {
    private final PrintStream out;

    ProgressLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void streamStarted(String connector, StreamKind stream) {
        out.printf(Locale.ROOT, "  %s %s: reading…%n", connector, stream.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void pageCommitted(String connector, StreamKind stream, int page, long read, long rejected) {
        out.printf(
                Locale.ROOT,
                "  %s %s: page %d, %,d read, %,d rejected%n",
                connector,
                stream.name().toLowerCase(Locale.ROOT),
                page,
                read,
                rejected);
    }

    @Override
    public void waiting(String connector, StreamKind stream, Duration wait, String reason) {
        out.printf(
                Locale.ROOT,
                "  %s %s: waiting %ds (%s)%n",
                connector,
                stream.name().toLowerCase(Locale.ROOT),
                wait.toSeconds(),
                reason);
    }

    @Override
    public void streamFinished(String connector, StreamReport report) {
        if (report.error() != null) {
            out.printf(
                    Locale.ROOT,
                    "  %s %s: %s%n",
                    connector,
                    report.stream().name().toLowerCase(Locale.ROOT),
                    report.error());
        }
    }
}
