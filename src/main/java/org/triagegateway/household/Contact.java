package org.triagegateway.household;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How to reach the person asking for help, and who acts for them, if anyone. Not a fact the rules
 * read: the agencies need it to deal with a claim, and the claim forms carry it.
 */
@Introspected
@Schema(description = "How to reach the person asking for help, and who acts for them if anyone.")
public record Contact(
        @Nullable @Pattern(regexp = "\\+?[0-9][0-9 ()-]{6,19}", message = "must be a phone number, like 01582 123456")
        @Schema(description = "A phone number, like 01582 123456 or +44 7700 900123.")
        String phone,
        @Nullable @Email(message = "must be an email address, like name@example.com") @Size(max = 254)
        String email,
        @Nullable @Size(max = 40) @Schema(description = "The language they would like to be written to and spoken to in.")
        String preferredLanguage,
        @Nullable ContactBy contactBy,
        @Nullable @Size(max = 100) @Schema(description = "The name of someone who acts for them, if anyone.")
        String representative,
        @Nullable @Schema(description = "How that person acts for them: an appointee (appointed by the DWP to manage their "
                + "benefits), an attorney (a lasting power of attorney), or someone helping with their consent.")
        ActsAs representativeActsAs) {

    public enum ContactBy { PHONE, TEXT_MESSAGE, EMAIL, LETTER }

    public enum ActsAs { APPOINTEE, ATTORNEY, HELPER }
}
