package com.crmbridge.connector.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's name, size and modification time as the file system reports them now.
 *
 * @param path where it is
 * @param name its file name
 * @param size its size in bytes
 * @param modified its modification time in epoch milliseconds
 */
public record FileState(Path path, String name, long size, long modified) {
    public static FileState of(Path path) throws IOException {
        return new FileState(
                path,
                path.getFileName().toString(),
                Files.size(path),
                Files.getLastModifiedTime(path).toMillis());
    }

    /** The SHA-256 of the file's content, read through once. */
    public String sha256() throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
