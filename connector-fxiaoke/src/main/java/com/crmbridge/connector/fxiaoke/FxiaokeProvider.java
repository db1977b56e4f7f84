package com.crmbridge.connector.fxiaoke;

import com.crmbridge.connector.fxiaoke.internal.RetryPolicy;
import com.crmbridge.connector.fxiaoke.internal.Sleeper;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorContext;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Settings;
import com.crmbridge.spi.SettingsSpec;
import com.crmbridge.spi.SpiVersion;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** Type {@code fxiaoke}: 纷享销客 (ShareCRM) through its open API, old-style corpAccessToken. */
public final class FxiaokeProvider implements ConnectorProvider {
    /** The API's limit: 100 calls per interface per 20 s. */
    static final Duration RATE_WINDOW = Duration.ofSeconds(20);

    /**
     * One client for every instance: instances share its connection pool and threads. OkHttp's own silent
     * retry is off: every call is a POST, a create may have happened, and the retry policy is the connector's.
     */
    private static final OkHttpClient SHARED =
            new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    private final Sleeper sleeper;
    private final RetryPolicy retryPolicy;
    private final Duration rateWindow;

    /** The provider {@link java.util.ServiceLoader} creates: real waits, the contract's backoff and limit. */
    public FxiaokeProvider() {
        this(Sleeper.REAL, RetryPolicy.contract(), RATE_WINDOW);
    }

    /** A provider whose instances wait through the sleeper and pace to the window, for tests and benchmarks. */
    FxiaokeProvider(Sleeper sleeper, RetryPolicy retryPolicy, Duration rateWindow) {
        this.sleeper = sleeper;
        this.retryPolicy = retryPolicy;
        this.rateWindow = rateWindow;
    }

    @Override
    public String type() {
        return "fxiaoke";
    }

    @Override
    public int spiMajorVersion() {
        return SpiVersion.MAJOR;
    }

    @Override
    public String description() {
        return "纷享销客 (Fxiaoke / ShareCRM): reads employees, AccountObj, NewOpportunityObj, feedback and targets;"
                + " writes scorecards and alerts into custom objects";
    }

    @Override
    public SettingsSpec settingsSpec() {
        return FxiaokeSettings.spec();
    }

    @Override
    public Connector create(ConnectorContext context, Settings settings) {
        FxiaokeConfig config = FxiaokeSettings.config(settings);
        return new FxiaokeConnector(context, config, client(config), sleeper, retryPolicy, rateWindow);
    }

    /** The shared client with this instance's timeout. */
    static OkHttpClient client(FxiaokeConfig config) {
        long millis = config.timeout().toMillis();
        return SHARED.newBuilder()
                .callTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS)
                .build();
    }
}
