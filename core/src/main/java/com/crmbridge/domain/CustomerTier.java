package com.crmbridge.domain;

/** A customer's tier: {@code KEY} covers 重要 and 高净值 customers. */
public enum CustomerTier {
    KEY,
    NORMAL
}
