/**
 * The command line: {@code --once [--as-of=…] [--full-refresh]} runs once, prints a summary a person can read
 * and exits with a code scripts can test; progress lines appear when a terminal is attached.
 */
@NullMarked
package com.crmbridge.app.cli;

import org.jspecify.annotations.NullMarked;
