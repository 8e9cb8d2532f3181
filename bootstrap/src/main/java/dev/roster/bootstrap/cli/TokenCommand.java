package dev.roster.bootstrap.cli;

import dev.roster.adapters.http.routes.security.DevelopmentTokens;
import dev.roster.adapters.http.routes.security.JwtSettings;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.bootstrap.config.AuthOptions;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.serve.EdgeSecurityFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roster token}: prints a development token signed with the local secret. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Print a signed development token for a locally configured secret (ROSTER_AUTH_SECRET).")
public final class TokenCommand implements Callable<Integer> {

    @Option(names = "--role", required = true, description = "viewer, editor or admin.")
    String role;

    @Option(
            names = "--subject",
            defaultValue = "developer",
            description = "Who the token names. Default: ${DEFAULT-VALUE}.")
    String subject;

    @Option(
            names = "--valid-for",
            defaultValue = "PT12H",
            description = "How long the token is good for, as an ISO-8601 duration. Default: ${DEFAULT-VALUE}.")
    Duration validFor;

    @Mixin
    AuthOptions auth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Role granted = Role.ofGroup(role)
                .orElseThrow(
                        () -> new ConfigurationException("--role must be viewer, editor or admin, not '" + role + "'"));
        if (subject == null || subject.isBlank()) {
            throw new ConfigurationException("--subject is empty: say who the token names");
        }
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(Duration.ofDays(366)) > 0) {
            throw new ConfigurationException("--valid-for must be a positive ISO-8601 duration of at most a year, "
                    + "such as PT12H, not " + validFor);
        }
        // Checked though unused here: the option comes with the others, and a bad one is told wherever it is given.
        EdgeSecurityFactory.cognitoSignIn(auth);
        JwtSettings settings = EdgeSecurityFactory.jwtSettings(auth)
                .filter(configured -> configured.secret() != null)
                .orElseThrow(() -> new ConfigurationException(
                        "--auth-secret", "is needed to sign development tokens (at least 32 bytes)"));
        spec.commandLine()
                .getOut()
                .println(new DevelopmentTokens(settings, Clock.systemUTC()).issue(subject, granted, validFor));
        return 0;
    }
}
