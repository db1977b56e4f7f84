package com.crmbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Feedback;
import com.crmbridge.domain.FeedbackKind;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks made here with FastExcel's writer, shaped like Excel exports: titles, merged cells, empty rows. */
class XlsxReadTest {
    private final Path directory;

    XlsxReadTest(@TempDir Path directory) {
        this.directory = directory;
    }

    @Test
    void readsAWorkbookWithATitleRowEmptyRowsAndAMergedHeaderCell() throws IOException {
        try (OutputStream out = Files.newOutputStream(directory.resolve("Deals-Export.xlsx"));
                Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("商机");
            sheet.value(0, 0, "2026年商机明细");
            sheet.range(0, 0, 0, 6).merge();
            String[] header = {"商机编号", "客户编号", "负责人编号", "商机金额", "", "商机阶段", "结单日期"};
            for (int c = 0; c < header.length; c++) {
                if (!header[c].isEmpty()) {
                    sheet.value(1, c, header[c]);
                }
            }
            sheet.range(1, 3, 1, 4).merge(); // 商机金额 spans the amount and its currency
            row(sheet, 2, 1001, "C1", "M1", 128500.5, "CNY", "赢单", LocalDate.of(2026, 3, 5));
            // rows 4 and 5 are left empty, as users leave them
            row(sheet, 5, 1002, "C1", "M2", 99, "CNY", "Lost", LocalDate.of(2026, 3, 6));
            sheet.value(6, 0, "1003");
            sheet.value(6, 2, "M2");
            sheet.value(6, 3, "¥1,000");
            sheet.value(6, 5, "打折");
            sheet.value(6, 6, "2026/3/7");
            workbook.finish();
        }

        Reads reads = Reads.all(Reads.source(Reads.settings(directory, "deals-pattern", "deals*")), StreamKind.DEALS);

        assertThat(reads.of(Deal.class))
                .extracting(d -> d.source().externalId(), Deal::amount, Deal::stage, Deal::closeDate)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "1001", new BigDecimal("128500.5"), DealStage.WON, LocalDate.of(2026, 3, 5)),
                        org.assertj.core.groups.Tuple.tuple(
                                "1002", new BigDecimal("99.0"), DealStage.LOST, LocalDate.of(2026, 3, 6)));
        assertThat(reads.rejectTexts())
                .singleElement()
                .asString()
                .startsWith("Deals-Export.xlsx line 7, column 商机阶段, value '打折': stage is not a deal stage");
        assertThat(reads.warnings)
                .containsExactly(
                        "Deals-Export.xlsx line 1 above the header row (line 2) is not data and skipped",
                        "Deals-Export.xlsx line 2: column 5 has no header (a merged header cell?) and is ignored");
    }

    @Test
    void readsSerialDateTimesInTheZoneAndTheConfiguredSheet() throws IOException {
        try (OutputStream out = Files.newOutputStream(directory.resolve("feedback.xlsx"));
                Workbook workbook = new Workbook(out, "test", "1.0")) {
            workbook.newWorksheet("说明").value(0, 0, "见下一页");
            Worksheet sheet = workbook.newWorksheet("客户反馈");
            String[] header = {"反馈编号", "客户编号", "反馈时间", "评分", "反馈类型", "解决时间"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "F1");
            sheet.value(1, 1, "C1");
            sheet.value(1, 2, LocalDateTime.of(2026, 9, 1, 14, 30));
            sheet.style(1, 2).format("yyyy-mm-dd hh:mm").set();
            sheet.value(1, 3, 9);
            sheet.value(1, 4, "投诉");
            sheet.value(1, 5, "2026-09-03T10:00:00+08:00");
            workbook.finish();
        }

        Reads reads = Reads.all(
                Reads.source(Reads.settings(directory, "sheet", "客户反馈", "score-min", "0", "score-max", "10")),
                StreamKind.FEEDBACK);

        assertThat(reads.rejectTexts()).isEmpty();
        Feedback feedback = reads.of(Feedback.class).get(0);
        assertThat(feedback.receivedAt()).isEqualTo(Instant.parse("2026-09-01T06:30:00Z"));
        assertThat(feedback.resolvedAt()).isEqualTo(Instant.parse("2026-09-03T02:00:00Z"));
        assertThat(feedback.score()).isEqualByComparingTo("4.6");
        assertThat(feedback.kind()).isEqualTo(FeedbackKind.COMPLAINT);
    }

    @Test
    void unknownSheetIsAnErrorListingTheSheets() throws IOException {
        try (OutputStream out = Files.newOutputStream(directory.resolve("feedback.xlsx"));
                Workbook workbook = new Workbook(out, "test", "1.0")) {
            workbook.newWorksheet("Sheet1").value(0, 0, "id");
            workbook.finish();
        }

        assertThatThrownBy(() -> Reads.all(Reads.source(Reads.settings(directory, "sheet", "反馈")), StreamKind.FEEDBACK))
                .isInstanceOf(ConnectorException.BadRecordException.class)
                .hasMessage("feedback.xlsx: has no sheet named '反馈' (setting sheet); its sheets are Sheet1");
    }

    private static void row(
            Worksheet sheet,
            int r,
            int id,
            String customer,
            String owner,
            double amount,
            String currency,
            String stage,
            LocalDate close) {
        sheet.value(r, 0, id);
        sheet.value(r, 1, customer);
        sheet.value(r, 2, owner);
        sheet.value(r, 3, amount);
        sheet.value(r, 4, currency);
        sheet.value(r, 5, stage);
        sheet.value(r, 6, close);
        sheet.style(r, 6).format("yyyy-mm-dd").set();
    }
}
