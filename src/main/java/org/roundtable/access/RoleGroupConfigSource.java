package org.roundtable.access;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes each {@link RoleGroup}'s roles as configuration, so that {@code @RolesAllowed} can name a group. Its
 * ordinal is above every other source: the groups are code, and no environment variable or file can widen one.
 */
public class RoleGroupConfigSource implements ConfigSource {

    private static final Map<String, String> GROUPS = Arrays.stream(RoleGroup.values())
            .collect(Collectors.toUnmodifiableMap(RoleGroup::property, RoleGroup::value));

    @Override
    public Set<String> getPropertyNames() {
        return GROUPS.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return GROUPS.get(propertyName);
    }

    @Override
    public String getName() {
        return "roundtable-role-groups";
    }

    @Override
    public int getOrdinal() {
        return 10_000;
    }
}
