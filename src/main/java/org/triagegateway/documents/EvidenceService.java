package org.triagegateway.documents;

import org.triagegateway.web.Secrets;
import jakarta.inject.Singleton;
import org.triagegateway.household.HouseholdReference;
import org.triagegateway.household.HouseholdService;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Evidence documents of a household: checked by content, kept in PostgreSQL (pictures as re-encoded,
 * PDFs as they came), tagged with what they evidence.
 */
@Singleton
public class EvidenceService {

    private static final int LONGEST_NAME = 120;

    private final EvidenceDocuments documents;
    private final EvidenceCheck check;
    private final HouseholdService households;
    private final Clock clock;

    EvidenceService(EvidenceDocuments documents, EvidenceCheck check, HouseholdService households, Clock clock) {
        this.documents = documents;
        this.check = check;
        this.households = households;
        this.clock = clock;
    }

    /** @throws RefusedDocumentException with the reason, when the file is not one we keep */
    public EvidenceSummary upload(HouseholdReference household, String fileName, byte[] content, EvidenceKind evidences,
                                  String uploadedBy) {
        households.get(household);
        // what is stored, and its size and hash, are of what was kept: a picture as re-encoded
        EvidenceCheck.Accepted kept = check.accept(content);
        EvidenceDocument saved = documents.save(new EvidenceDocument(UUID.randomUUID(), household.value(), evidences,
                displayName(fileName), kept.mediaType(), kept.content().length, Secrets.sha256(kept.content()), kept.content(),
                uploadedBy, clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new EvidenceSummary(saved.id(), saved.evidences(), saved.fileName(), saved.mediaType(), saved.sizeBytes(),
                saved.uploadedBy(), saved.uploadedAt());
    }

    public List<EvidenceSummary> of(HouseholdReference household) {
        return documents.listOf(household.value());
    }

    public Optional<EvidenceDocument> get(HouseholdReference household, UUID id) {
        return documents.findByIdAndHouseholdReference(id, household.value());
    }

    /** The file's own name, for people to recognise it: no path, no control characters, not too long. */
    static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    }
}
