/**
 * The file connector's benchmark, run by the {@code bench} Maven profile in a JVM of its own with a small heap;
 * never by the normal build.
 */
@NullMarked
package com.crmbridge.connector.csv.bench;

import org.jspecify.annotations.NullMarked;
