package com.example.roster;

import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.util.Locale;

/** Maps one roster line, {@code id | name | email | team | tier}, to a manager. */
final class RosterLine {
    private RosterLine() {}

    /**
     * The manager on the line.
     *
     * @throws ConnectorException.BadRecordException naming the file, line and column when the line is wrong
     */
    static Manager parse(String connector, String file, long number, String line) {
        String[] cells = line.split("\\|", -1);
        if (cells.length != 5) {
            throw bad(file, number, null, line, "a line has 5 cells separated by '|', this one has " + cells.length);
        }
        String id = cells[0].strip();
        String name = cells[1].strip();
        String email = cells[2].strip();
        if (id.isEmpty()) {
            throw bad(file, number, "id", cells[0], "id must not be empty");
        }
        if (name.isEmpty()) {
            throw bad(file, number, "name", cells[1], "name must not be empty");
        }
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw bad(file, number, "email", email, "is not an e-mail address");
        }
        ManagerTier tier;
        try {
            tier = cells[4].isBlank()
                    ? ManagerTier.STANDARD
                    : ManagerTier.valueOf(cells[4].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(file, number, "tier", cells[4].strip(), "must be standard or senior");
        }
        return new Manager(new SourceRef(connector, id), name, email, cells[3], tier, true);
    }

    private static ConnectorException.BadRecordException bad(
            String file, long line, @org.jspecify.annotations.Nullable String column, String raw, String reason) {
        return new ConnectorException.BadRecordException(BadRecord.inFile(file, line, column, raw, reason));
    }
}
