package org.triagegateway;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.triagegateway.database.EmbeddedPostgresResolver;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts what is really in the database, so a test can prove that nothing was written; and
 * changes it behind the service's back, as someone with the database's own rights could.
 */
@Singleton
public final class Rows {

    private final DataSource dataSource;
    private final TransactionOperations<Connection> transactions;

    Rows(DataSource dataSource, TransactionOperations<Connection> transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /**
     * Runs SQL as the database's owner, as someone with the owner's rights could behind the service's
     * back (the service's own role cannot: DatabaseRoleTest).
     */
    public void executeAsOwner(String sql) {
        try (Connection connection = EmbeddedPostgresResolver.running().orElseThrow().owner().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL in a transaction of its own (or the test's, if it has one). */
    public void execute(String sql) {
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                return statement.execute(sql);
            }
        });
    }

    /** The first column of the first row, as the service's own database role reads it. */
    public String value(String sql) {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            }
        });
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
