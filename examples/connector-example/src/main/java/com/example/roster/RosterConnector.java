package com.example.roster;

import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.ConnectorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A source of one stream, MANAGERS, read from the roster file. */
final class RosterConnector implements Source {
    private final ConnectorContext context;
    private final Path file;
    private final int pageSize;

    RosterConnector(ConnectorContext context, Path file, int pageSize) {
        this.context = context;
        this.file = file;
        this.pageSize = pageSize;
    }

    @Override
    public CheckResult check() {
        if (!Files.isRegularFile(file)) {
            return CheckResult.failed(List.of("file: " + file + " does not exist or is not a file"));
        }
        if (!Files.isReadable(file)) {
            return CheckResult.failed(List.of("file: " + file + " cannot be read; check its permissions"));
        }
        return CheckResult.ok("file " + file + " is readable");
    }

    @Override
    public Set<StreamKind> streams() {
        return Set.of(StreamKind.MANAGERS);
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        if (stream != StreamKind.MANAGERS) {
            throw new IllegalArgumentException("the roster offers MANAGERS only, not " + stream);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConnectorException.ConfigurationInvalid(
                    List.of(new ConnectorException.Problem("file", file + " does not exist or is not a file")));
        }
        RosterCursor from = mode == ReadMode.FULL_REFRESH || cursor == null ? null : RosterCursor.parse(cursor);
        context.log().debug("reading " + file + (from == null ? " from the top" : " after " + from));
        return new RosterReader(context.name(), file, from, pageSize);
    }

    @Override
    public String toString() {
        return "RosterConnector[" + context.name() + ", " + file + "]";
    }
}
