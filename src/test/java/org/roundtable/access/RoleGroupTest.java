package org.roundtable.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RoleGroupTest {

    /** Each group has one constant for @RolesAllowed, of the group's own name, naming the group's own property. */
    @Test
    void eachAnnotationConstantNamesItsGroup() throws IllegalAccessException {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : RoleGroup.Allowed.class.getFields()) {
            constants.put(field.getName(), (String) field.get(null));
        }
        Map<String, String> groups = new TreeMap<>();
        Arrays.stream(RoleGroup.values()).forEach(group -> groups.put(group.name(), "${" + group.property() + "}"));
        assertEquals(groups, constants);
    }

    @Test
    void theConfigSourcePublishesEachGroupsRoles() {
        RoleGroupConfigSource source = new RoleGroupConfigSource();
        assertEquals("call-handler,referrer,idva,isva,agency-spoc,chair,coordinator",
                source.getValue("roundtable.role-group.case-roles"));
        assertEquals(RoleGroup.values().length, source.getPropertyNames().size());
        assertEquals(true, source.getOrdinal() > 400, "above environment variables and files: a group cannot be widened by configuration");
    }
}
