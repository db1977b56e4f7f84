/**
 * The package rules of core as ArchUnit tests, and the deliberately wrong fixture classes that prove the
 * rules catch what they are meant to catch.
 */
@NullMarked
package com.crmbridge.arch;

import org.jspecify.annotations.NullMarked;
