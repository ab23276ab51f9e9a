package org.raqib.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A claim's id depends on its document and evidence span, not on its position or its values. */
class ClaimIdsTest {
    private static Claim claim(int start, int end, long civilians) {
        return new Claim("d", Kind.INCIDENT, Stance.ALLEGES, null, null, EventType.AIRSTRIKE, null, null,
                Map.of(Category.CIVILIANS_KILLED, Count.exact(civilians)), new Span(start, end, "x".repeat(end - start)));
    }

    @Test
    void aClaimKeepsItsIdWhenRulesChangeItsValuesOrAddClaimsBeforeIt() {
        String sha = "0123456789abcdef0123";
        List<String> first = ClaimIds.of(sha, List.of(claim(10, 40, 3)));
        List<String> later = ClaimIds.of(sha, List.of(claim(0, 8, 2), claim(10, 40, 5)));
        assertThat(later.get(1)).isEqualTo(first.getFirst()).isEqualTo("0123456789ab-10-40-1");
    }

    @Test
    void claimsOnOneSpanAreToldApartByRank() {
        assertThat(ClaimIds.of("abc", List.of(claim(5, 9, 1), claim(5, 9, 2), claim(20, 30, 1))))
                .containsExactly("abc-5-9-1", "abc-5-9-2", "abc-20-30-1");
    }
}
