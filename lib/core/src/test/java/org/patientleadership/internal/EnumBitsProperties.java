package org.patientleadership.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.patientleadership.placement.PowerSharing;

/**
 * The sets {@link EnumSets#copy} makes behave as any set of the same members (membership, size, order, equality,
 * hash), and their mask has exactly the members' ordinals, as a plain loop computes it.
 */
class EnumBitsProperties {

    @Property
    void copies_behaveAsEnumSets_andTheirMaskListsTheOrdinals(@ForAll List<PowerSharing> values) {
        Set<PowerSharing> copy = EnumSets.copy(PowerSharing.class, values, "values");
        EnumSet<PowerSharing> plain = values.isEmpty() ? EnumSet.noneOf(PowerSharing.class) : EnumSet.copyOf(values);

        assertThat(copy).isEqualTo(plain);
        assertThat(plain).isEqualTo(copy);
        assertThat(copy.hashCode()).isEqualTo(plain.hashCode());
        assertThat(copy.size()).isEqualTo(plain.size());
        assertThat(List.copyOf(copy)).isEqualTo(List.copyOf(plain));
        assertThat(copy.toString()).isEqualTo(plain.toString());
        long mask = 0;
        for (PowerSharing p : PowerSharing.values()) {
            assertThat(copy.contains(p)).isEqualTo(plain.contains(p));
            mask |= plain.contains(p) ? 1L << p.ordinal() : 0;
        }
        assertThat(EnumSets.bits(copy)).isEqualTo(mask);
        assertThat(EnumSets.bits(plain)).isEqualTo(mask);
        assertThat(copy.contains("not an enum")).isFalse();
    }
}
