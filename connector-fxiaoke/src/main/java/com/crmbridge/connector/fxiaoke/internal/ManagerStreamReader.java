package com.crmbridge.connector.fxiaoke.internal;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.Page;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.BadRecord;
import com.crmbridge.spi.error.ConnectorException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Managers from the employee list with team names from the department list. The address book has no change
 * time, so every read is whole (two calls) and replaces the stream: employees gone from the list are deleted.
 */
public final class ManagerStreamReader implements StreamReader {
    /** The cursor of a read of the whole address book; it carries no position. */
    public static final Cursor CURSOR = new Cursor("fx1|employees");

    private final String connector;
    private final AddressBook addressBook;
    private final ManagerMapper mapper;
    private final int pageSize;
    private @Nullable Iterator<JsonNode> employees;
    private Map<Long, String> departments = Map.of();

    public ManagerStreamReader(String connector, AddressBook addressBook, ManagerMapper mapper, int pageSize) {
        this.connector = connector;
        this.addressBook = addressBook;
        this.mapper = mapper;
        this.pageSize = pageSize;
    }

    @Override
    public Optional<Page> next() {
        Iterator<JsonNode> remaining = employees;
        if (remaining == null) {
            try {
                departments = addressBook.departments();
                remaining = addressBook.employees().iterator();
            } catch (CallFailure failure) {
                throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                        "app-id",
                        "Fxiaoke refused the address book: " + failure.error()
                                + "; the app needs permission to read employees and departments")));
            }
            employees = remaining;
        } else if (!remaining.hasNext()) {
            return Optional.empty();
        }
        List<CanonicalRecord> records = new ArrayList<>();
        List<BadRecord> rejects = new ArrayList<>();
        while (remaining.hasNext() && records.size() + rejects.size() < pageSize) {
            JsonNode employee = remaining.next();
            try {
                records.add(mapper.map(connector, employee, departments));
            } catch (RowRejected rejected) {
                rejects.add(BadRecord.inObject(
                        AddressBook.USERS_PATH,
                        ManagerMapper.id(employee),
                        rejected.field(),
                        rejected.rawValue(),
                        String.valueOf(rejected.getMessage())));
            } catch (IllegalArgumentException invalid) {
                rejects.add(BadRecord.inObject(
                        AddressBook.USERS_PATH,
                        ManagerMapper.id(employee),
                        null,
                        null,
                        String.valueOf(invalid.getMessage())));
            }
        }
        return Optional.of(new Page(records, List.of(), rejects, List.of(), CURSOR));
    }

    @Override
    public boolean replacesStream() {
        return true;
    }
}
