/**
 * An example connector: it reads a team roster, a UTF-8 text file of one manager per line ({@code id | name |
 * email | team | tier}), as the MANAGERS stream. Small on purpose, to show the SPI end to end: a provider with its
 * settings, a check, a paged reader with a resumable cursor, bad lines set aside with their location.
 */
@NullMarked
package com.example.roster;

import org.jspecify.annotations.NullMarked;
