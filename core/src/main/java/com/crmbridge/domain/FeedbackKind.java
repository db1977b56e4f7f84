package com.crmbridge.domain;

/** What a piece of customer feedback is. */
public enum FeedbackKind {
    SURVEY,
    COMPLAINT,
    PRAISE,
    SUGGESTION
}
