package com.crmbridge.connector.zoho.internal;

import com.crmbridge.connector.zoho.ZohoConfig;
import com.crmbridge.spi.ConnectorLog;
import java.time.Clock;
import java.time.ZoneId;
import tools.jackson.databind.ObjectMapper;

/**
 * What every reader of one connector instance shares.
 *
 * @param connector the instance's name, put into every record's source
 */
public record ModuleReads(
        ZohoConfig config,
        ZohoHttp http,
        ObjectMapper json,
        RecordMapper mapper,
        Clock clock,
        ZoneId zone,
        ConnectorLog log,
        String connector,
        Sleeper sleeper) {}
