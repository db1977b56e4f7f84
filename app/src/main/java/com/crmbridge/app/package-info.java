/**
 * The Spring Boot application that runs CRM Bridge: its entry point only; configuration, flows, the store,
 * the command line and the REST API live in the subpackages.
 */
@NullMarked
package com.crmbridge.app;

import org.jspecify.annotations.NullMarked;
