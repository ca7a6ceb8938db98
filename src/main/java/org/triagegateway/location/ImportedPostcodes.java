package org.triagegateway.location;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The postcodes a council imported from the national files (table postcode_place). */
@Singleton
class ImportedPostcodes {

    record Row(String councilCode, String rentalArea) {
    }

    private final DataSource dataSource;

    ImportedPostcodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @ReadOnly
    Optional<Row> find(Postcode postcode) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT council_code, rental_area FROM postcode_place WHERE postcode = ?")) {
            query.setString(1, postcode.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new Row(row.getString(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the imported postcodes", e);
        }
    }
}
