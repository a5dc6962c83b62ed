package app.commerceadvisor.security;

import app.commerceadvisor.http.ProblemText;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a username and a password must be. */
public final class AccountRules {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 72; // bcrypt reads no more than 72 bytes
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    private AccountRules() {
    }

    /**
     * The password's bcrypt hash at the configured cost ({@code advisor.security.bcrypt-cost}, 2^cost rounds):
     * every HTTP Basic call pays it again, so it is a deployment's trade-off; the tests use a low cost.
     */
    public static String hash(String password) {
        int cost = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("advisor.security.bcrypt-cost", Integer.class).orElse(DEFAULT_COST);
        return io.quarkus.elytron.security.common.BcryptUtil.bcryptHash(password, cost);
    }

    public static final int DEFAULT_COST = 10;

    /** Whether {@code password} is the one {@code hash} (bcrypt, modular crypt form) was made from. */
    public static boolean matches(String password, String hash) {
        try {
            org.wildfly.security.password.PasswordFactory factory = org.wildfly.security.password.PasswordFactory
                    .getInstance(org.wildfly.security.password.interfaces.BCryptPassword.ALGORITHM_BCRYPT,
                            new org.wildfly.security.password.WildFlyElytronPasswordProvider());
            org.wildfly.security.password.Password restored = factory.translate(
                    org.wildfly.security.password.util.ModularCrypt.decode(hash));
            return factory.verify(restored, password.toCharArray());
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** What is wrong with a password, if anything. */
    public static Optional<ProblemText> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of(m -> m.passwordTooShort(MIN_PASSWORD));
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD) {
            return Optional.of(m -> m.passwordTooLong(MAX_PASSWORD));
        }
        return Optional.empty();
    }
}
