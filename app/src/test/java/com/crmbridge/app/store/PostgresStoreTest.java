package com.crmbridge.app.store;

class PostgresStoreTest extends StoreContractTest {
    @Override
    TestDatabase open() {
        return TestDatabase.postgres();
    }
}
