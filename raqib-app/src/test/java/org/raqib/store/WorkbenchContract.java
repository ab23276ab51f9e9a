package org.raqib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.raqib.extract.ClaimExtractor;
import org.raqib.link.IncidentIdentity;
import org.raqib.link.Linker;
import org.raqib.model.Category;
import org.raqib.model.Claim;
import org.raqib.model.Count;
import org.raqib.model.SourcedClaim;

/** What the analysts' workbench needs of every database: accounts, sessions, tokens, reviews, audit. */
interface WorkbenchContract {
    Store open();

    private static ArchivedDocument stored(Store s) {
        ArchivedDocument a = StoreContract.doc("a", StoreContract.TEXT_A, "2019-05-13", null);
        s.archive().add(a);
        s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-1");
        return a;
    }

    private static Claim withCivilians(Claim c, long n) {
        Map<Category, Count> counts = new EnumMap<>(Category.class);
        counts.putAll(c.counts());
        counts.put(Category.CIVILIANS_KILLED, new Count(n - 1, n, n + 1, null, null));
        return new Claim(c.doc(), c.kind(), c.stance(), c.source(), c.perpetrator(), c.eventType(), c.date(), c.place(), counts,
                c.evidence());
    }

    @Test
    default void accountsSessionsAndTokensAreStoredHashedAndEndWhenTheAccountIsDisabled() {
        try (Store s = open()) {
            s.users().add("nadia", "analyst", "$argon2id$hash", "admin-1");
            assertThatThrownBy(() -> s.users().add("nadia", "editor", "x", "admin-1")).hasMessageContaining("exists already");
            s.users().startSession("sessionhash", "nadia", "csrf-1", Instant.now().plusSeconds(600));
            s.users().startSession("oldhash", "nadia", "csrf-2", Instant.now().minusSeconds(1));
            s.users().addToken("tokenhash", "nadia", "a script's token", "admin-1");
            assertThat(s.users().session("sessionhash")).hasValueSatisfying(x -> assertThat(x.csrfToken()).isEqualTo("csrf-1"));
            assertThat(s.users().session("oldhash")).as("expired").isEmpty();
            assertThat(s.users().byToken("tokenhash")).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo("analyst"));

            s.users().setRole("nadia", "editor", "admin-1");
            assertThat(s.users().find("nadia").orElseThrow().role()).isEqualTo("editor");
            s.users().disable("nadia", "admin-1");
            assertThat(s.users().find("nadia").orElseThrow().disabled()).isTrue();
            assertThat(s.users().session("sessionhash")).isEmpty();
            assertThat(s.users().byToken("tokenhash")).isEmpty();
            assertThat(s.audit().about("user:nadia")).extracting(AuditEntry::action)
                    .containsExactly("user-add", "token-add", "user-role", "user-disable");
            assertThat(s.audit().about("user:nadia").get(2).details()).contains("\"before\":{\"role\":\"analyst\"}")
                    .contains("\"after\":{\"role\":\"editor\"}");
        }
    }

    @Test
    default void aCorrectionWinsOverTheMachineAndOutlivesReExtractionWithTheSameReading() {
        try (Store s = open()) {
            ArchivedDocument a = stored(s);
            SourcedClaim machine = s.claims().all().getFirst();
            assertThat(machine.claim().best(Category.CIVILIANS_KILLED)).isEqualTo(11L);
            int v = s.reviews().save(machine.id(), ClaimReviews.Status.CORRECTED, withCivilians(machine.claim(), 12),
                    "nadia", "the second paragraph names a twelfth victim", 0);
            assertThat(v).isEqualTo(1);
            assertThat(s.claims().all()).singleElement().satisfies(c -> assertThat(c.claim().best(Category.CIVILIANS_KILLED)).isEqualTo(12L));

            // new rules reading the same values: the claim keeps its id and its correction, no flag
            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-2");
            assertThat(s.claims().all().getFirst().claim().best(Category.CIVILIANS_KILLED)).isEqualTo(12L);
            assertThat(s.reviews().needingAnotherLook()).isEmpty();
            // the machine's value is still there, beside the correction
            assertThat(s.reviews().find(machine.id()).orElseThrow().corrected().best(Category.CIVILIANS_KILLED)).isEqualTo(12L);

            List<AuditEntry> audit = s.audit().about("claim:" + machine.id());
            assertThat(audit).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("nadia");
                assertThat(e.details()).contains("\"status\":\"unreviewed\"").contains("\"status\":\"corrected\"")
                        .contains("twelfth victim");
            });
        }
    }

    @Test
    default void aReviewOfValuesTheMachineNowReadsDifferentlyIsFlaggedForAnotherLook() {
        try (Store s = open()) {
            ArchivedDocument a = stored(s);
            SourcedClaim machine = s.claims().all().getFirst();
            s.reviews().save(machine.id(), ClaimReviews.Status.ACCEPTED, null, "nadia", null, 0);
            assertThat(s.reviews().needingAnotherLook()).isEmpty();
            // new rules read another count from the same evidence span: same id, other values
            s.claims().replace(a, List.of(withCivilians(machine.claim(), 9)), "rules-2");
            assertThat(s.claims().all().getFirst().id()).isEqualTo(machine.id());
            assertThat(s.reviews().needingAnotherLook()).singleElement()
                    .satisfies(r -> assertThat(r.claimId()).isEqualTo(machine.id()));
        }
    }

    @Test
    default void aRejectedClaimIsLeftOutOfEveryReadingAndStaysRejectedAfterReExtraction() {
        try (Store s = open()) {
            ArchivedDocument a = stored(s);
            String id = s.claims().all().getFirst().id();
            s.reviews().save(id, ClaimReviews.Status.REJECTED, null, "nadia", "a quotation of last year's toll", 0);
            assertThat(s.claims().all()).isEmpty();
            assertThat(s.claims().ofDocument(a.sha256())).isEmpty();
            assertThat(s.claims().unlinkedCount()).isZero();
            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-2");
            assertThat(s.claims().all()).isEmpty();
            assertThat(s.reviews().find(id).orElseThrow().status()).isEqualTo(ClaimReviews.Status.REJECTED);
        }
    }

    @Test
    default void theSecondOfTwoSavesOnOneVersionIsRefusedWithTheOthersChange() {
        try (Store s = open()) {
            stored(s);
            SourcedClaim machine = s.claims().all().getFirst();
            s.reviews().save(machine.id(), ClaimReviews.Status.CORRECTED, withCivilians(machine.claim(), 12), "nadia", null, 0);
            assertThatThrownBy(() -> s.reviews().save(machine.id(), ClaimReviews.Status.REJECTED, null, "omar", null, 0))
                    .isInstanceOfSatisfying(ClaimReviews.StaleReview.class, e -> {
                        assertThat(e.current().reviewer()).isEqualTo("nadia");
                        assertThat(e.current().corrected().best(Category.CIVILIANS_KILLED)).isEqualTo(12L);
                    });
            assertThat(s.claims().all().getFirst().claim().best(Category.CIVILIANS_KILLED)).isEqualTo(12L);
            assertThat(s.reviews().save(machine.id(), ClaimReviews.Status.ACCEPTED, null, "omar", "back to the machine", 1)).isEqualTo(2);
            assertThat(s.claims().all().getFirst().claim().best(Category.CIVILIANS_KILLED)).isEqualTo(11L);
            assertThatThrownBy(() -> s.reviews().save("no-such-claim", ClaimReviews.Status.ACCEPTED, null, "omar", null, 0))
                    .hasMessageContaining("no claim");
        }
    }

    @Test
    default void linkDecisionsAreKeptInOrderALaterOneReplacesTheEarlierAndEachIsAudited() {
        try (Store s = open()) {
            s.constraints().record(List.of(new LinkConstraints.Constraint("claim-b", "claim-a", LinkConstraints.Kind.CANNOT)),
                    "editor-1", "two strikes");
            assertThat(s.constraints().all()).containsExactly(new LinkConstraints.Constraint("claim-a", "claim-b", LinkConstraints.Kind.CANNOT));
            s.constraints().record(List.of(new LinkConstraints.Constraint("claim-a", "claim-b", LinkConstraints.Kind.MUST)),
                    "editor-2", "one strike after all");
            assertThat(s.constraints().all()).containsExactly(new LinkConstraints.Constraint("claim-a", "claim-b", LinkConstraints.Kind.MUST));
            assertThat(s.audit().about("claims:claim-a|claim-b")).extracting(AuditEntry::actor).containsExactly("editor-1", "editor-2");
            assertThat(s.audit().about("claims:claim-a|claim-b").get(1).details()).contains("\"before\":\"cannot\"")
                    .contains("\"after\":\"must\"").contains("one strike after all");
        }
    }

    @Test
    default void aPublishedIncidentMergedIntoAnotherPublishesItAndASplitOutIncidentStartsUnpublished() {
        try (Store s = open()) {
            ClaimExtractor x = new ClaimExtractor();
            for (ArchivedDocument d : List.of(StoreContract.doc("a", StoreContract.TEXT_A, "2019-05-13", null),
                    StoreContract.doc("b", StoreContract.TEXT_B, "2019-05-13", null))) {
                s.archive().add(d);
                s.claims().replace(d, x.extract(d.document()), "rules-1");
            }
            List<SourcedClaim> claims = s.claims().all();
            s.incidents().replace(java.util.Set.of(), List.of(Linker.incident("inc-one", List.of(claims.get(0)), null),
                    Linker.incident("inc-two", List.of(claims.get(1)), null)), List.of(
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.CREATED, "inc-one", null),
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.CREATED, "inc-two", null)), List.of());
            s.publication().set("inc-one", true, "editor-1", "checked against two sources");
            s.publication().set("inc-two", false, "editor-1", "waiting for a second source");

            s.incidents().replace(java.util.Set.of("inc-one", "inc-two"), List.of(Linker.incident("inc-two", claims, null)), List.of(
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.MERGED, "inc-one", "inc-two")), List.of());
            assertThat(s.publication().decisions()).containsEntry("inc-two", true);
            assertThat(s.audit().about("incident:inc-two")).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo("publish");
                assertThat(e.details()).contains("\"before\":{\"published\":false}").contains("inc-one");
            });

            // an unpublished incident merged into another leaves the survivor's decision alone
            s.publication().set("inc-three", false, "editor-1", null);
            long entries = s.audit().entries().size();
            s.incidents().replace(java.util.Set.of(), List.of(), List.of(
                    new IncidentIdentity.Change(IncidentIdentity.ChangeKind.MERGED, "inc-three", "inc-four")), List.of());
            assertThat(s.publication().decisions()).doesNotContainKey("inc-four");
            assertThat(s.audit().entries().stream().skip(entries).map(AuditEntry::action)).doesNotContain("publish", "unpublish");

            // a split-out incident starts unpublished, unless someone decided on it already
            assertThat(s.publication().startUnpublished("inc-five", "editor-2", "split out of inc-two")).isTrue();
            assertThat(s.publication().decisions()).containsEntry("inc-five", false);
            assertThat(s.audit().about("incident:inc-five")).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("editor-2");
                assertThat(e.action()).isEqualTo("unpublish");
            });
            assertThat(s.publication().startUnpublished("inc-two", "editor-2", "split")).isFalse();
            assertThat(s.publication().decisions()).containsEntry("inc-two", true);
        }
    }

    @Test
    default void aProposedGradeWaitsForOneEditorsDecisionAndEachStepIsAudited() {
        try (Store s = open()) {
            long first = s.gradeProposals().propose("inc-one", org.raqib.model.Grade.DISCOUNTED, "nadia", "the village was empty that week");
            long second = s.gradeProposals().propose("inc-one", org.raqib.model.Grade.WEAK, "omar", "one outlet only");
            assertThat(second).isEqualTo(first + 1);
            assertThat(s.gradeProposals().open()).extracting(GradeProposals.Proposal::proposer).containsExactly("nadia", "omar");
            assertThatThrownBy(() -> s.gradeProposals().propose("inc-one", org.raqib.model.Grade.WEAK, "omar", " "))
                    .isInstanceOf(IllegalArgumentException.class);

            GradeProposals.Proposal accepted = s.gradeProposals().decide(first, true, "erin", null);
            assertThat(accepted.status()).isEqualTo(GradeProposals.Status.ACCEPTED);
            assertThat(accepted.grade()).isEqualTo(org.raqib.model.Grade.DISCOUNTED);
            assertThatThrownBy(() -> s.gradeProposals().decide(first, false, "farid", "too late"))
                    .isInstanceOf(GradeProposals.AlreadyDecided.class).hasMessageContaining("erin");
            s.gradeProposals().decide(second, false, "erin", "a second outlet confirmed it");
            assertThat(s.gradeProposals().open()).isEmpty();
            assertThat(s.gradeProposals().find(second).orElseThrow().status()).isEqualTo(GradeProposals.Status.DECLINED);
            assertThatThrownBy(() -> s.gradeProposals().decide(99, true, "erin", null)).hasMessageContaining("no grade proposal 99");
            // a proposal sets no grade: accepting it is only the decision, the grade is set by the grading path
            assertThat(s.grades().all()).isEmpty();

            assertThat(s.audit().about("incident:inc-one")).extracting(AuditEntry::action)
                    .containsExactly("grade-propose", "grade-propose", "grade-accept", "grade-decline");
            assertThat(s.audit().about("incident:inc-one").getLast().details()).contains("\"by\":\"omar\"")
                    .contains("a second outlet confirmed it").contains("\"status\":\"declined\"");
        }
    }

    @Test
    default void aClaimAnAnalystAddedIsTheirsAcceptedAuditedAndOutlivesReExtraction() {
        try (Store s = open()) {
            ArchivedDocument a = stored(s);
            String text = a.document().text();
            int from = text.indexOf("11 مدنيا"), to = text.indexOf("قتلوا") + "قتلوا".length();
            Claim mine = new Claim("a", org.raqib.model.Kind.INCIDENT, org.raqib.model.Stance.ALLEGES, null, null,
                    org.raqib.model.EventType.AIRSTRIKE, null, null,
                    Map.of(Category.CHILDREN_KILLED, new Count(4L, 4L, 4L, null, null)), org.raqib.model.Span.of(text, from, to));
            String id = s.claims().addByAnalyst(a, mine, "nadia", "the children were left out");
            String again = s.claims().addByAnalyst(a, mine, "omar", null);
            assertThat(id).endsWith("-" + from + "-" + to + "-a1");
            assertThat(again).endsWith("-a2");
            assertThat(s.claims().madeBy(id)).hasValue("nadia");
            assertThat(s.claims().madeBy(s.claims().machineIdsOf(a.sha256()).getFirst())).isEmpty();
            assertThat(s.reviews().find(id)).hasValueSatisfying(r -> {
                assertThat(r.status()).isEqualTo(ClaimReviews.Status.ACCEPTED);
                assertThat(r.reviewer()).isEqualTo("nadia");
                assertThat(r.needsAnotherLook()).isFalse();
            });
            assertThat(s.claims().unlinked()).extracting(SourcedClaim::id).contains(id, again);
            assertThat(s.audit().about("claim:" + id)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("claim-add");
                assertThat(e.details()).contains("the children were left out").contains("children_killed");
            });

            // new rules read the document again: the machine's claims are replaced, the analyst's stay
            s.claims().replace(a, List.of(), "rules-2");
            assertThat(s.claims().ofDocument(a.sha256())).extracting(SourcedClaim::id).containsExactly(id, again);
            s.claims().replace(a, new ClaimExtractor().extract(a.document()), "rules-3");
            assertThat(s.claims().ofDocument(a.sha256())).hasSize(3)
                    .filteredOn(c -> c.id().equals(id)).singleElement()
                    .satisfies(c -> assertThat(c.claim().best(Category.CHILDREN_KILLED)).isEqualTo(4L));

            Claim outside = new Claim("a", mine.kind(), mine.stance(), null, null, mine.eventType(), null, null, mine.counts(),
                    new org.raqib.model.Span(text.length() - 2, text.length() + 5, "xx"));
            assertThatThrownBy(() -> s.claims().addByAnalyst(a, outside, "nadia", null)).isInstanceOf(IllegalArgumentException.class);
            Claim wrongWords = new Claim("a", mine.kind(), mine.stance(), null, null, mine.eventType(), null, null, mine.counts(),
                    new org.raqib.model.Span(0, 3, "not"));
            assertThatThrownBy(() -> s.claims().addByAnalyst(a, wrongWords, "nadia", null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    default void newRulesThatFindWhatAnAnalystAddedLeaveTheirClaimTheOnlyOne() {
        try (Store s = open()) {
            ArchivedDocument a = stored(s);
            List<Claim> found = new ClaimExtractor().extract(a.document());
            assertThat(found).isNotEmpty();
            s.claims().replace(a, List.of(), "rules-old"); // rules that missed every claim
            Claim missed = found.getFirst();
            Claim theirs = new Claim("a", missed.kind(), missed.stance(), null, null, missed.eventType(), null, null,
                    missed.counts(), missed.evidence());
            String id = s.claims().addByAnalyst(a, theirs, "nadia", "the rules missed it");

            Claims.Replaced r = s.claims().replace(a, found, "rules-new");
            assertThat(r.added()).isEqualTo(found.size() - 1);
            assertThat(s.claims().ofDocument(a.sha256())).hasSize(found.size())
                    .filteredOn(c -> c.claim().counts().equals(missed.counts())).extracting(SourcedClaim::id).containsExactly(id);
            assertThat(s.audit().about("claims:" + a.sha256()).getLast().details()).contains("1 already added by analysts");

            // an analyst's claim of other figures in the same words does not stand for the machine's
            Claim other = new Claim("a", missed.kind(), missed.stance(), null, null, missed.eventType(), null, null,
                    Map.of(Category.INJURED, new Count(99L, 99L, 99L, null, null)), missed.evidence());
            assertThat(AnalystsWork.standsFor(other, missed)).isFalse();
            assertThat(AnalystsWork.standsFor(theirs, missed)).isTrue();
        }
    }
}
