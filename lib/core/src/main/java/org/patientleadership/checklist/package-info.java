/**
 * The 40-point checklist of the guide "Bring it on – 40 ways to support Patient Leadership": its six
 * sections, its points with summaries and actions in our own words, and the case studies they cite (by title
 * only). {@link org.patientleadership.checklist.Checklist} is the entry point.
 */
@ValueStyle
package org.patientleadership.checklist;

import org.patientleadership.internal.ValueStyle;
