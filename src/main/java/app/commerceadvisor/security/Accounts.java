package app.commerceadvisor.security;

import app.commerceadvisor.http.ConflictProblem;
import app.commerceadvisor.http.FieldProblem;
import app.commerceadvisor.http.InvalidInputException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Creates and lists accounts; the password is hashed with bcrypt before it is stored. */
@ApplicationScoped
public class Accounts {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Accounts.class);

    /**
     * @throws InvalidInputException naming each field at fault; nothing is stored
     * @throws ConflictProblem       when the user name is taken
     */
    public AccountView create(AccountRequest request, String createdBy) {
        List<FieldProblem> errors = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().strip();
        if (!AccountRules.USERNAME.matcher(username).matches() || username.equals("me")) { // /api/accounts/me is the caller
            errors.add(new FieldProblem("username", m -> m.usernameRule()));
        }
        AccountRules.passwordProblem(request.password()).ifPresent(text -> errors.add(new FieldProblem("password", text)));
        List<String> roles = request.roles() == null ? List.of() : request.roles();
        if (roles.isEmpty() || !Role.ALL.containsAll(roles)) {
            errors.add(new FieldProblem("roles", m -> m.rolesRule(String.join(", ", Role.ALL))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String hash = AccountRules.hash(request.password());
        return QuarkusTransaction.requiringNew().call(() -> {
            if (Account.byUsername(username).isPresent()) {
                throw new ConflictProblem(m -> m.usernameTaken(username));
            }
            Account account = new Account();
            account.id = UUID.randomUUID();
            account.username = username;
            account.password = hash;
            account.roles = String.join(",", new LinkedHashSet<>(roles));
            account.createdAt = Instant.now();
            account.persist();
            LOG.infof("Account '%s' (%s) created by '%s'", account.username, account.roles, createdBy);
            return AccountView.of(account);
        });
    }

    /**
     * Sets a new password; {@code current} must be the account's present password unless null (a trainer
     * resetting another account's).
     *
     * @throws NotFoundProblem       when there is no such account
     * @throws InvalidInputException naming the password at fault, or {@code current} when it does not match
     */
    public void changePassword(String username, String current, String password, String changedBy) {
        List<FieldProblem> errors = new ArrayList<>();
        AccountRules.passwordProblem(password).ifPresent(text -> errors.add(new FieldProblem("password", text)));
        Account account = QuarkusTransaction.requiringNew().call(() -> Account.byUsername(username))
                .orElseThrow(() -> new app.commerceadvisor.http.NotFoundProblem(m -> m.noAccount(username)));
        if (current != null && !AccountRules.matches(current, account.password)) {
            errors.add(new FieldProblem("current", m -> m.currentPasswordWrong()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String hash = AccountRules.hash(password);
        QuarkusTransaction.requiringNew().run(() -> Account.update("password = ?1 where id = ?2", hash, account.id));
        LOG.infof("Password of account '%s' changed by '%s'", username, changedBy);
    }

    public List<AccountView> all() {
        return QuarkusTransaction.requiringNew().call(() -> Account.<Account>listAll(
                io.quarkus.panache.common.Sort.by("username")).stream().map(AccountView::of).toList());
    }
}
