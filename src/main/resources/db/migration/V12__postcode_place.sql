-- Where each postcode is, as imported from the national files (the ONS Postcode Directory for the
-- council, the Valuation Office Agency's lookup for the Broad Rental Market Area) by
-- location.PostcodeImport. Empty until a council imports them: the pilot councils' postcode
-- districts are reference data in rules/reference/ and need no import.
CREATE TABLE postcode_place (
    postcode     VARCHAR(8)  PRIMARY KEY,   -- as Royal Mail prints it: 'LU1 2AB'
    council_code VARCHAR(9)  NOT NULL,      -- ONS code of the local authority, E06000032
    rental_area  VARCHAR(60)                -- id of the Broad Rental Market Area; NULL where the lookup has none
);
CREATE TABLE postcode_import (
    id          BIGSERIAL    PRIMARY KEY,
    imported_at TIMESTAMPTZ  NOT NULL,
    sources     TEXT         NOT NULL,      -- the files' names, as given to the importer
    postcodes   BIGINT       NOT NULL
);
