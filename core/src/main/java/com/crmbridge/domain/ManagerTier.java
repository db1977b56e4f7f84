package com.crmbridge.domain;

/** A manager's tier: {@code SENIOR} is the 高端客户经理 who serves key and high-net-worth customers. */
public enum ManagerTier {
    STANDARD,
    SENIOR
}
