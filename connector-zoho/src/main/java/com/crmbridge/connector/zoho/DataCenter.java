package com.crmbridge.connector.zoho;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Zoho data centers the contract lists, by the key the {@code data-center} setting takes. */
public enum DataCenter {
    COM("com", "https://accounts.zoho.com", "https://www.zohoapis.com"),
    EU("eu", "https://accounts.zoho.eu", "https://www.zohoapis.eu"),
    IN("in", "https://accounts.zoho.in", "https://www.zohoapis.in"),
    COM_AU("com.au", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
    JP("jp", "https://accounts.zoho.jp", "https://www.zohoapis.jp"),
    CA("ca", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
    SA("sa", "https://accounts.zoho.sa", "https://www.zohoapis.sa"),
    COM_CN("com.cn", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn");

    private final String key;
    private final URI accounts;
    private final URI api;

    DataCenter(String key, String accounts, String api) {
        this.key = key;
        this.accounts = URI.create(accounts);
        this.api = URI.create(api);
    }

    /** The setting's value: {@code com}, {@code eu}, {@code com.cn} … */
    public String key() {
        return key;
    }

    /** The accounts server that issues access tokens. */
    public URI accounts() {
        return accounts;
    }

    /** The API domain data calls go to, unless the token names another. */
    public URI api() {
        return api;
    }

    /** The data center of a setting's value, ignoring case. */
    public static Optional<DataCenter> byKey(String key) {
        String wanted = key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(dc -> dc.key.equals(wanted)).findFirst();
    }

    /** {@code com, eu, in, …}, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(DataCenter::key).collect(Collectors.joining(", "));
    }
}
