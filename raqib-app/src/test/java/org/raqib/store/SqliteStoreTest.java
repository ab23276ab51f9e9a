package org.raqib.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract implements WorkbenchContract {
    @TempDir
    Path dir;

    @Override
    public Store open() { return Store.open(dir.resolve("data")); }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve("raqib.db"));
    }
}
