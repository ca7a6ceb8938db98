package org.triagegateway;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Data flows one way: channels (the kiosk) -> household -> rules -> assessment and better-off;
 * nothing depends on a channel; the web plumbing knows no feature.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.triagegateway");

    @Test
    void theHouseholdRecordDependsOnNoLaterStage() {
        noClasses().that().resideInAPackage("..household..")
                .should().dependOnClassesThat().resideInAnyPackage("..rules..", "..assessment..", "..betteroff..")
                .check(CLASSES);
    }

    @Test
    void theRulesDoNotKnowHowResultsAreStored() {
        noClasses().that().resideInAPackage("..rules..")
                .should().dependOnClassesThat().resideInAnyPackage("..assessment..", "..database..", "..betteroff..")
                .check(CLASSES);
    }

    @Test
    void theWebPlumbingKnowsNoFeature() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..household..", "..rules..", "..assessment..", "..betteroff..",
                        "..kiosk..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnAChannel() {
        noClasses().that().resideOutsideOfPackage("..kiosk..")
                .should().dependOnClassesThat().resideInAPackage("..kiosk..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("..staff..")
                .should().dependOnClassesThat().resideInAPackage("..staff..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("..exchange..")
                .should().dependOnClassesThat().resideInAPackage("..exchange..")
                .check(CLASSES);
    }
}
