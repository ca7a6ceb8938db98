package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Locale;

/** Where the household lives and what it pays for it. */
@Introspected
@KnownPlace
@Schema(description = "Where the household lives and what it pays for it.")
public record Housing(
        @NotNull Tenure tenure,
        @Nullable @Money BigDecimal rent,
        @Nullable Frequency rentFrequency,
        @Nullable @Money BigDecimal serviceCharges,
        @Nullable @Schema(description = "The home is in Greater London (the benefit cap is higher there).")
        Boolean inGreaterLondon,
        @Nullable @Schema(description = "The UK nation the home is in. The rules are England's; left empty, England is assumed.")
        Country country,
        @Nullable @Size(max = 200) @Schema(description = "The home's address, without the postcode, as the person gives it.")
        String address,
        @Nullable @UkPostcode @Schema(description = "The home's postcode, e.g. 'LU1 2AB'. It gives the council and the Broad "
                + "Rental Market Area where those are left empty; where it straddles a boundary, they are asked.")
        String postcode,
        @Nullable @Size(max = 80) @Schema(description = "The council area the home is in: its ONS code or its name, as "
                + "GET /api/v1/councils lists them ('E06000032', 'Luton', 'Luton Borough Council'); kept as the council's name.")
        String council,
        @Nullable @Money @Schema(description = "The council tax bill for the year, after discounts such as the single "
                + "person discount (for Council Tax Reduction).")
        BigDecimal councilTax,
        @Nullable @Schema(description = "The claimant or partner is liable for the council tax on the home (named on the "
                + "bill). Only the person liable can get Council Tax Reduction; left empty, a household that rents or owns "
                + "is taken to be liable, and one living in someone else's home without rent is asked.")
        Boolean councilTaxLiable,
        @Nullable @Pattern(regexp = "[a-z_]{1,60}", message = "must be a rental area id such as luton or medway_swale")
        @Schema(description = "The Broad Rental Market Area of the home, for private rents, as GET /api/v1/rental-areas lists "
                + "them ('luton'); left empty, it comes from the postcode.")
        String rentalArea,
        @Nullable @Money @Schema(description = "No longer read: the rule base holds the Local Housing Allowance of every "
                + "English Broad Rental Market Area, so the area (from the postcode) gives it. Kept so older records still read.")
        BigDecimal localHousingAllowance,
        @Nullable @Min(0) @Max(20) @Schema(description = "Bedrooms in the home (for the social rented sector size rules).")
        Integer bedrooms,
        @Nullable @Schema(description = "The home has been made safe under a sanctuary scheme for someone at risk of "
                + "domestic abuse (no cut in Universal Credit for spare bedrooms).")
        Boolean sanctuaryScheme,
        @Nullable @Schema(description = "The home has its own kitchen, bathroom and toilet, not shared with another household "
                + "(for Housing Benefit's shared accommodation rate).")
        Boolean selfContained,
        @Nullable @Schema(description = "A single private renter under 35 is one of the exceptions to the shared "
                + "accommodation rate: a care leaver under 25, 3 months or more in a homeless hostel, managed under MAPPA, "
                + "a survivor of domestic abuse or of modern slavery.")
        Boolean sharedAccommodationException,
        @Nullable @Schema(description = "The owner pays a mortgage, or another loan secured on the home (for Support for "
                + "Mortgage Interest, a loan from the DWP for the interest, with Universal Credit or Pension Credit).")
        Boolean mortgage,
        @Nullable @Schema(description = "The claimant or partner is named on the electricity bill (the Warm Home Discount "
                + "comes off it). Asked of someone living in another's home; otherwise the person who rents or owns the "
                + "home is taken to be on the bill, as the result says.")
        Boolean electricityBillPayer) {

    public enum Country { ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND }

    // Matched on every rule evaluation that reads the council: compiled once.
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^a-z]+");

    /**
     * TEMPORARY_ACCOMMODATION: provided by the council (or a social landlord for it) to someone homeless.
     * SUPPORTED_HOUSING: "specified accommodation", where the landlord or a related body provides care,
     * support or supervision, or a refuge or hostel; its rent is paid by Housing Benefit, not Universal Credit.
     */
    @Schema(description = "TEMPORARY_ACCOMMODATION: provided by the council to someone homeless. SUPPORTED_HOUSING: "
            + "specified accommodation where the landlord or a related body provides care, support or supervision, or a "
            + "refuge or hostel.")
    public enum Tenure { SOCIAL_RENT, PRIVATE_RENT, OWNER_OCCUPIER, SHARED_OWNERSHIP, RENT_FREE, TEMPORARY_ACCOMMODATION, SUPPORTED_HOUSING }

    /** The council as the rule base names its scheme files: "Central Bedfordshire" is central_bedfordshire. */
    public String councilId() {
        return council == null ? null : NOT_LETTERS.matcher(council.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    public boolean paysRent() {
        return rent != null && rent.signum() > 0;
    }
}
