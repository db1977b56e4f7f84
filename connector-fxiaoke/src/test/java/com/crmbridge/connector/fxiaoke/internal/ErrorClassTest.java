package com.crmbridge.connector.fxiaoke.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorClassTest {
    @ParameterizedTest(name = "errorCode {0} is {1}")
    @CsvSource({
        "14001, THROTTLED",
        "30004, THROTTLED",
        "-1, FAULT",
        "-2, FAULT",
        "50009, FAULT",
        "20016, TOKEN_EXPIRED",
        "20005, TOKEN_EXPIRED",
        "30002, QUOTA_EXHAUSTED",
        "10013, OFFSET_OUT_OF_RANGE",
        "30003, CONFIGURATION",
        "10006, CONFIGURATION",
        "20006, CONFIGURATION",
        "20015, CONFIGURATION",
        "20017, CONFIGURATION",
        "20021, CONFIGURATION",
        "15003, CONFIGURATION",
        "20014, CONFIGURATION",
        "20020, CONFIGURATION",
        "20022, CONFIGURATION",
        "20023, CONFIGURATION",
        "20012, NOT_FOUND",
        "30027, NOT_FOUND",
        "30007, NOT_FOUND",
        "10001, BAD_PARAMETER",
        "10015, BAD_PARAMETER",
        "11001, BAD_PARAMETER",
        "11018, BAD_PARAMETER",
        "15002, BAD_PARAMETER",
        "32000, BAD_PARAMETER",
        "11019, UNKNOWN",
        "99999, UNKNOWN"
    })
    void contractCodesAreClassifiedAsSection5Says(int code, ErrorClass expected) {
        assertThat(ErrorClass.ofCode(code)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"429, THROTTLED", "500, FAULT", "503, FAULT", "404, CONFIGURATION", "403, CONFIGURATION"})
    void httpStatusesAreClassified(int status, ErrorClass expected) {
        assertThat(ErrorClass.ofHttpStatus(status)).isEqualTo(expected);
    }
}
