package com.crmbridge.connector.fxiaoke;

import com.crmbridge.connector.fxiaoke.internal.AddressBook;
import com.crmbridge.connector.fxiaoke.internal.CallFailure;
import com.crmbridge.connector.fxiaoke.internal.CorpAccessTokens;
import com.crmbridge.connector.fxiaoke.internal.CustomerMapper;
import com.crmbridge.connector.fxiaoke.internal.DealMapper;
import com.crmbridge.connector.fxiaoke.internal.FeedbackMapper;
import com.crmbridge.connector.fxiaoke.internal.FxiaokeApi;
import com.crmbridge.connector.fxiaoke.internal.FxiaokeTransport;
import com.crmbridge.connector.fxiaoke.internal.ManagerMapper;
import com.crmbridge.connector.fxiaoke.internal.ManagerStreamReader;
import com.crmbridge.connector.fxiaoke.internal.ObjectCatalog;
import com.crmbridge.connector.fxiaoke.internal.ObjectCursor;
import com.crmbridge.connector.fxiaoke.internal.ObjectPager;
import com.crmbridge.connector.fxiaoke.internal.ObjectQuery;
import com.crmbridge.connector.fxiaoke.internal.ObjectStreamReader;
import com.crmbridge.connector.fxiaoke.internal.ObjectWriter;
import com.crmbridge.connector.fxiaoke.internal.PathPacer;
import com.crmbridge.connector.fxiaoke.internal.ResultWriter;
import com.crmbridge.connector.fxiaoke.internal.RetryPolicy;
import com.crmbridge.connector.fxiaoke.internal.RowMapper;
import com.crmbridge.connector.fxiaoke.internal.Sleeper;
import com.crmbridge.connector.fxiaoke.internal.TargetMapper;
import com.crmbridge.connector.fxiaoke.internal.WriteBackMapping;
import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.kpi.KpiResults;
import com.crmbridge.spi.CheckResult;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.Cursor;
import com.crmbridge.spi.PushLedger;
import com.crmbridge.spi.PushReport;
import com.crmbridge.spi.ReadMode;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.StreamReader;
import com.crmbridge.spi.error.ConnectorException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A configured 纷享销客 tenant: a {@link Source} of managers, customers, deals, feedback and targets and a
 * {@link Sink} of scorecards and alerts. One token manager and one per-interface pacer serve all its streams.
 */
public final class FxiaokeConnector implements Source, Sink {
    /** Sub-trees are read from a running page parser, so the tokens after them are not an error. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ConnectorContext context;
    private final FxiaokeConfig config;
    private final FxiaokeApi api;
    private final ObjectCatalog catalog;
    private final AddressBook addressBook;
    private final ResultWriter resultWriter;
    private @Nullable Set<String> knownObjects;

    FxiaokeConnector(
            ConnectorContext context,
            FxiaokeConfig config,
            OkHttpClient http,
            Sleeper sleeper,
            RetryPolicy retryPolicy,
            Duration rateWindow) {
        this.context = context;
        this.config = config;
        HttpUrl baseUrl = HttpUrl.get(config.baseUrl().toString());
        FxiaokeTransport transport = new FxiaokeTransport(
                http,
                baseUrl,
                JSON,
                new PathPacer(config.callsPerWindow(), rateWindow),
                retryPolicy,
                sleeper,
                context.clock(),
                config.zone(),
                context.metrics(),
                context.log());
        CorpAccessTokens tokens = new CorpAccessTokens(
                transport,
                config.appId(),
                config.appSecret(),
                config.permanentCode(),
                context.clock(),
                sleeper,
                context.log());
        this.api = new FxiaokeApi(transport, tokens, config.currentOpenUserId());
        this.catalog = new ObjectCatalog(api);
        this.addressBook = new AddressBook(api);
        WriteBackMapping mapping = new WriteBackMapping(config, JSON, context.name());
        this.resultWriter = new ResultWriter(
                new ObjectWriter(
                        api, config.object(ApiObject.SCORECARDS), config.field("scorecards", "key"), config.pageSize()),
                new ObjectWriter(
                        api, config.object(ApiObject.ALERTS), config.field("alerts", "key"), config.pageSize()),
                mapping,
                retryPolicy,
                sleeper,
                context.log());
    }

    @Override
    public Set<StreamKind> streams() {
        return config.streams();
    }

    @Override
    public StreamReader open(StreamKind stream, @Nullable Cursor cursor, ReadMode mode) {
        if (!config.streams().contains(stream)) {
            throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                    "streams", "does not include " + stream.name().toLowerCase(java.util.Locale.ROOT))));
        }
        if (stream == StreamKind.MANAGERS) {
            return new ManagerStreamReader(context.name(), addressBook, new ManagerMapper(config), config.pageSize());
        }
        ApiObject object = objectOf(stream);
        requireObjects(List.of(object));
        boolean full = mode == ReadMode.FULL_REFRESH;
        ObjectCursor start = full ? ObjectCursor.START : ObjectCursor.parse(cursor, stream.name());
        RowMapper<? extends CanonicalRecord> mapper = mapperOf(stream);
        String apiName = config.object(object);
        ObjectQuery query = new ObjectQuery(api, apiName, projection(mapper));
        ObjectPager pager = ObjectPager.start(query, config.pageSize(), start, full, config.overlap());
        return new ObjectStreamReader(context.name(), object.settingKey(), apiName, pager, mapper, start, full);
    }

    @Override
    public PushReport push(KpiResults results, PushLedger ledger) {
        return resultWriter.push(
                results, ledger, () -> requireObjects(List.of(ApiObject.SCORECARDS, ApiObject.ALERTS)));
    }

    @Override
    public CheckResult check() {
        List<String> problems = new ArrayList<>();
        List<String> details = new ArrayList<>();
        try {
            Set<String> objects = objects();
            details.add("token granted; " + objects.size() + " objects visible to " + config.currentOpenUserId());
            for (ApiObject object : checkedObjects()) {
                String apiName = config.object(object);
                if (!objects.contains(apiName)) {
                    problems.add(object.settingKey() + ": object " + apiName
                            + " is not in the tenant's object list; create it or set " + object.settingKey());
                    continue;
                }
                Set<String> fields = catalog.fieldApiNames(apiName);
                for (ApiField field : ApiField.ALL) {
                    String fieldName = config.field(field.record(), field.field());
                    if (field.record().equals(object.record()) && !fields.contains(fieldName)) {
                        problems.add(field.settingKey() + ": field " + fieldName + " is not a field of " + apiName);
                    }
                }
                if (isRead(object)) {
                    int rows = new ObjectQuery(api, apiName, List.of("_id"))
                            .page(List.of(), List.of("_id"), 1, 0)
                            .size();
                    details.add("read " + rows + " row of " + apiName);
                }
            }
            if (config.streams().contains(StreamKind.MANAGERS)) {
                details.add(addressBook.departments().size() + " departments in the address book");
            }
        } catch (ConnectorException e) {
            problems.add(e.getMessage());
        } catch (CallFailure e) {
            problems.add("Fxiaoke refused a check call: " + e.error());
        }
        return problems.isEmpty() ? new CheckResult(List.of(), details) : CheckResult.failed(problems);
    }

    private List<ApiObject> checkedObjects() {
        List<ApiObject> objects = new ArrayList<>();
        for (StreamKind stream : config.streams()) {
            if (stream != StreamKind.MANAGERS) {
                objects.add(objectOf(stream));
            }
        }
        objects.add(ApiObject.SCORECARDS);
        objects.add(ApiObject.ALERTS);
        return objects;
    }

    private boolean isRead(ApiObject object) {
        return !object.equals(ApiObject.SCORECARDS) && !object.equals(ApiObject.ALERTS);
    }

    /** Fails fast, naming the setting, when a configured object is not in the tenant's object list. */
    private void requireObjects(List<ApiObject> required) {
        Set<String> objects = objects();
        List<ConnectorException.Problem> problems = new ArrayList<>();
        for (ApiObject object : required) {
            String apiName = config.object(object);
            if (!objects.contains(apiName)) {
                problems.add(new ConnectorException.Problem(
                        object.settingKey(),
                        "object " + apiName + " is not in the tenant's object list (" + ObjectCatalog.LIST_PATH
                                + "); create it in Fxiaoke or correct the setting"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConnectorException.ConfigurationInvalid(problems);
        }
    }

    private Set<String> objects() {
        Set<String> known = knownObjects;
        if (known == null) {
            try {
                known = catalog.objectApiNames();
            } catch (CallFailure failure) {
                throw new ConnectorException.ConfigurationInvalid(List.of(new ConnectorException.Problem(
                        "current-open-user-id", "Fxiaoke refused the object list: " + failure.error())));
            }
            knownObjects = known;
        }
        return known;
    }

    private static ApiObject objectOf(StreamKind stream) {
        return switch (stream) {
            case CUSTOMERS -> ApiObject.CUSTOMERS;
            case DEALS -> ApiObject.DEALS;
            case FEEDBACK -> ApiObject.FEEDBACK;
            case TARGETS -> ApiObject.TARGETS;
            case MANAGERS -> throw new IllegalArgumentException("managers come from the address book");
        };
    }

    private RowMapper<? extends CanonicalRecord> mapperOf(StreamKind stream) {
        return switch (stream) {
            case CUSTOMERS -> new CustomerMapper(config);
            case DEALS -> new DealMapper(config);
            case FEEDBACK -> new FeedbackMapper(config);
            case TARGETS -> new TargetMapper(config);
            case MANAGERS -> throw new IllegalArgumentException("managers come from the address book");
        };
    }

    private static List<String> projection(RowMapper<?> mapper) {
        List<String> fields = new ArrayList<>(List.of("_id", "last_modified_time", "life_status", "is_deleted"));
        for (String field : mapper.fields()) {
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
