package com.crmbridge.connector.zoho.internal;

import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full load by Bulk Read (section 3.5): create the job, poll it to {@code COMPLETED}, download the zipped CSV
 * to a temporary file and hand its rows out a page at a time, then the job's next page while
 * {@code more_records}. Rows become the same JSON shape a listing returns (a lookup column {@code Owner} becomes
 * {@code {"Owner":{"id":…}}}), so one mapper serves both. A resumed read downloads the job's file again and
 * skips the rows already delivered.
 */
public final class BulkLoad implements AutoCloseable {
    /** What Zoho charges for a Bulk Read job (unverified, contract section 5). */
    static final long JOB_CREDITS = 50;

    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    static final int MAX_POLLS = 720;

    private final ModuleReads reads;
    private final StreamKind stream;
    private final String module;
    private @Nullable String openJob;
    private @Nullable Path file;
    private @Nullable CsvRows csv;
    private @Nullable ZipInputStream zip;
    private List<String> header = List.of();
    private long rowsRead;
    private boolean moreJobPages;

    /** One page's worth of rows and where the load stands after it. */
    record Chunk(List<JsonNode> rows, @Nullable String job, int jobPage, long rowsDone, boolean finished) {}

    BulkLoad(ModuleReads reads, StreamKind stream) {
        this.reads = reads;
        this.stream = stream;
        this.module = reads.config().module(RecordMapper.kind(stream));
    }

    Chunk next(ReadPosition position) {
        try {
            return read(position);
        } catch (IOException e) {
            close();
            throw new ConnectorException.Retryable(
                    module + ": reading the Bulk Read file failed: " + e.getMessage(), e);
        }
    }

    private Chunk read(ReadPosition position) throws IOException {
        int jobPage = position.page();
        String job = position.bulkJob();
        if (job == null) {
            job = create(jobPage);
        }
        if (!job.equals(openJob)) {
            close();
            open(job, position.bulkRowsDone());
        }
        CsvRows rows = Objects.requireNonNull(csv);
        List<JsonNode> page = new ArrayList<>();
        List<String> values;
        while (page.size() < reads.config().pageSize() && (values = rows.next()) != null) {
            rowsRead++;
            page.add(toJson(values));
        }
        if (page.size() == reads.config().pageSize()) {
            return new Chunk(page, job, jobPage, rowsRead, false);
        }
        close();
        if (moreJobPages) {
            return new Chunk(page, null, jobPage + 1, 0, false);
        }
        return new Chunk(page, null, 1, 0, true);
    }

    private String create(int jobPage) {
        ObjectNode body = reads.json().createObjectNode();
        ObjectNode query = body.putObject("query");
        query.putObject("module").put("api_name", module);
        ArrayNode fields = query.putArray("fields");
        fields.add(DefaultMapping.ID);
        reads.mapper().fieldsParameter(stream).forEach(fields::add);
        query.put("page", jobPage);
        body.put("file_type", "csv");
        ZohoRequest request = ZohoRequest.post("/crm/bulk/v8/read", reads.json().writeValueAsString(body))
                .withCredits(JOB_CREDITS)
                .forSetting("modules." + RecordMapper.kind(stream));
        JsonNode reply = reads.http().call(request, r -> reads.json().readTree(Objects.requireNonNull(r.body())));
        String id = reply.path("data").path(0).path("details").path("id").asString("");
        if (id.isEmpty()) {
            throw new ConnectorException.Retryable(module + ": Zoho created a Bulk Read job without an id", null);
        }
        reads.log().info(module + ": Bulk Read job " + id + " created (page " + jobPage + ")");
        return id;
    }

    private void open(String job, long skip) throws IOException {
        JsonNode result = await(job);
        moreJobPages = result.path("more_records").asBoolean(false);
        String url = result.path("download_url").asString("");
        if (url.isEmpty()) {
            throw new ConnectorException.Retryable(module + ": Bulk Read job " + job + " has no download_url", null);
        }
        Path target = Files.createTempFile("zoho-bulk-", ".zip");
        file = target;
        reads.http().call(ZohoRequest.get(url).forSetting("modules." + RecordMapper.kind(stream)), reply -> {
            try (InputStream body = Objects.requireNonNull(reply.body())) {
                Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        });
        ZipInputStream opened = new ZipInputStream(Files.newInputStream(target), StandardCharsets.UTF_8);
        zip = opened;
        ZipEntry entry = opened.getNextEntry();
        if (entry == null) {
            throw new IOException("the Bulk Read file of job " + job + " is an empty zip");
        }
        CsvRows rows = new CsvRows(new BufferedReader(new InputStreamReader(opened, StandardCharsets.UTF_8)));
        List<String> names = rows.next();
        if (names == null) {
            names = List.of();
        }
        if (!names.isEmpty()) {
            names.set(0, names.get(0).replace("\uFEFF", ""));
        }
        header = names;
        csv = rows;
        openJob = job;
        rowsRead = 0;
        while (rowsRead < skip && rows.next() != null) {
            rowsRead++;
        }
    }

    private JsonNode await(String job) {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            JsonNode reply = reads.http()
                    .call(
                            ZohoRequest.get("/crm/bulk/v8/read/" + job)
                                    .forSetting("modules." + RecordMapper.kind(stream)),
                            r -> reads.json().readTree(Objects.requireNonNull(r.body())));
            JsonNode details = reply.path("data").path(0);
            String state = details.path("state").asString("").toUpperCase(Locale.ROOT);
            if (state.equals("COMPLETED")) {
                return details.path("result");
            }
            if (state.equals("FAILURE") || state.equals("FAILED")) {
                throw new ConnectorException.Retryable(module + ": Bulk Read job " + job + " failed at Zoho", null);
            }
            try {
                reads.sleeper().sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectorException.Retryable("interrupted while waiting for Bulk Read job " + job, e);
            }
        }
        throw new ConnectorException.Retryable(
                module + ": Bulk Read job " + job + " did not complete within " + MAX_POLLS + " polls", null);
    }

    /** A CSV row as the JSON a listing returns: lookups as {@code {"id": …}}, empty cells as null. */
    private JsonNode toJson(List<String> values) {
        ObjectNode row = reads.json().createObjectNode();
        List<String> lookups = new ArrayList<>();
        String kind = RecordMapper.kind(stream);
        for (String field : DefaultMapping.fieldsOf(kind)) {
            String path = reads.config().field(kind, field);
            int dot = path.indexOf('.');
            if (dot > 0) {
                lookups.add(path.substring(0, dot) + "\n" + path.substring(dot + 1));
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String value = i < values.size() ? values.get(i) : "";
            if (value.isEmpty()) {
                row.putNull(header.get(i));
            } else {
                row.put(header.get(i), value);
            }
        }
        for (String lookup : lookups) {
            String[] parts = lookup.split("\n", 2);
            JsonNode value = row.path(parts[0]);
            if (!value.isObject()) {
                ObjectNode nested = reads.json().createObjectNode();
                if (value.isString()) {
                    nested.put(parts[1], value.asString());
                } else {
                    nested.putNull(parts[1]);
                }
                row.set(parts[0], nested);
            }
        }
        return row;
    }

    @Override
    public void close() {
        openJob = null;
        csv = null;
        try {
            if (zip != null) {
                zip.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            zip = null;
            file = null;
        }
    }
}
