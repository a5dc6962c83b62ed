package app.commerceadvisor.security;

import java.util.List;

/** The roles an account can hold, as {@code @RolesAllowed} names them. */
public final class Role {

    public static final String PARTICIPANT = "participant";
    public static final String COACH = "coach";
    public static final String TRAINER = "trainer";

    public static final List<String> ALL = List.of(PARTICIPANT, COACH, TRAINER);

    private Role() {
    }
}
