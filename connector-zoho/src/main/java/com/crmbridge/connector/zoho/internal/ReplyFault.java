package com.crmbridge.connector.zoho.internal;

/** A reader found Zoho's error envelope in a reply that looked successful (a 200 carrying an error code). */
public final class ReplyFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // an immutable record
    private final ZohoFault fault;

    public ReplyFault(ZohoFault fault) {
        super(fault.toString(), null, false, false);
        this.fault = fault;
    }

    public ZohoFault fault() {
        return fault;
    }
}
