package com.crmbridge.connector.csv.internal;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells a text file's encoding without configuration: a byte order mark first (UTF-8, UTF-16 LE and BE); then
 * the first non-ASCII bytes, taken from the first {@value #SCAN_LIMIT} bytes of the file: if they decode as
 * strict UTF-8 the file is UTF-8, otherwise ICU's statistical detector chooses among the charsets that decode
 * them, and GB18030 wins when the bytes are valid GB18030, since a few Chinese characters are too little for
 * statistics, unless the detector is confident of another multi-byte charset (Big5, Shift_JIS). A file with no non-ASCII byte in that range is read as UTF-8 (a strict decoder then reports any
 * later byte that is not).
 */
public final class EncodingDetector {
    /** How far into a file the detector looks for its first non-ASCII bytes. */
    public static final int SCAN_LIMIT = 16 * 1024 * 1024;

    private static final int SAMPLE = 64 * 1024;
    /** The ICU confidence (0–100) at which another multi-byte charset wins over GB18030. */
    private static final int STRONG = 60;

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> MULTI_BYTE =
            Set.of("GB18030", "BIG5", "SHIFT_JIS", "EUC-JP", "EUC-KR", "ISO-2022-CN", "ISO-2022-JP", "ISO-2022-KR");

    private EncodingDetector() {}

    /**
     * The file's encoding.
     *
     * @param forced the configured encoding, or {@code null} to detect; a byte order mark of the forced charset is
     *     still skipped
     * @throws IOException when the file cannot be read
     */
    public static Encoding detect(Path file, @Nullable Charset forced) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            Encoding bom = byteOrderMark(head);
            if (forced != null) {
                int skip = bom != null && bom.charset().equals(forced) ? bom.bomLength() : 0;
                return new Encoding(forced, skip, "the setting encoding");
            }
            if (bom != null) {
                return bom;
            }
        }
        byte[] sample = firstNonAscii(file);
        if (sample.length == 0 || isUtf8(sample)) {
            return new Encoding(StandardCharsets.UTF_8, 0, "detected");
        }
        return new Encoding(guess(sample), 0, "detected");
    }

    private static @Nullable Encoding byteOrderMark(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3, "byte order mark");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2, "byte order mark");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2, "byte order mark");
        }
        return null;
    }

    /** Up to 64 KiB from the first block that holds a byte above 0x7F; empty when there is none. */
    private static byte[] firstNonAscii(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[SAMPLE];
            long scanned = 0;
            while (scanned < SCAN_LIMIT) {
                int n = in.readNBytes(block, 0, block.length);
                if (n <= 0) {
                    return new byte[0];
                }
                int first = indexOfNonAscii(block, n);
                if (first >= 0) {
                    // start at the last line break before the byte, so the sample starts on a character boundary
                    int start = first;
                    while (start > 0 && block[start - 1] != '\n') {
                        start--;
                    }
                    byte[] sample = Arrays.copyOfRange(block, start, n);
                    byte[] more = in.readNBytes(SAMPLE - sample.length);
                    byte[] joined = Arrays.copyOf(sample, sample.length + more.length);
                    System.arraycopy(more, 0, joined, sample.length, more.length);
                    return joined;
                }
                scanned += n;
            }
            return new byte[0];
        }
    }

    private static int indexOfNonAscii(byte[] block, int length) {
        for (int i = 0; i < length; i++) {
            if (block[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the bytes are strict UTF-8, allowing one character cut off at the end of the sample. */
    static boolean isUtf8(byte[] sample) {
        return decodes(StandardCharsets.UTF_8, sample);
    }

    private static boolean decodes(Charset charset, byte[] sample) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 16);
        CoderResult result = decoder.decode(in, out, false);
        // an underflow leaves at most one incomplete character at the end: the sample cut it, the file may not
        return result.isUnderflow() && in.remaining() < 4;
    }

    private static Charset guess(byte[] sample) {
        boolean gb18030 = decodes(GB18030, sample);
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            String name = match.getName().toUpperCase(Locale.ROOT);
            if (!Charset.isSupported(match.getName())) {
                continue;
            }
            Charset charset = Charset.forName(match.getName());
            if (!decodes(charset, sample)) {
                continue;
            }
            // Big5 and Shift_JIS pairs are mostly valid GB18030 too: only strong statistics outvote GB18030,
            // and a few Chinese characters never give strong statistics
            boolean strong = MULTI_BYTE.contains(name) && match.getConfidence() >= STRONG;
            return strong || !gb18030 ? charset : GB18030;
        }
        return GB18030;
    }
}
