/**
 * An in-memory CRM and a connector for it, with switchable flaws, that the testkit's own tests run the contract
 * against: as written it keeps the contract; each flaw breaks one clause, to show that the contract notices.
 */
@NullMarked
package com.crmbridge.testkit.memory;

import org.jspecify.annotations.NullMarked;
