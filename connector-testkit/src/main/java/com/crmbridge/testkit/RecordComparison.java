package com.crmbridge.testkit;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.SourceRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares what a read returned with what it should have, naming each duplicate, loss, surplus and difference. */
final class RecordComparison {
    private RecordComparison() {}

    /** Fails unless {@code actual} holds every expected record exactly once and nothing else. */
    static void assertExactlyOnce(
            String what, Collection<? extends CanonicalRecord> actual, Collection<? extends CanonicalRecord> expected) {
        List<String> problems = new ArrayList<>();
        Map<SourceRef, List<CanonicalRecord>> byId = new LinkedHashMap<>();
        actual.forEach(
                r -> byId.computeIfAbsent(r.source(), id -> new ArrayList<>()).add(r));
        Map<SourceRef, CanonicalRecord> wanted = new LinkedHashMap<>();
        expected.forEach(r -> wanted.put(r.source(), r));

        byId.forEach((id, records) -> {
            if (records.size() > 1) {
                problems.add(id + " came " + records.size() + " times");
            }
            CanonicalRecord expectedRecord = wanted.get(id);
            if (expectedRecord == null) {
                problems.add(id + " was not expected: " + records.get(0));
            } else if (!Objects.equals(records.get(0), expectedRecord)) {
                problems.add(id + " differs:\n    expected " + expectedRecord + "\n    but was  " + records.get(0));
            }
        });
        wanted.keySet().stream()
                .filter(id -> !byId.containsKey(id))
                .forEach(id -> problems.add(id + " is missing: " + wanted.get(id)));
        if (!problems.isEmpty()) {
            throw new AssertionError(what + ": " + problems.size() + " problem(s)\n  " + String.join("\n  ", problems));
        }
    }

    /** Fails unless {@code actual} holds every expected id exactly once and nothing else. */
    static void assertSameIds(String what, Collection<SourceRef> actual, Collection<SourceRef> expected) {
        List<SourceRef> sortedActual = actual.stream().sorted().toList();
        List<SourceRef> sortedExpected = expected.stream().sorted().toList();
        if (!sortedActual.equals(sortedExpected)) {
            throw new AssertionError(what + ": expected " + sortedExpected + " but was " + sortedActual);
        }
    }
}
