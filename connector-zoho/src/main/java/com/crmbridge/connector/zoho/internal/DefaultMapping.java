package com.crmbridge.connector.zoho.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's default mapping (section 6): the module of each stream and sink, and the Zoho field of each
 * canonical or pushed field, keyed as the {@code modules.*} and {@code fields.*} settings are.
 */
public final class DefaultMapping {
    /** {@code modules.<kind>} defaults; managers always come from the users API. */
    public static final Map<String, String> MODULES = ordered(
            "customers", "Accounts",
            "deals", "Deals",
            "feedback", "Customer_Feedback",
            "targets", "Sales_Targets",
            "scorecards", "Manager_Scorecards",
            "alerts", "Manager_Alerts");

    /** {@code fields.<kind>.<field>} defaults; a dotted value walks a lookup ({@code Owner.id}). */
    public static final Map<String, String> FIELDS = ordered(
            "managers.name", "full_name",
            "managers.email", "email",
            "managers.team", "role.name",
            "managers.tier", "Tier",
            "managers.active", "status",
            "customers.name", "Account_Name",
            "customers.ownerId", "Owner.id",
            "customers.tier", "Customer_Tier",
            "customers.createdOn", "Created_Time",
            "customers.churnedOn", "Churned_On",
            "customers.lastContactAt", "Last_Activity_Time",
            "deals.customerId", "Account_Name.id",
            "deals.ownerId", "Owner.id",
            "deals.amount", "Amount",
            "deals.stage", "Stage",
            "deals.closeDate", "Closing_Date",
            "deals.createdOn", "Created_Time",
            "feedback.customerId", "Account.id",
            "feedback.managerId", "Manager.id",
            "feedback.receivedAt", "Received_At",
            "feedback.score", "Score",
            "feedback.kind", "Feedback_Type",
            "feedback.resolvedAt", "Resolved_At",
            "targets.managerId", "Manager.id",
            "targets.period", "Period",
            "targets.amount", "Target_Amount",
            "targets.baseBonus", "Base_Bonus",
            "scorecards.name", "Name",
            "scorecards.key", "Scorecard_Key",
            "scorecards.manager", "Manager",
            "scorecards.period", "Period",
            "scorecards.wonRevenue", "Won_Revenue",
            "scorecards.wonDeals", "Won_Deals",
            "scorecards.lostDeals", "Lost_Deals",
            "scorecards.target", "Target",
            "scorecards.attainment", "Attainment",
            "scorecards.growth", "Growth",
            "scorecards.winRate", "Win_Rate",
            "scorecards.responses", "Responses",
            "scorecards.csat", "CSAT",
            "scorecards.avgScore", "Avg_Score",
            "scorecards.complaints", "Complaints",
            "scorecards.complaintResolution", "Complaint_Resolution",
            "scorecards.retention", "Retention",
            "scorecards.newCustomers", "New_Customers",
            "scorecards.score", "Score",
            "scorecards.rating", "Rating",
            "scorecards.rank", "Team_Rank",
            "scorecards.bonus", "Bonus",
            "alerts.name", "Name",
            "alerts.key", "Alert_Key",
            "alerts.type", "Alert_Type",
            "alerts.severity", "Severity",
            "alerts.manager", "Manager",
            "alerts.subjectType", "Subject_Type",
            "alerts.subjectId", "Subject_Id",
            "alerts.message", "Message",
            "alerts.status", "Status");

    /** The default {@code stage-map}: Zoho's standard Deals stages. */
    public static final Map<String, String> STAGES = ordered(
            "Qualification", "QUALIFICATION",
            "Needs Analysis", "NEEDS_ANALYSIS",
            "Value Proposition", "NEEDS_ANALYSIS",
            "Id. Decision Makers", "NEEDS_ANALYSIS",
            "Perception Analysis", "PROPOSAL",
            "Proposal/Price Quote", "PROPOSAL",
            "Negotiation/Review", "NEGOTIATION",
            "Closed Won", "WON",
            "Closed Lost", "LOST",
            "Closed-Lost to Competition", "LOST");

    /** The field Zoho keeps the modification time in; the incremental reads sort and filter by it. */
    public static final String MODIFIED_TIME = "Modified_Time";

    /** The record id every row carries. */
    public static final String ID = "id";

    private DefaultMapping() {}

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** The field keys of one kind ({@code deals}), without the kind. */
    public static List<String> fieldsOf(String kind) {
        String prefix = kind + ".";
        return FIELDS.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .toList();
    }
}
