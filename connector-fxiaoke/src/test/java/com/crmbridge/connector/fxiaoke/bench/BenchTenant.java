package com.crmbridge.connector.fxiaoke.bench;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant of many deals that costs the benchmark almost no heap: a deal is generated from its row number when a
 * page is served, so only the order (row number and time per position) is kept. It answers the query interface
 * as the contract documents it (filters on {@code last_modified_time} and {@code _id}, time-then-id order,
 * {@code offset + limit > 10000} refused with 10013), keeps written scorecards and alerts for the write-back's key
 * lookups, creates and updates, delays every reply by a fixed latency, and enforces the documented limit of 100
 * calls per interface in any 20 s (answered with 14001 and counted, so a benchmark can show there was none).
 */
final class BenchTenant implements ResponseDefinitionTransformerV2 {
    static final String NAME = "bench-tenant";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final long WINDOW_NANOS = 20_000_000_000L;
    private static final int LIMIT_PER_WINDOW = 100;
    private static final String[] OWNERS = {
        "FSUID_F8E5C73533927249281F06800BC975AA", "FSUID_0B7D2E91C3A84F56A1E2D3C4B5A69788"
    };
    private static final String[] CUSTOMERS = {"上海澜川科技有限公司", "深圳鹏拓智能制造有限公司", "杭州云栖数据服务有限公司"};

    private final int latencyMillis;
    /** Row number of the deal at each position in (last_modified_time, _id) order. */
    private int[] rowAt = new int[0];
    /** last_modified_time at each position, strictly increasing. */
    private long[] timeAt = new long[0];

    private final Map<String, List<ObjectNode>> written = new HashMap<>();
    private final Map<String, Deque<Long>> recentCalls = new HashMap<>();
    private final Map<String, AtomicInteger> callsByPath = new HashMap<>();
    private final AtomicInteger throttled = new AtomicInteger();
    private int ids;

    private volatile boolean enforceLimit;

    /** @param enforceLimit false for runs whose limiter is deliberately opened up (heap, not time) */
    BenchTenant(int latencyMillis, boolean enforceLimit) {
        this.latencyMillis = latencyMillis;
        this.enforceLimit = enforceLimit;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    /** {@code count} deals, one minute apart from {@code firstTime}. */
    synchronized void deals(int count, long firstTime) {
        rowAt = new int[count];
        timeAt = new long[count];
        for (int i = 0; i < count; i++) {
            rowAt[i] = i;
            timeAt[i] = firstTime + 60_000L * i;
        }
    }

    /** Edits every {@code every}-th deal: it moves to the end, modified one second apart after {@code from}. */
    synchronized int edit(int every, long from) {
        int n = rowAt.length;
        int[] rows = new int[n];
        long[] times = new long[n];
        int kept = 0;
        List<Integer> edited = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (rowAt[i] % every == 0) {
                edited.add(rowAt[i]);
            } else {
                rows[kept] = rowAt[i];
                times[kept++] = timeAt[i];
            }
        }
        for (int i = 0; i < edited.size(); i++) {
            rows[kept + i] = edited.get(i);
            times[kept + i] = from + 1_000L * i;
        }
        rowAt = rows;
        timeAt = times;
        return edited.size();
    }

    void enforceLimit(boolean enforce) {
        this.enforceLimit = enforce;
    }

    synchronized int calls(String pathSuffix) {
        return callsByPath.entrySet().stream()
                .filter(e -> e.getKey().endsWith(pathSuffix))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    synchronized int calls() {
        return callsByPath.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int throttled() {
        return throttled.get();
    }

    synchronized void resetCounts() {
        callsByPath.clear();
        throttled.set(0);
    }

    /** Counts a call of the path and says whether it breaks the limit of 100 in the last 20 s. */
    synchronized boolean overLimit(String path) {
        callsByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        long now = System.nanoTime();
        Deque<Long> recent = recentCalls.computeIfAbsent(path, p -> new ArrayDeque<>());
        while (!recent.isEmpty() && now - recent.peekFirst() >= WINDOW_NANOS) {
            recent.pollFirst();
        }
        recent.addLast(now);
        if (enforceLimit && recent.size() > LIMIT_PER_WINDOW) {
            throttled.incrementAndGet();
            return true;
        }
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().replaceAll("\\?.*", "");
        if (overLimit(path)) {
            return reply("{\"errorCode\":14001,\"errorMessage\":\"调用次数超过限制\",\"traceId\":\"E-O.bench\"}");
        }
        JsonNode body = JSON.readTree(serveEvent.getRequest().getBodyAsString());
        JsonNode data = body.path("data");
        if (path.endsWith("/v2/data/query") && !path.contains("/custom/")) {
            return dealPage(data.path("search_query_info"));
        }
        if (path.endsWith("/custom/v2/data/query")) {
            return lookup(data.path("dataObjectApiName").asString(), data.path("search_query_info"));
        }
        if (path.endsWith("/data/create")) {
            ObjectNode row = ((ObjectNode) data.path("object_data")).deepCopy();
            String object = row.remove("dataObjectApiName").asString();
            row.put("_id", String.format("67%022x", ++ids));
            row.put("life_status", "normal");
            written.computeIfAbsent(object, o -> new ArrayList<>()).add(row);
            return reply("{\"errorCode\":0,\"errorMessage\":\"OK\",\"traceId\":\"E-O.create\"}");
        }
        if (path.endsWith("/data/update")) {
            ObjectNode change = (ObjectNode) data.path("object_data");
            String object = change.path("dataObjectApiName").asString();
            for (ObjectNode row : written.getOrDefault(object, List.of())) {
                if (row.path("_id").asString().equals(change.path("_id").asString())) {
                    change.properties().forEach(f -> {
                        if (!f.getKey().equals("dataObjectApiName")) {
                            row.set(f.getKey(), f.getValue());
                        }
                    });
                    return reply("{\"errorCode\":0,\"errorMessage\":\"OK\",\"traceId\":\"E-O.update\"}");
                }
            }
            return reply("{\"errorCode\":32000,\"errorMessage\":\"数据不存在\",\"traceId\":\"E-O.update\"}");
        }
        return ResponseDefinition.notFound();
    }

    private ResponseDefinition dealPage(JsonNode info) {
        int limit = info.path("limit").asInt();
        int offset = info.path("offset").asInt();
        if (limit > 100 || offset + limit > 10_000) {
            return reply(
                    "{\"errorCode\":10013,\"errorMessage\":\"offset out of range 10000\",\"traceId\":\"E-O.10013\"}");
        }
        int from = 0;
        int to = timeAt.length;
        String idAfter = null;
        for (JsonNode filter : info.path("filters")) {
            String field = filter.path("field_name").asString();
            String value = filter.path("field_values").get(0).asString();
            String operator = filter.path("operator").asString();
            if (field.equals("_id") && operator.equals("GT")) {
                idAfter = value;
                continue;
            }
            if (!field.equals("last_modified_time")) {
                throw new IllegalArgumentException("the bench tenant does not filter by " + field);
            }
            long time = Long.parseLong(value);
            switch (operator) {
                case "GTE" -> from = Math.max(from, firstAtOrAfter(time));
                case "GT" -> from = Math.max(from, firstAtOrAfter(time + 1));
                case "LT" -> to = Math.min(to, firstAtOrAfter(time));
                case "EQ" -> {
                    from = Math.max(from, firstAtOrAfter(time));
                    to = Math.min(to, firstAtOrAfter(time + 1));
                }
                default -> throw new IllegalArgumentException("the bench tenant does not know " + operator);
            }
        }
        StringBuilder page = new StringBuilder(64 * 1024);
        page.append("{\"errorCode\":0,\"errorMessage\":\"OK\",\"traceId\":\"E-O.bench\",\"data\":{\"offset\":")
                .append(offset)
                .append(",\"limit\":")
                .append(limit)
                .append(",\"total\":0,\"dataList\":[");
        int served = 0;
        int skipped = 0;
        for (int p = from; p < to && served < limit; p++) {
            String id = id(rowAt[p]);
            if (idAfter != null && id.compareTo(idAfter) <= 0) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            if (served++ > 0) {
                page.append(',');
            }
            deal(page, rowAt[p], id, timeAt[p]);
        }
        return reply(page.append("]}}").toString());
    }

    private int firstAtOrAfter(long time) {
        int at = Arrays.binarySearch(timeAt, time);
        return at >= 0 ? at : -at - 1;
    }

    /** A 24-hex id that sorts like its number. */
    static String id(int n) {
        return String.format("6a%022x", n);
    }

    private static void deal(StringBuilder out, int n, String id, long lastModified) {
        out.append("{\"_id\":\"")
                .append(id)
                .append("\",\"amount\":\"")
                .append(10_000 + n)
                .append(".00\"")
                .append(",\"account_id\":\"")
                .append(String.format("65%022x", n % 3))
                .append("\",\"account_id__r\":\"")
                .append(CUSTOMERS[n % 3])
                .append("\",\"owner\":[\"")
                .append(OWNERS[n % 2])
                .append("\"],\"owner__r\":{\"name\":\"")
                .append(n % 2 == 0 ? "王伟" : "李娜")
                .append("\"},\"sales_stage\":\"")
                .append(1 + n % 4)
                .append("\",\"sales_status\":\"1\",\"close_date\":1795968000000,\"create_time\":1785719700512")
                .append(",\"last_modified_time\":")
                .append(lastModified)
                .append(",\"life_status\":\"normal\"}");
    }

    private ResponseDefinition lookup(String object, JsonNode info) {
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode row : written.getOrDefault(object, List.of())) {
            boolean all = true;
            for (JsonNode filter : info.path("filters")) {
                List<String> wanted = new ArrayList<>();
                filter.path("field_values").forEach(v -> wanted.add(v.asString()));
                JsonNode value = row.path(filter.path("field_name").asString());
                all &= switch (filter.path("operator").asString()) {
                    case "IN" -> wanted.contains(value.asString());
                    case "EQ" -> wanted.get(0).equals(value.asString());
                    default -> throw new IllegalArgumentException("the bench tenant does not know " + filter);
                };
            }
            if (all) {
                matching.add(row);
            }
        }
        int offset = info.path("offset").asInt();
        int limit = info.path("limit").asInt();
        ObjectNode answer = JSON.createObjectNode();
        answer.put("errorCode", 0).put("errorMessage", "OK").put("traceId", "E-O.lookup");
        var list = answer.putObject("data")
                .put("offset", offset)
                .put("limit", limit)
                .put("total", matching.size())
                .putArray("dataList");
        matching.stream().skip(offset).limit(limit).forEach(list::add);
        return reply(JSON.writeValueAsString(answer));
    }

    private ResponseDefinition reply(String json) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(json)
                .withFixedDelay(latencyMillis)
                .build();
    }
}
