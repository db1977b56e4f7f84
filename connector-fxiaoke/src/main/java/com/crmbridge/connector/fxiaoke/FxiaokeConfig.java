package com.crmbridge.connector.fxiaoke;

import com.crmbridge.domain.DealStage;
import com.crmbridge.spi.Secret;
import com.crmbridge.spi.StreamKind;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The connector's configuration, read from its settings ({@link FxiaokeSettings}). Secrets stay {@link Secret}s,
 * so {@link #toString()} never shows them.
 *
 * @param objects api name by record ({@code deals → NewOpportunityObj})
 * @param fields api name by {@code record.field} ({@code deals.close-date → close_date})
 */
public record FxiaokeConfig(
        URI baseUrl,
        String appId,
        Secret appSecret,
        Secret permanentCode,
        String currentOpenUserId,
        int pageSize,
        ZoneId zone,
        Duration overlap,
        Duration timeout,
        int callsPerWindow,
        Set<StreamKind> streams,
        List<String> keyAccountLevels,
        List<String> seniorPositions,
        List<String> wonStatusCodes,
        List<String> lostStatusCodes,
        Map<String, DealStage> stageMap,
        Map<String, String> objects,
        Map<String, String> fields) {
    public FxiaokeConfig {
        streams = Set.copyOf(streams);
        keyAccountLevels = List.copyOf(keyAccountLevels);
        seniorPositions = List.copyOf(seniorPositions);
        wonStatusCodes = List.copyOf(wonStatusCodes);
        lostStatusCodes = List.copyOf(lostStatusCodes);
        stageMap = Map.copyOf(stageMap);
        objects = Map.copyOf(objects);
        fields = Map.copyOf(fields);
    }

    /** The api name of an object. */
    public String object(ApiObject object) {
        String name = objects.get(object.record());
        return name == null ? object.defaultApiName() : name;
    }

    /** The api name of a field, {@code field("deals", "close-date")}. */
    public String field(String record, String field) {
        String name = fields.get(record + "." + field);
        if (name == null) {
            throw new IllegalArgumentException("no such field setting: fields." + record + "." + field);
        }
        return name;
    }
}
