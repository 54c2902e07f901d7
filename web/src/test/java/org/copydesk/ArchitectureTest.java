package org.copydesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The directions between Copydesk's parts (docs/design.md, "The parts"), checked on the compiled classes of the
 * domain, persistence and web modules together:
 * <ul>
 * <li>the model ({@code org.copydesk.domain}) depends on no other part, on no container service (CDI,
 * transactions) and on none of the engines' libraries (LanguageTool, POI, jsoup);</li>
 * <li>the language engines ({@code org.copydesk.engine}) on the model only, never on a service;</li>
 * <li>the application services ({@code org.copydesk.application}) on the model and the engines, never on
 * persistence or web;</li>
 * <li>persistence never on web; nothing outside web on web; web reads no SQLState and no Hibernate class (the
 * databases' ways of failing are read in persistence);</li>
 * <li>no package of any module takes part in an import cycle.</li>
 * </ul>
 */
class ArchitectureTest {

    private static final String MODEL = "org.copydesk.domain..";
    private static final String ENGINES = "org.copydesk.engine..";
    private static final String SERVICES = "org.copydesk.application..";
    private static final String PERSISTENCE = "org.copydesk.persistence..";
    private static final String WEB = "org.copydesk.web..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.copydesk");
    }

    @Test
    void theModelDependsOnNoOtherPart() {
        noClasses()
                .that()
                .resideInAPackage(MODEL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ENGINES, SERVICES, PERSISTENCE, WEB)
                .because("the model is plain Java that everything else builds on")
                .check(classes);
    }

    @Test
    void theModelUsesNoContainerServiceAndNoEngineLibrary() {
        noClasses()
                .that()
                .resideInAPackage(MODEL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.enterprise..",
                        "jakarta.inject..",
                        "jakarta.transaction..",
                        "jakarta.ejb..",
                        "org.languagetool..",
                        "org.apache.poi..",
                        "org.jsoup..")
                .because("entities and rules are unit-tested without a container and without the language engines")
                .check(classes);
    }

    @Test
    void theEnginesDependOnTheModelOnly() {
        noClasses()
                .that()
                .resideInAPackage(ENGINES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(SERVICES, PERSISTENCE, WEB)
                .check(classes);
    }

    @Test
    void theServicesKnowNeitherTheDatabaseNorTheWeb() {
        noClasses()
                .that()
                .resideInAPackage(SERVICES)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, WEB)
                .check(classes);
    }

    @Test
    void persistenceKnowsNothingOfTheWeb() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(WEB)
                .check(classes);
    }

    @Test
    void nothingButTheWebLayerDependsOnIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(WEB)
                .check(classes);
    }

    @Test
    void theWebLayerReadsNoDatabaseFailure() {
        noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.hibernate..", "org.h2..", "org.postgresql..")
                .because("lock and race failures are read in persistence (LostRaces)")
                .check(classes);
    }

    @Test
    void noPackageIsPartOfACycle() {
        slices().matching("org.copydesk.(**)").should().beFreeOfCycles().check(classes);
    }
}
