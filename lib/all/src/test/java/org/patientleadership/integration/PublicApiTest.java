package org.patientleadership.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Guards the public API: for each library module, the signatures of every public and protected type, constructor,
 * method and field in its exported packages, sorted, must equal the committed listing in
 * {@code lib/<module>/api.txt}. A change to the API is then a visible diff in review. After a deliberate change,
 * regenerate the listings with {@code ./mvnw -B verify -pl lib/all -am -Dapi.update=true} and commit them with the
 * CHANGELOG line.
 */
class PublicApiTest {

    /** The module directories under lib/ and their JPMS module names. */
    static final Map<String, String> MODULES = Map.of(
            "core", "org.patientleadership",
            "formats", "org.patientleadership.formats",
            "reports", "org.patientleadership.reports");

    @ParameterizedTest
    @ValueSource(strings = {"core", "formats", "reports"})
    void test_publicApi_isTheCommittedListing(String module) throws IOException {
        List<String> listing = listing(descriptor(MODULES.get(module)));
        Path committed = Path.of("..", module, "api.txt");
        String text = String.join("\n", listing) + "\n";
        if (Boolean.getBoolean("api.update")) {
            Files.writeString(committed, text, StandardCharsets.UTF_8);
        }
        assertThat(listing).as("the listing of %s", module).isNotEmpty();
        assertThat(text).as("the public API of lib/%s differs from lib/%s/api.txt; if the change is meant, "
                + "regenerate it with -Dapi.update=true and commit it", module, module)
                .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }

    /** The descriptor of a library module, read from the module-info.class on the class path. */
    static ModuleDescriptor descriptor(String name) throws IOException {
        Enumeration<URL> urls = PublicApiTest.class.getClassLoader().getResources("module-info.class");
        for (URL url : Collections.list(urls)) {
            try (InputStream in = url.openStream()) {
                ModuleDescriptor d = ModuleDescriptor.read(in);
                if (d.name().equals(name)) {
                    return d;
                }
            }
        }
        throw new AssertionError("module " + name + " is not on the class path");
    }

    /** The sorted API lines of a module's unqualified exports. */
    static List<String> listing(ModuleDescriptor module) {
        List<String> lines = new ArrayList<>();
        module.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .sorted().forEach(pkg -> {
                    lines.add("package " + pkg);
                    new ClassFileImporter().withImportOption(ArchitectureTest::isMainCode).importPackages(pkg)
                            .stream().filter(c -> c.getPackageName().equals(pkg))
                            .map(JavaClass::reflect).filter(PublicApiTest::isApi)
                            .forEach(type -> lines.addAll(members(type)));
                });
        Collections.sort(lines);
        return lines;
    }

    static boolean isApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) && !Modifier.isProtected(c.getModifiers())) {
                return false;
            }
        }
        return !type.isSynthetic() && !type.isAnonymousClass() && !type.isLocalClass();
    }

    static List<String> members(Class<?> type) {
        String name = type.getName();
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder(name).append(": ").append(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class
                && !type.isEnum() && !type.isRecord()) {
            head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        Stream.of(type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName).sorted()
                .forEach(i -> head.append(" implements ").append(i));
        lines.add(head.toString());
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (isVisible(c.getModifiers()) && !c.isSynthetic()) {
                lines.add(name + ": " + c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (isVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                lines.add(name + ": " + m.toGenericString());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
                lines.add(name + ": " + f.toGenericString());
            }
        }
        return lines;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
