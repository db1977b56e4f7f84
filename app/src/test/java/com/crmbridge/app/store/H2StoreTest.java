package com.crmbridge.app.store;

class H2StoreTest extends StoreContractTest {
    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }
}
