package com.crmbridge.connector.fxiaoke.internal;

/**
 * What a failed call means, classified once from the reply's {@code errorCode} or the HTTP status (contract,
 * section 5). Callers decide from the class alone: the transport retries the first three, stops the run on
 * quota and configuration, hands the rest to the reader (a configuration error) or the writer (a rejected row).
 */
public enum ErrorClass {
    /** 14001, 30004, HTTP 429: slow down and retry. */
    THROTTLED,
    /** -1, -2, 50009, 5xx, timeouts and resets: retry. */
    FAULT,
    /** The reply is not the JSON the API sends: a proxy or a wrong host; retried once. */
    MALFORMED,
    /** 20016 (legacy 20005): the token is missing or expired; refresh once and retry once. */
    TOKEN_EXPIRED,
    /** 30002: the daily quota is used up until midnight. */
    QUOTA_EXHAUSTED,
    /** 10013: the offset passed 10,000 (or the token is missing). */
    OFFSET_OUT_OF_RANGE,
    /** No quota bought, bad credentials or corpId, unknown path or host, app disabled or lacking permission. */
    CONFIGURATION,
    /** 20012, 30027, 30007: an openUserId, employee or department is unknown. */
    NOT_FOUND,
    /** 10001–10015, 11001–11018, 15002, 32000: a bad or missing parameter. */
    BAD_PARAMETER,
    /** A code the contract does not name. */
    UNKNOWN;

    /** The class of a non-zero {@code errorCode}. */
    public static ErrorClass ofCode(int code) {
        return switch (code) {
            case 14001, 30004 -> THROTTLED;
            case -1, -2, 50009 -> FAULT;
            case 20016, 20005 -> TOKEN_EXPIRED;
            case 30002 -> QUOTA_EXHAUSTED;
            case 10013 -> OFFSET_OUT_OF_RANGE;
            case 30003, 10006, 20006, 20015, 20017, 20021, 15003, 20014, 20020, 20022, 20023 -> CONFIGURATION;
            case 20012, 30027, 30007 -> NOT_FOUND;
            default ->
                (code >= 10001 && code <= 10015) || (code >= 11001 && code <= 11018) || code == 15002 || code == 32000
                        ? BAD_PARAMETER
                        : UNKNOWN;
        };
    }

    /** The class of an HTTP status that is not 2xx. */
    public static ErrorClass ofHttpStatus(int status) {
        if (status == 429) {
            return THROTTLED;
        }
        if (status >= 500) {
            return FAULT;
        }
        return CONFIGURATION;
    }
}
