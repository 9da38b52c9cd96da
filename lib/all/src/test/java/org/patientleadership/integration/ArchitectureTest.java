package org.patientleadership.integration;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/modules.md, enforced: no package cycle anywhere in the library, and every import goes
 * down the layers (shared types → internal → framework models → engines → analysis → formats and reports).
 */
class ArchitectureTest {

    private static final String ROOT = "org.patientleadership";

    /** The library's main classes: core, formats and reports (the test classes and the CLI are not imported). */
    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ArchitectureTest::isMainCode)
            .importPackages(ROOT);

    /** Main classes only: not test-classes directories nor the modules' test jars (their helpers). */
    static boolean isMainCode(com.tngtech.archunit.core.importer.Location location) {
        return ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                && !location.contains("-tests.jar") && !location.contains("/cli/");
    }

    /** One slice per package, the root package included (ArchUnit's "(**)" patterns leave it out). */
    static SliceAssignment packages(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String p = javaClass.getPackageName();
                return p.equals(root) || p.startsWith(root + ".") ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of " + root;
            }
        };
    }

    static ArchRule noCycles(String root) {
        return slices().assignedFrom(packages(root)).should().beFreeOfCycles();
    }

    static LayeredArchitecture layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Shared types").definedBy(ROOT)
                .layer("Internal").definedBy(ROOT + ".internal")
                .layer("Framework models").definedBy(ROOT + ".ladder", ROOT + ".roles", ROOT + ".checklist",
                        ROOT + ".coproduction")
                .layer("Engines").definedBy(ROOT + ".assessment", ROOT + ".placement", ROOT + ".profile",
                        ROOT + ".research", ROOT + ".catalogue")
                .layer("Analysis").definedBy(ROOT + ".analysis")
                .layer("Formats").definedBy(ROOT + ".json", ROOT + ".csv", ROOT + ".fhir",
                        ROOT + ".formats.internal")
                .layer("Reports").definedBy(ROOT + ".report")
                .whereLayer("Shared types").mayNotAccessAnyLayer()
                .whereLayer("Internal").mayOnlyAccessLayers("Shared types")
                .whereLayer("Framework models").mayOnlyAccessLayers("Shared types", "Internal")
                .whereLayer("Engines").mayOnlyAccessLayers("Shared types", "Internal", "Framework models")
                .whereLayer("Analysis").mayOnlyAccessLayers("Shared types", "Internal", "Framework models",
                        "Engines")
                .whereLayer("Formats").mayOnlyAccessLayers("Shared types", "Internal", "Framework models",
                        "Engines", "Analysis")
                .whereLayer("Reports").mayOnlyAccessLayers("Shared types", "Internal", "Framework models",
                        "Engines", "Analysis");
    }

    @Test
    void test_library_hasNoPackageCycle() {
        assertThat(LIBRARY.stream().map(JavaClass::getPackageName).distinct())
                .as("the importer found the library").contains(ROOT, ROOT + ".assessment", ROOT + ".json",
                        ROOT + ".report");
        noCycles(ROOT).check(LIBRARY);
    }

    @Test
    void test_library_importsOnlyDownTheLayers() {
        layers().check(LIBRARY);
    }

    @Test
    void test_cycleRule_catchesAnIntroducedCycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".integration.cyclefixture");
        assertThat(fixture).hasSize(2);
        assertThatThrownBy(() -> noCycles(ROOT + ".integration.cyclefixture").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("cyclefixture.a").hasMessageContaining("cyclefixture.b");
    }

    @Test
    void test_layerRule_catchesAnUpwardImport() {
        // The reports layer importing the formats layer is not allowed: take report and json classes together
        // with a stand-in rule that forbids even that one import, and check it is caught on real code.
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".integration.cyclefixture");
        LayeredArchitecture strict = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Low").definedBy(ROOT + ".integration.cyclefixture.a")
                .layer("High").definedBy(ROOT + ".integration.cyclefixture.b")
                .whereLayer("Low").mayNotAccessAnyLayer();
        assertThatThrownBy(() -> strict.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Alpha");
    }
}
