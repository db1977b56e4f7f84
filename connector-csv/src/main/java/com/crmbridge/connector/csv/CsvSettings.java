package com.crmbridge.connector.csv;

import com.crmbridge.connector.csv.internal.Layouts;
import com.crmbridge.connector.csv.internal.SourceOptions;
import com.crmbridge.spi.SettingKey;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The file connector's settings, exactly {@code csv.md}'s Settings table plus {@code sheet}, the feedback score
 * scale and the page size.
 *
 * @param directory where input files are read from; {@code null} when the connector does not read
 * @param patterns the file name glob of each record type
 * @param encoding the forced encoding; {@code null} to detect each file's
 * @param headers the extra header names under {@code headers.}: {@code deals.amount → 签约金额}
 * @param outputDirectory where result files are written; {@code null} when the connector does not write
 * @param sheet the xlsx sheet to read; {@code null} for the first
 * @param scoreMin the lowest feedback score of the files' scale
 * @param scoreMax the highest feedback score of the files' scale
 * @param pageSize the most rows in a page
 */
public record CsvSettings(
        @Nullable Path directory,
        Map<StreamKind, String> patterns,
        @Nullable Charset encoding,
        Map<String, String> headers,
        @Nullable Path outputDirectory,
        @Nullable String sheet,
        BigDecimal scoreMin,
        BigDecimal scoreMax,
        int pageSize) {
    public static final SettingKey<String> DIRECTORY = SettingKey.text(
            "directory",
            "Where the input files (managers, customers, deals, feedback, targets; .csv, .tsv, .txt or .xlsx) are "
                    + "read from. Required when the connector reads.");
    public static final SettingKey<String> MANAGERS_PATTERN = pattern(StreamKind.MANAGERS);
    public static final SettingKey<String> CUSTOMERS_PATTERN = pattern(StreamKind.CUSTOMERS);
    public static final SettingKey<String> DEALS_PATTERN = pattern(StreamKind.DEALS);
    public static final SettingKey<String> FEEDBACK_PATTERN = pattern(StreamKind.FEEDBACK);
    public static final SettingKey<String> TARGETS_PATTERN = pattern(StreamKind.TARGETS);
    public static final SettingKey<String> ENCODING = SettingKey.text(
                    "encoding",
                    "Force one encoding for every input file (UTF-8, GB18030, UTF-16…) instead of detecting each "
                            + "file's. Default: detect.")
            .check(CsvSettings::isCharset, "must be an encoding Java knows, such as UTF-8 or GB18030");
    public static final SettingKey<Map<String, String>> HEADERS = SettingKey.prefix(
            "headers.",
            "More header names for a column, as headers.<record>.<canonical>: <name>[, <name>…], for example "
                    + "headers.deals.amount: 签约金额. They win over the built-in names.");
    public static final SettingKey<String> OUTPUT_DIRECTORY = SettingKey.text(
            "output-directory",
            "Where scorecards.csv and alerts.csv are written; created when missing. Required when the connector "
                    + "writes.");
    public static final SettingKey<String> SHEET =
            SettingKey.text("sheet", "The sheet of an xlsx file to read, by name. Default: the first sheet.");
    public static final SettingKey<String> SCORE_MIN = SettingKey.text(
                    "score-min", "The lowest feedback score of the files' scale; scores are mapped linearly onto 1–5.")
            .withDefault("1")
            .check(CsvSettings::isDecimal, "must be a number");
    public static final SettingKey<String> SCORE_MAX = SettingKey.text(
                    "score-max",
                    "The highest feedback score of the files' scale, for example 10 for NPS-style 0–10 scores.")
            .withDefault("5")
            .check(CsvSettings::isDecimal, "must be a number");
    public static final SettingKey<Integer> PAGE_SIZE = SettingKey.integer(
                    "page-size", "How many rows one page holds; memory holds one page at a time.")
            .withDefault("1000")
            .check(size -> size >= 1 && size <= 100_000, "must be within 1..100000");

    /** Every setting, in the order the docs list them. */
    public static final SettingsSpec SPEC = SettingsSpec.of(
            DIRECTORY,
            MANAGERS_PATTERN,
            CUSTOMERS_PATTERN,
            DEALS_PATTERN,
            FEEDBACK_PATTERN,
            TARGETS_PATTERN,
            ENCODING,
            HEADERS,
            OUTPUT_DIRECTORY,
            SHEET,
            SCORE_MIN,
            SCORE_MAX,
            PAGE_SIZE);

    private static final List<String> RECORDS = List.of("managers", "customers", "deals", "feedback", "targets");

    public CsvSettings {
        patterns = Map.copyOf(patterns);
        headers = Map.copyOf(headers);
    }

    /**
     * Reads validated settings and checks what the keys cannot check one by one.
     *
     * @throws ConnectorException.ConfigurationInvalid naming each key that is wrong
     */
    public static CsvSettings from(Settings settings) {
        List<ConnectorException.Problem> problems = new ArrayList<>();
        Path directory = settings.find(DIRECTORY).map(Path::of).orElse(null);
        Path output = settings.find(OUTPUT_DIRECTORY).map(Path::of).orElse(null);
        if (directory == null && output == null) {
            problems.add(new ConnectorException.Problem(
                    "directory", "set directory to read files, output-directory to write results, or both"));
        }
        Map<StreamKind, String> patterns = new EnumMap<>(StreamKind.class);
        for (SettingKey<String> key :
                List.of(MANAGERS_PATTERN, CUSTOMERS_PATTERN, DEALS_PATTERN, FEEDBACK_PATTERN, TARGETS_PATTERN)) {
            StreamKind stream = StreamKind.valueOf(
                    key.name().substring(0, key.name().indexOf('-')).toUpperCase(Locale.ROOT));
            patterns.put(stream, settings.get(key));
        }
        Map<String, String> headers = settings.get(HEADERS);
        headers.keySet().forEach(key -> headerProblem(key).ifPresent(problems::add));
        BigDecimal min = new BigDecimal(settings.get(SCORE_MIN));
        BigDecimal max = new BigDecimal(settings.get(SCORE_MAX));
        if (min.compareTo(max) >= 0) {
            problems.add(new ConnectorException.Problem(
                    "score-max",
                    "must be greater than score-min " + min.toPlainString() + ", was " + max.toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new ConnectorException.ConfigurationInvalid(problems);
        }
        return new CsvSettings(
                directory,
                patterns,
                settings.find(ENCODING).map(Charset::forName).orElse(null),
                headers,
                output,
                settings.find(SHEET).orElse(null),
                min,
                max,
                settings.get(PAGE_SIZE));
    }

    /** What reading needs; only when {@link #directory()} is set. */
    SourceOptions sourceOptions() {
        if (directory == null) {
            throw new IllegalStateException("the connector does not read: directory is not set");
        }
        return new SourceOptions(directory, patterns, encoding, headers, sheet, scoreMin, scoreMax, pageSize);
    }

    private static Optional<ConnectorException.Problem> headerProblem(String key) {
        int dot = key.indexOf('.');
        String record = dot < 0 ? key : key.substring(0, dot);
        if (dot < 0 || !RECORDS.contains(record)) {
            return Optional.of(new ConnectorException.Problem(
                    "headers." + key, "must be headers.<record>.<column> with a record of " + RECORDS));
        }
        String column = key.substring(dot + 1);
        List<String> columns = Layouts.columnNames(StreamKind.valueOf(record.toUpperCase(Locale.ROOT)));
        if (!columns.contains(column)) {
            return Optional.of(new ConnectorException.Problem(
                    "headers." + key,
                    "'" + column + "' is not a column of " + record + "; its columns are " + columns));
        }
        return Optional.empty();
    }

    private static SettingKey<String> pattern(StreamKind stream) {
        String record = stream.name().toLowerCase(Locale.ROOT);
        return SettingKey.text(
                        record + "-pattern",
                        "A glob matched case-insensitively against file names, with or without the extension, for "
                                + "the " + record + " file (" + record + "* matches " + capitalised(record)
                                + "-Export-2026.csv). The newest matching file is read.")
                .withDefault(record);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isCharset(String name) {
        try {
            return Charset.isSupported(name.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
