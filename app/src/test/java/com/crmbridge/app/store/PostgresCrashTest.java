package com.crmbridge.app.store;

class PostgresCrashTest extends CrashContractTest {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
