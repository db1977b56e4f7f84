/**
 * Runs: pull every reading connector through the core pull loop into the store, compute the KPIs from the
 * store's snapshot, push them to every writing connector, and record the run, one run at a time across every
 * instance sharing the database. In service mode, a Spring Integration poller per connector starts a run of that
 * connector on its cron schedule.
 */
@NullMarked
package com.crmbridge.app.flow;

import org.jspecify.annotations.NullMarked;
