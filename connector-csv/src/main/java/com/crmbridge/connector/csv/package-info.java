/**
 * The file connector: its provider, its settings and the connector that reads the five record types from a
 * directory of CSV, TSV and xlsx files and writes {@code scorecards.csv} and {@code alerts.csv}, as
 * {@code shared/spec/csv.md} lays down.
 */
@NullMarked
package com.crmbridge.connector.csv;

import org.jspecify.annotations.NullMarked;
