package com.crmbridge.domain;

/**
 * Where a record came from: the configured connector's name (for example {@code files} or {@code crm}) and
 * the record's own id in that source, as read, with no prefix added.
 *
 * @param connector the connector instance name from configuration
 * @param externalId the source's own id of the record
 */
public record SourceRef(String connector, String externalId) implements Comparable<SourceRef> {
    public SourceRef {
        connector = FieldCheck.text("SourceRef", "connector", connector);
        externalId = FieldCheck.text("SourceRef", "externalId", externalId);
    }

    /** Another record of the same source, for example a deal's owner. */
    public SourceRef sibling(String otherExternalId) {
        return new SourceRef(connector, otherExternalId);
    }

    @Override
    public int compareTo(SourceRef other) {
        int byConnector = connector.compareTo(other.connector);
        return byConnector != 0 ? byConnector : externalId.compareTo(other.externalId);
    }

    /** {@code connector:externalId}, the identity of a manager who has no e-mail. */
    @Override
    public String toString() {
        return connector + ":" + externalId;
    }
}
