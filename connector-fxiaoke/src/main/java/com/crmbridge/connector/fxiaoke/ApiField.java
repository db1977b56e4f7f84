package com.crmbridge.connector.fxiaoke;

import java.util.List;

/**
 * One configurable Fxiaoke field api name: the setting {@code fields.<record>.<field>} and its default.
 *
 * @param record the record or write-back object, for example {@code deals} or {@code scorecards}
 * @param field the canonical field in kebab case, for example {@code close-date}
 * @param defaultApiName the contract's default api name
 * @param meaning what the field holds, for the settings documentation
 */
public record ApiField(String record, String field, String defaultApiName, String meaning) {
    /** The setting's key, {@code fields.deals.close-date}. */
    public String settingKey() {
        return "fields." + record + "." + field;
    }

    /** Every field of section 6 of the contract, in its order. */
    public static final List<ApiField> ALL = List.of(
            new ApiField("customers", "name", "name", "customer name"),
            new ApiField("customers", "owner-id", "owner", "owner (employee list; the first is used)"),
            new ApiField("customers", "tier", "account_level", "account level; KEY when in key-account-levels"),
            new ApiField("customers", "created-on", "create_time", "date the customer was acquired"),
            new ApiField("customers", "churned-on", "churned_date__c", "date the customer was lost (custom date)"),
            new ApiField("customers", "last-contact-at", "last_followed_time", "last follow-up instant"),
            new ApiField("deals", "customer-id", "account_id", "customer lookup (AccountObj _id)"),
            new ApiField("deals", "owner-id", "owner", "owner (employee list; the first is used)"),
            new ApiField("deals", "amount", "amount", "amount, a decimal string"),
            new ApiField(
                    "deals", "status", "sales_status", "status code: won-status-codes WON, lost-status-codes LOST"),
            new ApiField("deals", "stage", "sales_stage", "stage code, mapped through stage-map while open"),
            new ApiField("deals", "close-date", "close_date", "close date (actual or expected)"),
            new ApiField("deals", "created-on", "create_time", "date the deal was created"),
            new ApiField("feedback", "customer-id", "account_id__c", "customer lookup"),
            new ApiField("feedback", "manager-id", "owner", "manager it is about (employee list; the first is used)"),
            new ApiField("feedback", "received-at", "received_time__c", "instant received"),
            new ApiField("feedback", "score", "score__c", "score 1..5"),
            new ApiField("feedback", "kind", "feedback_kind__c", "survey, complaint, praise or suggestion"),
            new ApiField("feedback", "resolved-at", "resolved_time__c", "instant resolved"),
            new ApiField("targets", "manager-id", "manager__c", "manager (employee list; the first is used)"),
            new ApiField("targets", "period", "period__c", "period text such as 2026-Q3 or 2026-09"),
            new ApiField("targets", "amount", "target_amount__c", "target amount, decimal"),
            new ApiField("targets", "base-bonus", "base_bonus__c", "bonus base overriding the tier default"),
            new ApiField("scorecards", "key", "scorecard_key__c", "key field: <openUserId>:<period>"),
            new ApiField("scorecards", "name", "name", "record name: <manager name> <period>"),
            new ApiField("scorecards", "owner", "owner", "owner, set on create only"),
            new ApiField("scorecards", "manager", "manager__c", "manager employee field"),
            new ApiField("scorecards", "period", "period__c", "period text"),
            new ApiField("scorecards", "won-revenue", "won_revenue__c", "won revenue, 2 decimals"),
            new ApiField("scorecards", "won-deals", "won_deals__c", "won deal count"),
            new ApiField("scorecards", "lost-deals", "lost_deals__c", "lost deal count"),
            new ApiField("scorecards", "target", "target__c", "target, 2 decimals"),
            new ApiField("scorecards", "attainment", "attainment__c", "attainment ratio, 4 decimals"),
            new ApiField("scorecards", "growth", "growth__c", "growth ratio, 4 decimals"),
            new ApiField("scorecards", "win-rate", "win_rate__c", "win rate, 4 decimals"),
            new ApiField("scorecards", "responses", "responses__c", "feedback responses"),
            new ApiField("scorecards", "csat", "csat__c", "CSAT ratio, 4 decimals"),
            new ApiField("scorecards", "avg-score", "avg_score__c", "average score, 4 decimals"),
            new ApiField("scorecards", "complaints", "complaints__c", "complaint count"),
            new ApiField("scorecards", "complaint-resolution", "complaint_resolution__c", "complaint resolution ratio"),
            new ApiField("scorecards", "retention", "retention__c", "retention ratio, 4 decimals"),
            new ApiField("scorecards", "new-customers", "new_customers__c", "new customer count"),
            new ApiField("scorecards", "score", "score__c", "score, 2 decimals"),
            new ApiField("scorecards", "rating", "rating__c", "rating letter A-D; null for N/A"),
            new ApiField("scorecards", "team-rank", "team_rank__c", "rank in the team"),
            new ApiField("scorecards", "bonus", "bonus__c", "bonus, 2 decimals"),
            new ApiField("alerts", "key", "alert_key__c", "key field: <type>:<subjectId>"),
            new ApiField("alerts", "name", "name", "record name: the message cut to 100 characters"),
            new ApiField("alerts", "owner", "owner", "owner, set on create only"),
            new ApiField("alerts", "manager", "manager__c", "manager employee field"),
            new ApiField("alerts", "alert-type", "alert_type__c", "alert type"),
            new ApiField("alerts", "severity", "severity__c", "severity"),
            new ApiField("alerts", "subject-type", "subject_type__c", "kind of record the alert is about"),
            new ApiField("alerts", "subject-id", "subject_id__c", "_id (or openUserId) of that record"),
            new ApiField("alerts", "message", "message__c", "the alert's sentence"),
            new ApiField("alerts", "status", "status__c", "open, or resolved once it stops firing"));
}
