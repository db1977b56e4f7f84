package com.crmbridge.connector.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingDetectorTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path directory;

    EncodingDetectorTest(@TempDir Path directory) {
        this.directory = directory;
    }

    @Test
    void gb18030WithOnlyAFewChineseCharactersIsDetected() throws IOException {
        String text =
                "id,name,owner_id,created_on\nC1,Acme,M1,2026-01-01\nC2,Globex,M1,2026-01-02\nC3,王氏,M2,2026-01-03\n";

        Encoding encoding = EncodingDetector.detect(write(text.getBytes(GB18030)), null);

        assertThat(encoding.charset()).isEqualTo(GB18030);
        assertThat(encoding.bomLength()).isZero();
    }

    @Test
    void gb18030WithOneChineseCharacterFarIntoTheFileIsDetected() throws IOException {
        String ascii = "D1,C1,M1,100,WON,2026-03-05\n".repeat(5000);
        byte[] bytes = (ascii + "D2,C1,王,100,WON,2026-03-05\n").getBytes(GB18030);

        assertThat(EncodingDetector.detect(write(bytes), null).charset()).isEqualTo(GB18030);
    }

    @Test
    void gbkChineseHeadersAreReadAsGb18030() throws IOException {
        byte[] bytes = "客户编号,客户名称,负责人工号,创建日期\nC1,上海华信贸易有限公司,M1,2026/1/5\n".getBytes(Charset.forName("GBK"));

        assertThat(EncodingDetector.detect(write(bytes), null).charset()).isEqualTo(GB18030);
    }

    @Test
    void utf8WithoutBomIsDetected() throws IOException {
        byte[] bytes = "id,name\nM1,张伟\n".getBytes(StandardCharsets.UTF_8);

        assertThat(EncodingDetector.detect(write(bytes), null))
                .isEqualTo(new Encoding(StandardCharsets.UTF_8, 0, "detected"));
    }

    @Test
    void utf8BomIsSkipped() throws IOException {
        byte[] bytes = "\uFEFFid,name\nM1,张伟\n".getBytes(StandardCharsets.UTF_8);

        assertThat(EncodingDetector.detect(write(bytes), null))
                .isEqualTo(new Encoding(StandardCharsets.UTF_8, 3, "byte order mark"));
    }

    @Test
    void utf16WithBomIsDetectedBothWays() throws IOException {
        assertThat(EncodingDetector.detect(write("\uFEFFid,name\n".getBytes(StandardCharsets.UTF_16LE)), null))
                .isEqualTo(new Encoding(StandardCharsets.UTF_16LE, 2, "byte order mark"));
        assertThat(EncodingDetector.detect(write("\uFEFFid,name\n".getBytes(StandardCharsets.UTF_16BE)), null))
                .isEqualTo(new Encoding(StandardCharsets.UTF_16BE, 2, "byte order mark"));
    }

    @Test
    void plainAsciiIsUtf8() throws IOException {
        assertThat(EncodingDetector.detect(write("id,name\nM1,Zhang\n".getBytes(StandardCharsets.US_ASCII)), null)
                        .charset())
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void forcedEncodingWinsAndStillSkipsItsOwnBom() throws IOException {
        Path file = write("\uFEFFid\n".getBytes(StandardCharsets.UTF_8));

        assertThat(EncodingDetector.detect(file, StandardCharsets.UTF_8))
                .isEqualTo(new Encoding(StandardCharsets.UTF_8, 3, "the setting encoding"));
        assertThat(EncodingDetector.detect(file, GB18030)).isEqualTo(new Encoding(GB18030, 0, "the setting encoding"));
    }

    @Test
    void latin1IsNotMistakenForGb18030() throws IOException {
        byte[] bytes = "id,name\nM1,Café Müller, Zoë\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(EncodingDetector.detect(write(bytes), null).charset()).isNotEqualTo(GB18030);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = directory.resolve("file.csv");
        Files.write(file, bytes);
        return file;
    }
}
