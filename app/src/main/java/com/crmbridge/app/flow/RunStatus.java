package com.crmbridge.app.flow;

/** How a run ended; the command line's exit code follows from it. */
public enum RunStatus {
    /** Everything pulled, computed and pushed. Exit code 0. */
    SUCCEEDED(0),
    /** A failure a person has to act on: credentials, configuration, retries used up, the KPIs or a push. */
    FAILED(1),
    /** A connector stopped on a quota or rate limit, or the run was asked to stop; the next run resumes. */
    PARTIAL(3),
    /** Another run holds the lock; nothing was done. */
    BUSY(4);

    private final int exitCode;

    RunStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The exit code of {@code --once} for this status. */
    public int exitCode() {
        return exitCode;
    }
}
