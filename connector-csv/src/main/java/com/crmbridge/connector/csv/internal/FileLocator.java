package com.crmbridge.connector.csv.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a record type's file in the input directory: a file whose name matches the glob case-insensitively,
 * with or without its extension; only {@code .csv}, {@code .tsv}, {@code .txt}, {@code .xlsx} and files
 * without an extension count. Hidden files and Excel's lock files ({@code ~$deals.xlsx}) are ignored. When
 * several files match, the most recently modified is read (then the last by name).
 */
public final class FileLocator {
    /** The extensions read, lower-case. */
    public static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx");

    private final Path directory;

    public FileLocator(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Every matching file, the one to read first.
     *
     * @param glob a glob such as {@code deals} or {@code deals*.csv}
     */
    public List<Path> find(String glob) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
        List<FileState> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || name.startsWith("~$") || !Files.isRegularFile(entry)) {
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                String extension = extension(lower);
                if (!extension.isEmpty() && !EXTENSIONS.contains(extension)) {
                    continue;
                }
                String base = extension.isEmpty() ? lower : lower.substring(0, lower.length() - extension.length() - 1);
                if (matcher.matches(Path.of(lower)) || matcher.matches(Path.of(base))) {
                    found.add(FileState.of(entry));
                }
            }
        }
        found.sort(Comparator.comparingLong(FileState::modified)
                .thenComparing(FileState::name)
                .reversed());
        return found.stream().map(FileState::path).toList();
    }

    /** The lower-case extension without the dot, or empty text. */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
