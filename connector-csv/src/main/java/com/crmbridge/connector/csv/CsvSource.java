package com.crmbridge.connector.csv;

import com.crmbridge.connector.csv.internal.FileLocator;
import com.crmbridge.connector.csv.internal.FileStreamReader;
import com.crmbridge.connector.csv.internal.SourceOptions;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the five record types from the configured directory. Every stream is offered, since each file is
 * optional and may appear later; a stream whose file is absent reads nothing.
 */
public final class CsvSource implements Source {
    private final ConnectorContext context;
    private final SourceOptions options;

    public CsvSource(ConnectorContext context, CsvSettings settings) {
        this.context = context;
        this.options = settings.sourceOptions();
    }

    @Override
    public Set<StreamKind> streams() {
        return EnumSet.allOf(StreamKind.class);
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        return FileStreamReader.open(context.name(), options, context.zone(), context.log(), stream, cursor, mode);
    }

    @Override
    public CheckResult check() {
        List<String> problems = problems(options.directory());
        if (!problems.isEmpty()) {
            return CheckResult.failed(problems);
        }
        List<String> details = new ArrayList<>();
        try {
            FileLocator locator = new FileLocator(options.directory());
            for (StreamKind stream : StreamKind.values()) {
                List<Path> files = locator.find(options.pattern(stream));
                String record = stream.name().toLowerCase(Locale.ROOT);
                details.add(
                        files.isEmpty()
                                ? record + ": no file matches '" + options.pattern(stream) + "' (optional)"
                                : record + ": " + files.get(0).getFileName());
            }
        } catch (IOException e) {
            return CheckResult.failed(
                    List.of("directory: " + options.directory() + " cannot be listed: " + e.getMessage()));
        }
        return new CheckResult(List.of(), details);
    }

    /** What is wrong with the input directory, each problem naming the setting. */
    static List<String> problems(Path directory) {
        if (!Files.exists(directory)) {
            return List.of("directory: " + directory.toAbsolutePath() + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            return List.of("directory: " + directory.toAbsolutePath() + " is not a directory");
        }
        if (!Files.isReadable(directory)) {
            return List.of("directory: " + directory.toAbsolutePath() + " cannot be read by this process");
        }
        return List.of();
    }
}
