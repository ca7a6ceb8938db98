package org.triagegateway.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address): each may make {@code perMinute} requests in a burst,
 * refilled evenly over a minute. Kept in memory: each instance of the service limits what it serves.
 */
public final class RateLimiter {

    private static final long MINUTE_MILLIS = 60_000;
    /** Addresses unseen this long are forgotten, so the map cannot grow without bound. */
    private static final long FORGET_AFTER_MILLIS = 10 * MINUTE_MILLIS;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double capacity;
    private final Clock clock;

    public RateLimiter(double perMinute, Clock clock) {
        this.capacity = perMinute;
        this.clock = clock;
    }

    /** Takes one request's token for this address; false if it has none left. */
    public boolean allow(String address) {
        long now = clock.millis();
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(b -> now - b.updated > FORGET_AFTER_MILLIS);
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * capacity / MINUTE_MILLIS);
            bucket.updated = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
