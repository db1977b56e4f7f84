package com.crmbridge.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.CustomerTier;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value format of {@code csv.md}'s Values table, and what is refused. */
class ValuesTest {
    private final Dates dates = new Dates(ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-05", "2026/3/5", "2026/03/05", "2026.3.5", "2026年3月5日", " 2026-03-05 "})
    void readsEveryDateFormat(String text) throws ValueException {
        assertThat(dates.date(text)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-05 14:30, 2026-03-05",
        "2026-03-04T20:00:00Z, 2026-03-05",
        "2026-03-05T23:30:00+08:00, 2026-03-05"
    })
    void dateTimeWhereADateIsExpectedKeepsItsDateInTheZone(String text, LocalDate date) throws ValueException {
        assertThat(dates.date(text)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-03-05T14:30:00+08:00, 2026-03-05T06:30:00Z",
        "2026-03-05T06:30:00Z, 2026-03-05T06:30:00Z",
        "2026-03-05 14:30, 2026-03-05T06:30:00Z",
        "2026-03-05 14:30:00, 2026-03-05T06:30:00Z",
        "2026/3/5 14:30, 2026-03-05T06:30:00Z",
        "2026-03-05, 2026-03-04T16:00:00Z"
    })
    void readsEveryInstantFormatInTheConfiguredZone(String text, Instant instant) throws ValueException {
        assertThat(dates.instant(text)).isEqualTo(instant);
    }

    @ParameterizedTest
    @CsvSource({"46086, 2026-03-05", "46086.604166666664, 2026-03-05", "1, 1900-01-01", "61, 1900-03-01"})
    void readsExcelSerialDays(String serial, LocalDate date) throws ValueException {
        assertThat(dates.excelDate(serial)).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({"46086.604166666664, 2026-03-05T06:30:00Z", "46086, 2026-03-04T16:00:00Z"})
    void excelSerialTimesAreLocalToTheZone(String serial, Instant instant) throws ValueException {
        assertThat(dates.excelInstant(serial)).isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/13/40", "2026-02-30", "05/03/2026", "yesterday", "2026-3"})
    void refusesWhatIsNoDate(String text) {
        assertThatThrownBy(() -> dates.date(text)).isInstanceOf(ValueException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1234.56",
                "1,234.56",
                "¥1,234.56",
                "￥1234.56",
                "$1,234.56",
                "CNY1234.56",
                "RMB 1,234.56",
                "rmb1234.56",
                " 1234.56 ",
                "1234.56元"
            })
    void readsAmountsWithSignsAndSeparators(String text) throws ValueException {
        assertThat(Amounts.amount(text)).isEqualByComparingTo(new BigDecimal("1234.56"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "¥-5", "-¥5", "(5)", "RMB -1,000"})
    void refusesNegativeAmounts(String text) {
        assertThatThrownBy(() -> Amounts.amount(text))
                .isInstanceOf(ValueException.class)
                .hasMessage("must not be negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2.3", "1e5", "", "¥"})
    void refusesWhatIsNoAmount(String text) {
        assertThatThrownBy(() -> Amounts.amount(text)).isInstanceOf(ValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-Q3, 2026-Q3",
        "2026Q3, 2026-Q3",
        "2026q3, 2026-Q3",
        "2026年第3季度, 2026-Q3",
        "2026年Q3, 2026-Q3",
        "2026-07, 2026-07",
        "2026年7月, 2026-07",
        "2026, 2026",
        "2026年, 2026"
    })
    void readsEveryPeriodFormat(String text, String period) throws ValueException {
        assertThat(Periods.period(text)).isEqualTo(Period.parse(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026年第5季度", "Q3", "2026-13"})
    void refusesWhatIsNoPeriod(String text) {
        assertThatThrownBy(() -> Periods.period(text)).isInstanceOf(ValueException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "true, true",
        "TRUE, true",
        "yes, true",
        "Y, true",
        "1, true",
        "是, true",
        "在职, true",
        "false, false",
        "No, false",
        "n, false",
        "0, false",
        "否, false",
        "离职, false"
    })
    void readsBooleans(String text, boolean value) throws ValueException {
        assertThat(Vocabulary.bool(text)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({
        "STANDARD, STANDARD",
        "senior, SENIOR",
        "高端, SENIOR",
        "高端客户经理, SENIOR",
        "普通, STANDARD",
        "标准, STANDARD",
        "'', STANDARD"
    })
    void readsManagerTiers(String text, ManagerTier tier) throws ValueException {
        assertThat(Vocabulary.managerTier(text)).isEqualTo(tier);
    }

    @ParameterizedTest
    @CsvSource({
        "KEY, KEY",
        "Key, KEY",
        "重要, KEY",
        "重要客户, KEY",
        "vip, KEY",
        "高净值, KEY",
        "A, KEY",
        "NORMAL, NORMAL",
        "普通, NORMAL",
        "一般, NORMAL",
        "b, NORMAL",
        "C, NORMAL",
        "'', NORMAL"
    })
    void readsCustomerTiers(String text, CustomerTier tier) throws ValueException {
        assertThat(Vocabulary.customerTier(text)).isEqualTo(tier);
    }

    @ParameterizedTest
    @CsvSource({
        "won, WON",
        "Needs_Analysis, NEEDS_ANALYSIS",
        "needs analysis, NEEDS_ANALYSIS",
        "初步接洽, QUALIFICATION",
        "资格审查, QUALIFICATION",
        "需求分析, NEEDS_ANALYSIS",
        "需求确认, NEEDS_ANALYSIS",
        "方案制定, PROPOSAL",
        "方案报价, PROPOSAL",
        "商务谈判, NEGOTIATION",
        "谈判审核, NEGOTIATION",
        "赢单, WON",
        "合同签订, WON",
        "成交, WON",
        "输单, LOST",
        "丢单, LOST",
        "失败, LOST"
    })
    void readsDealStages(String text, DealStage stage) throws ValueException {
        assertThat(Vocabulary.stage(text)).isEqualTo(stage);
    }

    @ParameterizedTest
    @CsvSource({
        "survey, SURVEY",
        "满意度调查, SURVEY",
        "回访, SURVEY",
        "投诉, COMPLAINT",
        "Complaint, COMPLAINT",
        "表扬, PRAISE",
        "建议, SUGGESTION"
    })
    void readsFeedbackKinds(String text, FeedbackKind kind) throws ValueException {
        assertThat(Vocabulary.kind(text)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "打折", "OPEN"})
    void refusesUnknownWords(String text) {
        assertThatThrownBy(() -> Vocabulary.stage(text)).isInstanceOf(ValueException.class);
        assertThatThrownBy(() -> Vocabulary.kind(text)).isInstanceOf(ValueException.class);
        assertThatThrownBy(() -> Vocabulary.bool(text)).isInstanceOf(ValueException.class);
    }
}
