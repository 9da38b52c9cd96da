/**
 * The bottom layer of the library: the types every framework shares,
 * {@link org.patientleadership.CatalogueElement}, {@link org.patientleadership.OrderedElement},
 * {@link org.patientleadership.Source} and {@link org.patientleadership.SourceDocument}.
 *
 * and the exceptions and problems that every reader and look-up reports. The catalogue as a whole is in
 * {@code org.patientleadership.catalogue}; this package imports nothing else of the library.
 *
 * <p>Framework families live in sub-packages: {@code ladder}, {@code roles}, {@code checklist},
 * {@code coproduction} and {@code research}. All types are immutable and thread-safe.
 */
package org.patientleadership;
