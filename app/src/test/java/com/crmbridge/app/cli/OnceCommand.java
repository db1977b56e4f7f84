package com.crmbridge.app.cli;

import com.crmbridge.app.CrmBridgeApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code --once} in this JVM as {@code java -jar} would, capturing what it prints and its exit code. */
final class OnceCommand {
    /** The samples shipped at the repository root. */
    static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

    record Result(int exitCode, String output) {}

    private OnceCommand() {}

    /** The arguments to run the samples into {@code out} with the given database. */
    static List<String> samplesInto(Path out, String databaseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--once",
                "--spring.datasource.url=" + databaseUrl,
                "--crmbridge.connectors.samples.type=csv",
                "--crmbridge.connectors.samples.settings.directory=" + SAMPLES,
                "--crmbridge.connectors.results.type=csv",
                "--crmbridge.connectors.results.read=false",
                "--crmbridge.connectors.results.write=true",
                "--crmbridge.connectors.results.settings.output-directory=" + out));
        args.addAll(List.of(more));
        return args;
    }

    static synchronized Result run(List<String> args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = CrmBridgeApplication.start(args.toArray(String[]::new));
            return new Result(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
