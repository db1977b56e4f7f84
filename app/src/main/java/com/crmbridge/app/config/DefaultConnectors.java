package com.crmbridge.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The connectors used when none is configured, so that a fresh clone runs: {@code samples}, a csv connector on
 * the shipped sample data, and {@code results}, a csv connector writing {@code ./out}. The samples are
 * {@code ./samples} when the working directory is a clone, otherwise the copy packaged in the jar, extracted to
 * {@code ./data/samples}.
 */
public final class DefaultConnectors {
    /** The name of the default reading connector. */
    public static final String SAMPLES = "samples";
    /** The name of the default writing connector. */
    public static final String RESULTS = "results";

    private DefaultConnectors() {}

    /** The configured connectors, or the defaults when none is configured. */
    public static Map<String, ConnectorProperties> orDefaults(
            Map<String, ConnectorProperties> configured, Path workingDirectory) {
        if (!configured.isEmpty()) {
            return configured;
        }
        Map<String, ConnectorProperties> defaults = new LinkedHashMap<>();
        defaults.put(
                SAMPLES,
                new ConnectorProperties(
                        "csv",
                        true,
                        false,
                        "0 0 * * * *",
                        Map.of("directory", samples(workingDirectory).toString())));
        defaults.put(
                RESULTS,
                new ConnectorProperties(
                        "csv",
                        false,
                        true,
                        "0 0 * * * *",
                        Map.of(
                                "output-directory",
                                workingDirectory.resolve("out").toString())));
        return defaults;
    }

    private static Path samples(Path workingDirectory) {
        Path clone = workingDirectory.resolve("samples");
        if (Files.isDirectory(clone)) {
            return clone;
        }
        Path extracted = workingDirectory.resolve("data").resolve("samples");
        try {
            Files.createDirectories(extracted);
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/*.*");
            for (Resource file : files) {
                @Nullable String name = file.getFilename();
                if (name == null || !file.isReadable()) {
                    continue;
                }
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, extracted.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot extract the packaged sample data to " + extracted + ": " + e.getMessage(), e);
        }
        return extracted;
    }
}
