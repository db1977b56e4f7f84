package com.crmbridge.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/** Opens a table file by its extension: xlsx with FastExcel, anything else as delimited text. */
public final class TableFiles {
    private TableFiles() {}

    /**
     * Opens a file.
     *
     * @param digest fed with every byte of a text file as it is read, for the cursor's content hash; an xlsx
     *     file (read by random access) is not fed
     */
    public static TableSource open(Path file, @Nullable Charset encoding, @Nullable String sheet, MessageDigest digest)
            throws IOException {
        String name = file.getFileName().toString();
        if (isXlsx(file)) {
            return new XlsxTable(file, sheet);
        }
        Encoding detected = EncodingDetector.detect(file, encoding);
        InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
        try {
            in.readNBytes(detected.bomLength());
            return new CsvTable(name, in, detected);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public static boolean isXlsx(Path file) {
        return FileLocator.extension(file.getFileName().toString()).equals("xlsx");
    }
}
