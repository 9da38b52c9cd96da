package org.patientleadership.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project-wide Immutables style.
 *
 * <p>It is applied on the packages that have Immutables types ({@code checklist} and {@code coproduction}, in
 * their {@code package-info.java}). The settings:
 * <ul>
 *   <li>{@code jdkOnly}: generated builders use JDK collections only, never Guava;</li>
 *   <li>{@code allowedClasspathAnnotations = Override.class}: generated code carries no annotations
 *       found on the class path, such as {@code @org.immutables.value.Generated}; in this module such
 *       an annotation on a public builder would break the build ({@code -Xlint:exports} with
 *       {@code -Werror}), because the Immutables annotations are only {@code requires static}.</li>
 * </ul>
 *
 * <p>Class retention lets incremental compilers see the style on an already compiled
 * {@code package-info.class}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {
}
