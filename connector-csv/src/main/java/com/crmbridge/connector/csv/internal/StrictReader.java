package com.crmbridge.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes strictly, like an {@link java.io.InputStreamReader} that reports bad input, but first hands out
 * every character decoded before the bad bytes, so that the parser reaches the very line they are on before
 * the {@link CharacterCodingException} surfaces. (The JDK's reader throws at once and loses the line.)
 */
final class StrictReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private @Nullable CoderResult failure;
    private boolean endOfInput;
    private boolean flushed;

    StrictReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (failure != null) {
                failure.throwException();
            }
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                failure = result;
            } else if (result.isUnderflow() && endOfInput) {
                CoderResult flush = decoder.flush(out);
                if (flush.isError()) {
                    failure = flush;
                } else if (flush.isUnderflow()) {
                    flushed = true;
                }
            } else if (result.isUnderflow() && out.position() == offset) {
                fill();
            }
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
