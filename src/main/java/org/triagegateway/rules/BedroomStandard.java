package org.triagegateway.rules;

import org.triagegateway.household.Person.Role;
import org.triagegateway.household.Person.Sex;
import org.triagegateway.rules.facts.Member;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The bedrooms a household is allowed (UC Regulations 2013 Sch 4 para 10; the same test as Housing
 * Benefit's). One for the claimant or couple, one for each other person aged 16 or over, and for
 * children under 16 as few bedrooms as the sharing rules allow: two children under 10 may share,
 * and so may two children under 16 of the same sex.
 *
 * <p>Sex is asked only when it could change the answer, so it may be missing: the range then runs
 * from the fewest bedrooms (missing sexes assumed to allow sharing) to the most.
 */
public final class BedroomStandard {

    /** Sharing rules' age limits (para 10(1)(b)-(c)); part of the definition, not a rate that changes. */
    private static final int ANY_SEX_SHARING_UNDER = 10;
    private static final int SAME_SEX_SHARING_UNDER = 16;

    private BedroomStandard() {
    }

    public record Sleeper(int age, Sex sex) {
    }

    public record Bedrooms(int fewest, int most) {
        public boolean settled() {
            return fewest == most;
        }
    }

    /**
     * The bedrooms for a household from everyone in it: children, other adults who live with it as
     * family or friends (not lodgers or joint tenants), and one more for each person who needs a room
     * of their own or an overnight carer's room (UC Regs 2013 Sch 4 para 12).
     */
    public static Bedrooms of(Collection<?> members) {
        return count(members, false);
    }

    /**
     * Housing Benefit's count: its "occupiers" include lodgers and joint tenants who live there
     * (HB (SPC) Regulations 2006 reg 13D(3), (12)).
     */
    public static Bedrooms ofOccupiers(Collection<?> members) {
        return count(members, true);
    }

    private static Bedrooms count(Collection<?> members, boolean everyAdult) {
        int adults = 0;
        int extra = 0;
        boolean extraForCouple = false;
        List<Sleeper> children = new ArrayList<>();
        for (Object each : members) {
            Member member = (Member) each;
            boolean needsOne = Boolean.TRUE.equals(member.needsExtraBedroom());
            if (member.isClaimantOrPartner()) {
                // One more room at most for the claimant or couple, whichever of them needs it.
                extraForCouple |= needsOne;
            } else if (needsOne) {
                extra++;
            }
            if (member.role() == Role.CHILD) {
                // An age reached during the assessment period counts for all of it (SI 2013/381 Sch 1 para 20).
                children.add(new Sleeper(member.ageAtPeriodEnd(), member.sex()));
            } else if (member.role() == Role.OTHER_ADULT && (everyAdult || member.isNonDependant())) {
                adults++;
            }
        }
        extra += extraForCouple ? 1 : 0;
        Bedrooms bedrooms = needed(adults, children);
        return new Bedrooms(bedrooms.fewest() + extra, bedrooms.most() + extra);
    }

    private static final String[] LHA_CATEGORIES = {"shared", "one_bedroom", "two_bedrooms", "three_bedrooms", "four_bedrooms"};

    /** The Local Housing Allowance category's key in the rate files: 0 is the shared accommodation rate. */
    public static String lhaCategory(int bedrooms) {
        return LHA_CATEGORIES[bedrooms];
    }

    /** A child young enough to share a bedroom, whose sex may decide with whom. */
    public static boolean mayShareABedroom(int age) {
        return age < SAME_SEX_SHARING_UNDER;
    }

    /** {@code others}: people aged 16 or over besides the claimant and partner. */
    public static Bedrooms needed(int others, List<Sleeper> children) {
        Sleeper[] under16 = children.stream().filter(c -> c.age() < SAME_SEX_SHARING_UNDER).toArray(Sleeper[]::new);
        int adults = 1 + others + (children.size() - under16.length);
        int fewest = under16.length - pairs(under16, true);
        int most = under16.length - pairs(under16, false);
        return new Bedrooms(adults + fewest, adults + most);
    }

    /** The most pairs of children who may share, by matching over the subsets not yet paired. */
    private static int pairs(Sleeper[] children, boolean unknownSexShares) {
        int[] best = new int[1 << children.length];
        Arrays.fill(best, -1);
        return pairs(children, unknownSexShares, (1 << children.length) - 1, best);
    }

    private static int pairs(Sleeper[] children, boolean unknownSexShares, int left, int[] best) {
        if (left == 0) {
            return 0;
        }
        if (best[left] >= 0) {
            return best[left];
        }
        int first = Integer.numberOfTrailingZeros(left);
        int rest = left & ~(1 << first);
        int most = pairs(children, unknownSexShares, rest, best);
        for (int other = first + 1; other < children.length; other++) {
            if ((rest & (1 << other)) != 0 && mayShare(children[first], children[other], unknownSexShares)) {
                most = Math.max(most, 1 + pairs(children, unknownSexShares, rest & ~(1 << other), best));
            }
        }
        best[left] = most;
        return most;
    }

    private static boolean mayShare(Sleeper a, Sleeper b, boolean unknownSexShares) {
        if (a.age() < ANY_SEX_SHARING_UNDER && b.age() < ANY_SEX_SHARING_UNDER) {
            return true;
        }
        if (a.sex() == null || b.sex() == null) {
            return unknownSexShares;
        }
        return a.sex() == b.sex();
    }
}
