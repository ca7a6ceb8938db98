package org.triagegateway.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff accounts: created by an administrator (or, the first, from configuration), checked at
 * sign-in with a lock after repeated wrong passwords.
 */
@Singleton
public class StaffAccountService {

    /** NCSC: length matters more than character rules; a long passphrase is the easiest strong password. */
    static final int SHORTEST_PASSWORD = 12;
    static final int LONGEST_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");

    private final StaffAccounts accounts;
    private final StaffSessionRows sessions;
    private final PasswordHasher hasher;
    private final StaffConfiguration configuration;
    private final Clock clock;
    /** Checked against when the username is unknown, so that a wrong username takes as long as a wrong password. */
    private final String decoy;

    StaffAccountService(StaffAccounts accounts, StaffSessionRows sessions, PasswordHasher hasher,
                        StaffConfiguration configuration, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.configuration = configuration;
        this.clock = clock;
        this.decoy = hasher.hash("not a password anyone has");
    }

    /** The outcome of a sign-in: the account, or why not. */
    public sealed interface SignIn {
        record Accepted(StaffAccount account) implements SignIn {
        }

        record Refused() implements SignIn {
        }

        record Locked(Instant until) implements SignIn {
        }
    }

    public SignIn signIn(String username, String password) {
        Instant now = clock.instant();
        Optional<StaffAccount> found = findActive(username);
        if (found.isEmpty() || found.get().passwordHash() == null || password.length() > LONGEST_PASSWORD) {
            hasher.matches(password.length() > LONGEST_PASSWORD ? "" : password, decoy);
            return new SignIn.Refused();
        }
        StaffAccount account = found.get();
        // The attempt is counted before the slow hash, in one statement: guesses sent in parallel cannot
        // all slip past the lock while each is being checked.
        if (accounts.countAttempt(account.id(), configuration.failuresBeforeLock(), now, now.plus(configuration.lockFor())) == 0) {
            hasher.matches(password, decoy);
            Instant until = accounts.findById(account.id()).map(StaffAccount::lockedUntil).orElse(null);
            return new SignIn.Locked(until != null ? until : now.plus(configuration.lockFor()));
        }
        if (!hasher.matches(password, account.passwordHash())) {
            StaffAccount after = accounts.findById(account.id()).orElseThrow();
            return after.lockedAt(now) ? new SignIn.Locked(after.lockedUntil()) : new SignIn.Refused();
        }
        accounts.clearFailures(account.id());
        return new SignIn.Accepted(account);
    }

    /**
     * @param council for a council benefits officer, the council they work for (ONS code): each council is its own agency
     * @throws InvalidAccountException with what is wrong, field by field
     */
    public StaffAccount create(String username, String displayName, Role role, @Nullable String council, String password) {
        InvalidAccountException problems = new InvalidAccountException();
        String name = normalised(username);
        if (!USERNAME.matcher(name).matches()) {
            problems.add("username", "Enter a username of 2 to 64 letters, digits, dots, dashes, underscores or @");
        } else if (accounts.findByUsername(name).isPresent()) {
            problems.add("username", "There is already an account with this username");
        }
        String shownName = displayName == null ? "" : displayName.strip();
        if (shownName.isEmpty() || shownName.length() > 100) {
            problems.add("displayName", "Enter the person's name, up to 100 characters");
        }
        if (role == null) {
            problems.add("role", "Select a role");
        } else if (role == Role.COUNCIL_OFFICER && council == null) {
            problems.add("council", "Select the council they work for");
        }
        passwordProblems(password, problems);
        problems.throwIfAny();
        return accounts.save(new StaffAccount(null, name, shownName, role, hasher.hash(password), 0, null, true, clock.instant(),
                role == Role.COUNCIL_OFFICER ? council : null));
    }

    public List<StaffAccount> all() {
        return accounts.findAllOrderByUsername();
    }

    public Optional<StaffAccount> findActive(String username) {
        return accounts.findByUsername(normalised(username)).filter(StaffAccount::active);
    }

    public Optional<StaffAccount> find(long id) {
        return accounts.findById(id);
    }

    public long count() {
        return accounts.count();
    }

    /** Deactivating ends the account's sessions at once: its signed tokens stop working on the next request. */
    public void setActive(long id, boolean active) {
        accounts.updateActive(id, active);
        if (!active) {
            sessions.endAllOf(id, clock.instant());
        }
    }

    /** A council benefits officer moves to another council: from their next request they see its inbox only. */
    public void setCouncil(long id, String council) {
        accounts.updateCouncil(id, council);
    }

    public void unlock(long id) {
        accounts.clearFailures(id);
    }

    static void passwordProblems(String password, InvalidAccountException problems) {
        if (password == null || password.length() < SHORTEST_PASSWORD || password.length() > LONGEST_PASSWORD) {
            problems.add("password", "Enter a password of " + SHORTEST_PASSWORD + " to " + LONGEST_PASSWORD
                    + " characters: three or four unrelated words are easy to remember and hard to guess");
        }
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
