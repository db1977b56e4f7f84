package com.crmbridge.connector.fxiaoke;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Deal rows as NewOpportunityObj returns them, with Chinese labels, for the fake tenant. */
final class DealRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] OWNERS = {
        "FSUID_F8E5C73533927249281F06800BC975AA", "FSUID_0B7D2E91C3A84F56A1E2D3C4B5A69788"
    };
    private static final String[] CUSTOMERS = {"上海澜川科技有限公司", "深圳鹏拓智能制造有限公司", "杭州云栖数据服务有限公司"};

    private DealRows() {}

    /** A 24-hex id that sorts like its number. */
    static String id(int n) {
        return String.format("6a%022x", n);
    }

    static ObjectNode deal(int n, long lastModified) {
        ObjectNode row = JSON.createObjectNode();
        row.put("_id", id(n));
        row.put("amount", (10000 + n) + ".00");
        row.put("account_id", String.format("65%022x", n % 3));
        row.put("account_id__r", CUSTOMERS[n % 3]);
        row.putArray("owner").add(OWNERS[n % 2]);
        row.putObject("owner__r").put("name", n % 2 == 0 ? "王伟" : "李娜");
        row.put("sales_stage", Integer.toString(1 + n % 4));
        row.put("sales_status", "1");
        row.put("close_date", 1795968000000L);
        row.put("create_time", 1785719700512L);
        row.put("last_modified_time", lastModified);
        row.put("life_status", "normal");
        return row;
    }
}
