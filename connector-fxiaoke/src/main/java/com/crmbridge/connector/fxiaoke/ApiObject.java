package com.crmbridge.connector.fxiaoke;

import java.util.List;
import java.util.Locale;

/**
 * One configurable Fxiaoke object: the setting {@code objects.<record>} and its default api name.
 *
 * @param record the record or write-back object, for example {@code deals}
 * @param defaultApiName the contract's default api name
 */
public record ApiObject(String record, String defaultApiName) {
    public static final ApiObject CUSTOMERS = new ApiObject("customers", "AccountObj");
    public static final ApiObject DEALS = new ApiObject("deals", "NewOpportunityObj");
    public static final ApiObject FEEDBACK = new ApiObject("feedback", "customer_feedback__c");
    public static final ApiObject TARGETS = new ApiObject("targets", "sales_target__c");
    public static final ApiObject SCORECARDS = new ApiObject("scorecards", "manager_scorecard__c");
    public static final ApiObject ALERTS = new ApiObject("alerts", "manager_alert__c");

    public static final List<ApiObject> ALL = List.of(CUSTOMERS, DEALS, FEEDBACK, TARGETS, SCORECARDS, ALERTS);

    /** The setting's key, {@code objects.deals}. */
    public String settingKey() {
        return "objects." + record;
    }

    /** Custom objects (api name ending {@code __c}) are read and written through the {@code custom} paths. */
    public static boolean isCustom(String apiName) {
        return apiName.toLowerCase(Locale.ROOT).endsWith("__c");
    }
}
