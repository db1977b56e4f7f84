package com.crmbridge.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmbridge.domain.Deal;
import com.crmbridge.spi.Connector;
import com.crmbridge.spi.ConnectorProvider;
import com.crmbridge.spi.Sink;
import com.crmbridge.spi.Source;
import com.crmbridge.spi.SpiVersion;
import com.crmbridge.spi.StreamKind;
import com.crmbridge.spi.error.ConnectorException;
import com.crmbridge.testkit.RecordingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvConnectorProviderTest {
    private final ConnectorProvider provider = new CsvConnectorProvider();
    private final Path directory;

    CsvConnectorProviderTest(@TempDir Path directory) {
        this.directory = directory;
    }

    @Test
    void isFoundByTheServiceLoaderAsTypeCsvForThisSpi() {
        ConnectorProvider found = ServiceLoader.load(ConnectorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.type().equals("csv"))
                .findFirst()
                .orElseThrow();

        assertThat(found).isInstanceOf(CsvConnectorProvider.class);
        assertThat(found.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
    }

    @Test
    void isASourceASinkOrBothByWhichDirectoriesAreSet() {
        Connector source = create(Map.of("directory", directory.toString()));
        Connector sink = create(Map.of("output-directory", directory.toString()));
        Connector both = create(Map.of("directory", directory.toString(), "output-directory", directory.toString()));

        assertThat(source).isInstanceOf(Source.class).isNotInstanceOf(Sink.class);
        assertThat(sink).isInstanceOf(Sink.class).isNotInstanceOf(Source.class);
        assertThat(both).isInstanceOf(Source.class).isInstanceOf(Sink.class);
    }

    @Test
    void settingsErrorsNameTheKey() {
        assertThatThrownBy(() -> create(Map.of()))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessage("directory: set directory to read files, output-directory to write results, or both");
        assertThatThrownBy(() -> create(
                        Map.of("directory", "x", "headers.deals.amout", "签约金额", "score-min", "5", "score-max", "1")))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessage("headers.deals.amout: 'amout' is not a column of deals; its columns are [id, customer_id, "
                        + "owner_id, amount, stage, close_date, created_on]; score-max: must be greater than score-min 5, "
                        + "was 1");
        assertThatThrownBy(() -> provider.settingsSpec().validate(Map.of("directory", "x", "encoding", "klingon")))
                .isInstanceOf(ConnectorException.ConfigurationInvalid.class)
                .hasMessage("encoding: must be an encoding Java knows, such as UTF-8 or GB18030, was 'klingon'");
    }

    @Test
    void configuredHeadersAndPatternsAreUsed() throws IOException {
        Files.writeString(
                directory.resolve("Deals-Export-2026-10.TSV"),
                "编号\t负责人\t签约金额\t阶段\t结单日期\nD1\tM1\t1,000\t成交\t2026年10月8日\n");
        Source source = Reads.source(Reads.settings(
                directory,
                "deals-pattern",
                "deals*",
                "headers.deals.owner_id",
                "负责人",
                "headers.deals.amount",
                "签约金额, 合同总额"));

        Reads reads = Reads.all(source, StreamKind.DEALS);

        assertThat(reads.rejectTexts()).isEmpty();
        Deal deal = reads.of(Deal.class).get(0);
        assertThat(deal.ownerId()).isEqualTo("M1");
        assertThat(deal.amount()).isEqualByComparingTo("1000");
    }

    @Test
    void checkSaysWhatIsWrongWithTheInputDirectory() {
        Path missing = directory.resolve("nowhere");

        assertThat(((Source) create(Map.of("directory", missing.toString())))
                        .check()
                        .problems())
                .containsExactly("directory: " + missing.toAbsolutePath() + " does not exist");
    }

    @Test
    void checkListsTheFilesFound() throws IOException {
        Files.writeString(directory.resolve("DEALS.csv"), "id\n");

        assertThat(((Source) create(Map.of("directory", directory.toString())))
                        .check()
                        .details())
                .contains("deals: DEALS.csv", "managers: no file matches 'managers' (optional)");
    }

    private Connector create(Map<String, String> settings) {
        return provider.create(
                RecordingContext.named("files"), provider.settingsSpec().validate(settings));
    }
}
