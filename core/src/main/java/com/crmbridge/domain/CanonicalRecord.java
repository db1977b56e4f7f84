package com.crmbridge.domain;

/** One of the five canonical records; each knows the source row it came from. */
public sealed interface CanonicalRecord permits Manager, Customer, Deal, Feedback, Target {
    /** The connector and the source's own id of this record. */
    SourceRef source();
}
