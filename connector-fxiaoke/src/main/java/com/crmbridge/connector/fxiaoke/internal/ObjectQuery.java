package com.crmbridge.connector.fxiaoke.internal;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queries one object's rows: the preset path for {@code AccountObj}-like objects, the custom path for api
 * names ending {@code __c}. Note the mixed case the API wants: {@code field_name}/{@code field_values} but
 * {@code fieldName}/{@code isAsc}/{@code fieldProjection}.
 */
public final class ObjectQuery {
    public static final String PRESET_PATH = "/cgi/crm/v2/data/query";
    public static final String CUSTOM_PATH = "/cgi/crm/custom/v2/data/query";

    private final FxiaokeApi api;
    private final String objectApiName;
    private final List<String> projection;

    public ObjectQuery(FxiaokeApi api, String objectApiName, List<String> projection) {
        this.api = api;
        this.objectApiName = objectApiName;
        this.projection = List.copyOf(projection);
    }

    public String objectApiName() {
        return objectApiName;
    }

    public String path() {
        return objectApiName.endsWith("__c") ? CUSTOM_PATH : PRESET_PATH;
    }

    /**
     * One page.
     *
     * @param orders field names sorted ascending, in order
     * @throws CallFailure for errors the caller decides on (10013, a bad parameter, an unknown code)
     */
    public List<Row> page(List<QueryFilter> filters, List<String> orders, int limit, int offset) {
        return api.dataCall(
                path(),
                body -> {
                    ObjectNode data = body.putObject("data");
                    data.put("dataObjectApiName", objectApiName);
                    ObjectNode info = data.putObject("search_query_info");
                    info.put("limit", limit);
                    info.put("offset", offset);
                    ArrayNode filterNodes = info.putArray("filters");
                    for (QueryFilter filter : filters) {
                        ObjectNode node = filterNodes.addObject();
                        node.put("field_name", filter.field());
                        node.put("operator", filter.operator());
                        ArrayNode values = node.putArray("field_values");
                        filter.values().forEach(values::add);
                    }
                    ArrayNode orderNodes = info.putArray("orders");
                    for (String order : orders) {
                        orderNodes.addObject().put("fieldName", order).put("isAsc", true);
                    }
                    ArrayNode fields = info.putArray("fieldProjection");
                    projection.forEach(fields::add);
                },
                QueryPageReader::new,
                true);
    }
}
