package com.crmbridge.app.store;

class H2CrashTest extends CrashContractTest {
    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
