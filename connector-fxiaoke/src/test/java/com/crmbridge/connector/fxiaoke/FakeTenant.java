package com.crmbridge.connector.fxiaoke;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant's data behind WireMock: answers the query, create and update interfaces the way the contract
 * documents them (filters ANDed, orders, {@code offset + limit > 10000} refused with 10013, short last page),
 * so that reads over many pages and write-backs are tested over real HTTP. Faults come from ordinary stubs of
 * higher priority, or from {@link #quotaAfter} and {@link #refuse}.
 */
final class FakeTenant implements ResponseDefinitionTransformerV2 {
    static final String NAME = "fake-tenant";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Map<String, List<ObjectNode>> objects = new HashMap<>();
    /** Rows by (last_modified_time, _id), rebuilt after a change: most queries want that order. */
    private final Map<String, List<ObjectNode>> byTimeAndId = new HashMap<>();

    private final AtomicInteger dataCalls = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<Refusal> refusals = new ArrayList<>();
    private volatile int quotaLeft = Integer.MAX_VALUE;
    private volatile int lostCreateReplies;
    private final List<Integer> offsets = new ArrayList<>();

    private record Refusal(Predicate<JsonNode> when, String reply) {}

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    synchronized void put(String object, ObjectNode row) {
        objects.computeIfAbsent(object, o -> new ArrayList<>()).add(row);
        byTimeAndId.remove(object);
    }

    /** Rows of the object were edited in place (through {@link #rows}): forget their order. */
    synchronized void edited(String object) {
        byTimeAndId.remove(object);
    }

    synchronized List<ObjectNode> rows(String object) {
        return List.copyOf(objects.getOrDefault(object, List.of()));
    }

    /** Answers 30002 once {@code calls} more data calls were served. */
    void quotaAfter(int calls) {
        quotaLeft = calls;
    }

    /** The next create happens but its reply is lost (a 503), as after a timeout. */
    void loseNextCreateReply() {
        lostCreateReplies = 1;
    }

    void quotaReset() {
        quotaLeft = Integer.MAX_VALUE;
    }

    /** Answers the reply instead of serving a request whose body matches. */
    synchronized void refuse(Predicate<JsonNode> when, String reply) {
        refusals.add(new Refusal(when, reply));
    }

    synchronized List<Integer> offsets() {
        return List.copyOf(offsets);
    }

    int dataCalls() {
        return dataCalls.get();
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().replaceAll("\\?.*", "");
        JsonNode body = JSON.readTree(serveEvent.getRequest().getBodyAsString());
        dataCalls.incrementAndGet();
        if (quotaLeft-- <= 0) {
            return reply("{\"errorCode\":30002,\"errorMessage\":\"今日调用次数已用完\",\"traceId\":\"E-O.quota\"}");
        }
        for (Refusal refusal : refusals) {
            if (refusal.when().test(body)) {
                return reply(refusal.reply());
            }
        }
        if (path.endsWith("/data/query")) {
            return query(body.path("data"));
        }
        if (path.endsWith("/data/create")) {
            ObjectNode data = ((ObjectNode) body.path("data").path("object_data")).deepCopy();
            String object = data.remove("dataObjectApiName").asString();
            String id = String.format("67%022x", ids.incrementAndGet());
            data.put("_id", id);
            data.put("life_status", "normal");
            put(object, data);
            if (lostCreateReplies > 0) {
                lostCreateReplies--;
                return ResponseDefinitionBuilder.responseDefinition()
                        .withStatus(503)
                        .build();
            }
            return reply("{\"errorCode\":0,\"errorMessage\":\"OK\",\"traceId\":\"E-O.create\"}");
        }
        if (path.endsWith("/data/update")) {
            ObjectNode data = (ObjectNode) body.path("data").path("object_data");
            String object = data.path("dataObjectApiName").asString();
            for (ObjectNode row : objects.getOrDefault(object, List.of())) {
                if (row.path("_id").asString().equals(data.path("_id").asString())) {
                    for (Iterator<Map.Entry<String, JsonNode>> it =
                                    data.properties().iterator();
                            it.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = it.next();
                        if (!field.getKey().equals("dataObjectApiName")) {
                            row.set(field.getKey(), field.getValue());
                        }
                    }
                    byTimeAndId.remove(object);
                    return reply("{\"errorCode\":0,\"errorMessage\":\"OK\",\"traceId\":\"E-O.update\"}");
                }
            }
            return reply("{\"errorCode\":32000,\"errorMessage\":\"数据不存在\",\"traceId\":\"E-O.update\"}");
        }
        return ResponseDefinition.notFound();
    }

    private ResponseDefinition query(JsonNode data) {
        String object = data.path("dataObjectApiName").asString();
        JsonNode info = data.path("search_query_info");
        int limit = info.path("limit").asInt();
        int offset = info.path("offset").asInt();
        offsets.add(offset);
        if (limit > 100 || offset + limit > 10_000) {
            return reply("{\"errorCode\":10013,\"errorMessage\":\"offset out of range 10000\","
                    + "\"errorDescription\":\"offset 不能超过10000\",\"traceId\":\"E-O.10013\"}");
        }
        List<String> orderFields = new ArrayList<>();
        info.path("orders")
                .forEach(sort -> orderFields.add(sort.path("fieldName").asString()));
        boolean timeThenId = orderFields.equals(List.of("last_modified_time", "_id"))
                || (orderFields.equals(List.of("_id")) && sharesOneTime(info.path("filters")));
        List<ObjectNode> candidates = timeThenId
                ? byTimeAndId.computeIfAbsent(object, o -> sorted(objects.getOrDefault(o, List.of()), TIME_THEN_ID))
                : sorted(objects.getOrDefault(object, List.of()), orderFields);
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode row : candidates) {
            boolean all = true;
            for (JsonNode filter : info.path("filters")) {
                all &= matches(row, filter);
            }
            if (all) {
                matching.add(row);
                if (matching.size() >= offset + limit) {
                    break; // sorted: later rows are not on this page
                }
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("errorCode", 0).put("errorMessage", "OK").put("traceId", "E-O.74164.1063-61c99d40");
        ObjectNode page = answer.putObject("data")
                .put("offset", offset)
                .put("limit", limit)
                .put("total", 0);
        ArrayNode list = page.putArray("dataList");
        for (int i = offset; i < Math.min(matching.size(), offset + limit); i++) {
            list.add(matching.get(i));
        }
        return reply(JSON.writeValueAsString(answer));
    }

    private static final List<String> TIME_THEN_ID = List.of("last_modified_time", "_id");

    private static boolean sharesOneTime(JsonNode filters) {
        for (JsonNode filter : filters) {
            if (filter.path("field_name").asString().equals("last_modified_time")
                    && filter.path("operator").asString().equals("EQ")) {
                return true;
            }
        }
        return false;
    }

    private static List<ObjectNode> sorted(List<ObjectNode> rows, List<String> orderFields) {
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (ObjectNode row : rows) {
            List<Comparable<?>> keys = new ArrayList<>(orderFields.size());
            for (String field : orderFields) {
                keys.add(key(row.path(field).asString()));
            }
            keyed.add(new Keyed(row, keys));
        }
        keyed.sort(Keyed::compareTo);
        return keyed.stream().map(Keyed::row).toList();
    }

    private static boolean matches(ObjectNode row, JsonNode filter) {
        JsonNode value = row.path(filter.path("field_name").asString());
        List<String> wanted = new ArrayList<>();
        filter.path("field_values").forEach(v -> wanted.add(v.asString()));
        Function<String, Integer> cmp =
                w -> compare(value, JSON.getNodeFactory().stringNode(w));
        return switch (filter.path("operator").asString()) {
            case "EQ" -> !value.isMissingNode() && cmp.apply(wanted.get(0)) == 0;
            case "GT" -> !value.isMissingNode() && cmp.apply(wanted.get(0)) > 0;
            case "GTE" -> !value.isMissingNode() && cmp.apply(wanted.get(0)) >= 0;
            case "LT" -> !value.isMissingNode() && cmp.apply(wanted.get(0)) < 0;
            case "IN" -> !value.isMissingNode() && wanted.contains(value.asString());
            default -> throw new IllegalArgumentException("the fake tenant does not know " + filter);
        };
    }

    private static int compare(JsonNode a, JsonNode b) {
        return compareKeys(key(a.asString()), key(b.asString()));
    }

    /** Numbers compare as numbers (times are ms), everything else as text. */
    private static Comparable<?> key(String text) {
        if (!text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text);
        }
        return text;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Comparable<?> a, Comparable<?> b) {
        if (a.getClass() != b.getClass()) {
            return a.toString().compareTo(b.toString());
        }
        return ((Comparable) a).compareTo(b);
    }

    private record Keyed(ObjectNode row, List<Comparable<?>> keys) implements Comparable<Keyed> {
        @Override
        public int compareTo(Keyed other) {
            for (int i = 0; i < keys.size(); i++) {
                int c = compareKeys(keys.get(i), other.keys.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }

    private static ResponseDefinition reply(String json) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody(json)
                .build();
    }
}
