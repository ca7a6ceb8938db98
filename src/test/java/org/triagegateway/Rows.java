package org.triagegateway;

import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts what is really in the database, so a test can prove that nothing was written. */
@Singleton
public final class Rows {

    private final DataSource dataSource;

    Rows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long households() {
        return count("SELECT count(*) FROM household");
    }

    public long householdVersions() {
        return count("SELECT count(*) FROM household_version");
    }

    public long assessments() {
        return count("SELECT count(*) FROM assessment");
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
