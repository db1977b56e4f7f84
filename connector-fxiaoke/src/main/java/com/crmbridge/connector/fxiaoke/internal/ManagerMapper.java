package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.connector.fxiaoke.FxiaokeConfig;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** An employee of {@code /cgi/user/list} → {@link Manager}: team from the main department, SENIOR by position. */
public final class ManagerMapper {
    private final FxiaokeConfig config;

    public ManagerMapper(FxiaokeConfig config) {
        this.config = config;
    }

    /**
     * @throws RowRejected when the employee has no openUserId or name
     * @throws IllegalArgumentException when the record refuses a value (an e-mail that is not one)
     */
    public Manager map(String connector, JsonNode employee, Map<Long, String> departments) {
        String id = text(employee, "openUserId");
        if (id == null) {
            throw new RowRejected("openUserId", null, "the employee has no openUserId");
        }
        String name = text(employee, "name");
        if (name == null) {
            throw new RowRejected("name", null, "the employee has no name");
        }
        String team = employee.hasNonNull("mainDepartmentId")
                ? departments.get(employee.get("mainDepartmentId").asLong())
                : null;
        String position = text(employee, "position");
        ManagerTier tier = position != null && config.seniorPositions().contains(position)
                ? ManagerTier.SENIOR
                : ManagerTier.STANDARD;
        boolean stopped = employee.path("isStop").asBoolean(false);
        return new Manager(new SourceRef(connector, id), name, text(employee, "email"), team, tier, !stopped);
    }

    /** The employee's openUserId, for rejects. */
    public static @Nullable String id(JsonNode employee) {
        return text(employee, "openUserId");
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }
}
