package com.crmbridge.connector.csv;

import com.crmbridge.domain.CanonicalRecord;
import com.crmbridge.domain.Deal;
import com.crmbridge.domain.DealStage;
import com.crmbridge.domain.Manager;
import com.crmbridge.domain.ManagerTier;
import com.crmbridge.domain.SourceRef;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.testkit.ExpectedReject;
import com.crmbridge.testkit.FixtureChange;
import com.crmbridge.testkit.RecordingContext;
import com.crmbridge.testkit.SinkContract;
import com.crmbridge.testkit.SourceContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector testkit's contract, source and sink, on a fixture directory: a GB18030 managers file with
 * Chinese headers, a UTF-8 deals file of three pages (page size 10) with one bad row, and an output directory.
 */
class CsvConnectorContractTest implements SourceContract, SinkContract {
    private static final int DEALS = 24;
    private static final long BAD_LINE = 7;

    private final Path input;
    private final Path output;

    CsvConnectorContractTest(@TempDir Path directory) {
        this.input = directory.resolve("in");
        this.output = directory.resolve("out");
        try {
            Files.createDirectories(input);
            Files.writeString(
                    input.resolve("managers.csv"),
                    "工号,姓名,邮箱,团队,职级,在职\r\nM1,张伟,zhang.wei@example.com.cn,华东大客户部,高端客户经理,在职\r\n"
                            + "M2,王芳,,华东大客户部,普通,离职\r\n",
                    Charset.forName("GB18030"));
            StringBuilder deals = new StringBuilder("id,customer_id,owner_id,amount,stage,close_date\n");
            for (int i = 1; i <= DEALS; i++) {
                // line i + 1 holds deal i; the deal on BAD_LINE has a negative amount
                String amount = i + 1 == BAD_LINE ? "-5" : "\"¥" + i + ",000.50\"";
                deals.append("D").append(i).append(",C1,M").append(i % 2 + 1).append(',').append(amount);
                deals.append(",赢单,2026-03-").append(String.format("%02d", i)).append('\n');
            }
            Files.writeString(input.resolve("deals.csv"), deals, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ConnectorProvider provider() {
        return new CsvConnectorProvider();
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("directory", input.toString(), "output-directory", output.toString(), "page-size", "10");
    }

    @Override
    public Map<String, String> wrongCredentialsSettings() {
        return Map.of("directory", input.resolve("missing").toString());
    }

    @Override
    public List<CanonicalRecord> expectedRecords() {
        List<CanonicalRecord> records = new ArrayList<>();
        records.add(new Manager(
                ref("M1"), "张伟", "zhang.wei@example.com.cn", "华东大客户部", ManagerTier.SENIOR, true));
        records.add(new Manager(ref("M2"), "王芳", null, "华东大客户部", ManagerTier.STANDARD, false));
        for (int i = 1; i <= DEALS; i++) {
            if (i + 1 != BAD_LINE) {
                records.add(deal(i, new BigDecimal(i + "000.50")));
            }
        }
        return records;
    }

    @Override
    public List<ExpectedReject> expectedRejects() {
        return List.of(ExpectedReject.inFile(StreamKind.DEALS, "deals.csv", BAD_LINE, "amount"));
    }

    @Override
    public FixtureChange changeFixture(RecordingContext context) {
        try {
            Path deals = input.resolve("deals.csv");
            String text = Files.readString(deals, StandardCharsets.UTF_8)
                    .replace("D3,C1,M2,\"¥3,000.50\"", "D3,C1,M2,\"¥3,999.00\"");
            Files.writeString(deals, text + "D99,C1,M1,1000,赢单,2026-03-31\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return FixtureChange.changed(List.of(
                deal(3, new BigDecimal("3999.00")),
                new Deal(ref("D99"), "C1", "M1", new BigDecimal("1000"), DealStage.WON, LocalDate.of(2026, 3, 31), null)));
    }

    private Deal deal(int i, BigDecimal amount) {
        return new Deal(
                ref("D" + i), "C1", "M" + (i % 2 + 1), amount, DealStage.WON, LocalDate.of(2026, 3, i), null);
    }

    private SourceRef ref(String id) {
        return new SourceRef(connectorName(), id);
    }
}
