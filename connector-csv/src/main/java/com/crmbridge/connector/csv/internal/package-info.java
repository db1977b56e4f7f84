/**
 * How the file connector does its work, public for Java but not API: finding files, detecting encodings and
 * delimiters, parsing CSV and xlsx rows, matching headers, reading values and mapping rows to canonical
 * records, the file cursor, and writing the result files.
 */
@NullMarked
package com.crmbridge.connector.csv.internal;

import org.jspecify.annotations.NullMarked;
