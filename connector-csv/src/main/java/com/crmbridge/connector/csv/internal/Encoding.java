package com.crmbridge.connector.csv.internal;

import java.nio.charset.Charset;

/**
 * The encoding a text file is read with.
 *
 * @param charset the charset
 * @param bomLength how many bytes of byte order mark to skip at the start
 * @param reason how it was chosen, for logs and error messages ({@code byte order mark}, {@code detected})
 */
public record Encoding(Charset charset, int bomLength, String reason) {}
