package com.crmbridge.testkit.memory;

/** One way the in-memory connector can break the contract on purpose. */
enum Flaw {
    /** Keeps the contract. */
    NONE,
    /** Logs its token at debug level when it connects. */
    LOGS_TOKEN,
    /** Quotes the refused token in the authentication error. */
    TOKEN_IN_ERROR_MESSAGE,
    /** Shows its token in toString. */
    TOKEN_IN_TO_STRING,
    /** Resumes at the cursor's row instead of after it, so a resumed read repeats a record. */
    INCLUSIVE_CURSOR,
    /** Sends every row on every push, ignoring the ledger. */
    RESENDS_UNCHANGED,
    /** Reports a refused token as a bare exception name. */
    UNCLEAR_CHECK
}
