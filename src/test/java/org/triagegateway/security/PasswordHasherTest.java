package org.triagegateway.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theRightPasswordMatchesItsHashAndNoOtherDoes() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("a password of some length")).isNotEqualTo(hasher.hash("a password of some length"));
    }

    @Test
    void somethingThatIsNotAHashMatchesNothing() {
        assertThat(hasher.matches("anything", null)).isFalse();
        assertThat(hasher.matches("anything", "anything")).isFalse();
        assertThat(hasher.matches("anything", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
    }

    @Test
    void theRoleNamesForSecuredAreTheRoles() throws IllegalAccessException {
        for (Role role : Role.values()) {
            assertThat(Roles.class.getDeclaredFields()).anySatisfy(field -> {
                assertThat(field.getName()).isEqualTo(role.name());
                assertThat(field.get(null)).isEqualTo(role.name());
            });
        }
        assertThat(Roles.class.getDeclaredFields()).hasSameSizeAs(Role.values());
    }
}
