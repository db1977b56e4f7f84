package com.crmbridge.connector.csv.bench;

import com.crmbridge.connector.csv.CsvConnectorProvider;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorLog;
import com.crmbridge.spi.ConnectorMetrics;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Reads generated deals files through the connector (parse, map, validate, hash, page) and, in the same JVM,
 * merely reads their lines with a {@link BufferedReader}: the ratio of the two speeds is the figure. Run with
 * {@code mvn -B -o -pl connector-csv -am verify -Pbench -DskipTests}; the profile starts a JVM with
 * {@code -Xmx256m}. Arguments: the directory for the generated files, the row count of the small file (default
 * 1,000,000) and the size of the big file in MiB (default 1024).
 */
public final class DealsReadBenchmark {
    private static final String[] STAGES = {"WON", "LOST", "赢单", "输单", "NEGOTIATION", "方案报价", "需求分析"};

    private DealsReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/bench");
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long megabytes = args.length > 2 ? Long.parseLong(args[2]) : 1024;
        Path small = directory.resolve("small");
        Path big = directory.resolve("big");
        generate(small.resolve("deals.csv"), rows, Long.MAX_VALUE);
        generate(big.resolve("deals.csv"), Long.MAX_VALUE, megabytes * 1024 * 1024);

        System.out.printf(
                Locale.ROOT,
                "JVM %s, max heap %d MiB, %d CPUs%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors());
        System.out.println(
                "| file | pass | rows | MB | seconds | rows/s | MB/s | CPU seconds | rows/CPU s | peak heap MiB |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int round = 1; round <= 3; round++) {
            report("1M rows", "lines (BufferedReader) #" + round, small, DealsReadBenchmark::readLines);
            report("1M rows", "connector (parse+map) #" + round, small, DealsReadBenchmark::readDeals);
        }
        report(megabytes + " MiB", "lines (BufferedReader)", big, DealsReadBenchmark::readLines);
        report(megabytes + " MiB", "connector (parse+map)", big, DealsReadBenchmark::readDeals);
    }

    @FunctionalInterface
    private interface Pass {
        long run(Path directory) throws IOException;
    }

    private static void report(String label, String pass, Path directory, Pass run) throws IOException {
        long bytes = Files.size(directory.resolve("deals.csv"));
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long count = run.run(directory);
        double seconds = (System.nanoTime() - start) / 1e9;
        // the pass's own thread only (no GC or JIT threads): on a shared machine this moves far less than wall time
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %,d | %,.0f | %.2f | %,.0f | %.1f | %.2f | %,.0f | %d |%n",
                label,
                pass,
                count,
                bytes / 1e6,
                seconds,
                count / seconds,
                bytes / 1e6 / seconds,
                cpuSeconds,
                count / cpuSeconds,
                peak / (1024 * 1024));
    }

    private static long readLines(Path directory) throws IOException {
        long lines = 0;
        try (BufferedReader reader = Files.newBufferedReader(directory.resolve("deals.csv"), StandardCharsets.UTF_8)) {
            while (reader.readLine() != null) {
                lines++;
            }
        }
        return lines - 1;
    }

    private static long readDeals(Path directory) {
        ConnectorProvider provider = new CsvConnectorProvider();
        Source source = (Source) provider.create(
                new BenchContext(), provider.settingsSpec().validate(Map.of("directory", directory.toString())));
        long records = 0;
        long rejects = 0;
        try (StreamReader reader = source.open(StreamKind.DEALS, null, ReadMode.FULL_REFRESH)) {
            for (Optional<Page> page = reader.next(); page.isPresent(); page = reader.next()) {
                records += page.get().records().size();
                rejects += page.get().rejects().size();
            }
        }
        if (rejects > 0) {
            throw new IllegalStateException(rejects + " rows were rejected: the generated file is wrong");
        }
        return records;
    }

    private static void generate(Path file, long rows, long bytes) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Random random = new Random(20261202);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "id,customer_id,owner_id,amount,stage,close_date,created_on\n";
            out.write(header);
            written += header.length();
            StringBuilder line = new StringBuilder(96);
            for (long i = 1; i <= rows && written < bytes; i++) {
                line.setLength(0);
                int cents = random.nextInt(100);
                long yuan = 5_000L + random.nextInt(2_000_000);
                line.append('D').append(pad(i, 9)).append(",C").append(pad(random.nextInt(100_000), 6));
                line.append(",M").append(pad(1 + random.nextInt(200), 3)).append(',');
                if (i % 10 == 0) {
                    line.append("\"¥")
                            .append(String.format(Locale.ROOT, "%,d", yuan))
                            .append('.');
                    line.append(pad(cents, 2)).append('"');
                } else {
                    line.append(yuan).append('.').append(pad(cents, 2));
                }
                line.append(',').append(STAGES[random.nextInt(STAGES.length)]);
                line.append(",2026-").append(pad(1 + random.nextInt(12), 2)).append('-');
                line.append(pad(1 + random.nextInt(28), 2));
                line.append(",2025/").append(1 + random.nextInt(12)).append('/').append(1 + random.nextInt(28));
                line.append('\n');
                out.append(line);
                written += utf8Length(line);
            }
        }
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The UTF-8 length of text without surrogate pairs. */
    private static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** A context that logs nothing. */
    private static final class BenchContext implements ConnectorContext {
        @Override
        public String name() {
            return "bench";
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public ConnectorLog log() {
            return new ConnectorLog() {
                @Override
                public void debug(String message) {}

                @Override
                public void info(String message) {}

                @Override
                public void warn(String message) {}
            };
        }

        @Override
        public ConnectorMetrics metrics() {
            return (counter, amount) -> {};
        }
    }
}
