/**
 * The catalogue as a whole: {@link org.patientleadership.Catalogue} (look-up of any element by id),
 * {@link org.patientleadership.CatalogueJson} (JSON export), and the types every framework shares:
 * {@link org.patientleadership.CatalogueElement}, {@link org.patientleadership.OrderedElement},
 * {@link org.patientleadership.Source} and {@link org.patientleadership.SourceDocument}.
 *
 * <p>Framework families live in sub-packages: {@code ladder}, {@code roles}, {@code checklist},
 * {@code coproduction} and {@code research}. All types are immutable and thread-safe.
 */
@ValueStyle
package org.patientleadership;

import org.patientleadership.internal.ValueStyle;
