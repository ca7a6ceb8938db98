package org.triagegateway.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anAddressMayMakeItsBurstThenOneRequestEachRefill() {
        RateLimiter limiter = new RateLimiter(6, clock);
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.allow("10.0.0.1")).as("request %d", i + 1).isTrue();
        }
        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.allow("10.0.0.2")).as("another address has its own").isTrue();

        now = now.plusSeconds(10);
        assertThat(limiter.allow("10.0.0.1")).as("six a minute: one more after ten seconds").isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
    }
}
