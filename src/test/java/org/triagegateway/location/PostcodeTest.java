package org.triagegateway.location;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"LU1 2AB, LU1 2AB", "lu12ab, LU1 2AB", "' lu1  2ab ', LU1 2AB", "SW1A 1AA, SW1A 1AA", "ec1a1bb, EC1A 1BB",
            "M1 1AE, M1 1AE", "ME15-6JQ, ME15 6JQ", "LU۱ ۲AB, LU1 2AB"})
    void aPostcodeIsReadHoweverItIsTyped(String typed, String printed) {
        assertThat(Postcode.parse(typed)).map(Postcode::toString).hasValue(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "LU1", "LU1 2A", "12345", "LU1 2ABC", "L!1 2AB", "<script>"})
    void whatIsNoPostcodeIsRefused(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }
}
