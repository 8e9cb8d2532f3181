package dev.roster.bootstrap.config;

import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** How callers prove who they are: Cognito's tokens (issuer, audience, JWKS) or development tokens (a secret). */
public final class AuthOptions {

    @Option(
            names = "--auth-issuer",
            defaultValue = "${env:ROSTER_AUTH_ISSUER}",
            description = "Issuer tokens must come from, e.g. the Cognito user pool URL (ROSTER_AUTH_ISSUER).")
    public String issuer;

    @Option(
            names = "--auth-audience",
            defaultValue = "${env:ROSTER_AUTH_AUDIENCE}",
            description = "App client id tokens must be for; required with --auth-issuer (ROSTER_AUTH_AUDIENCE).")
    public String audience;

    @Option(
            names = "--auth-accept-id-tokens",
            defaultValue = "${env:ROSTER_AUTH_ACCEPT_ID_TOKENS:-false}",
            description = "Take Cognito ID tokens as well as access tokens (ROSTER_AUTH_ACCEPT_ID_TOKENS). "
                    + "Default: ${DEFAULT-VALUE}.")
    public boolean acceptIdTokens;

    @Option(
            names = "--auth-jwks-url",
            defaultValue = "${env:ROSTER_AUTH_JWKS_URL}",
            description = "Where the issuer publishes its signing keys (ROSTER_AUTH_JWKS_URL).")
    public String jwksUrl;

    @Option(
            names = "--auth-domain",
            defaultValue = "${env:ROSTER_AUTH_DOMAIN}",
            description = "Cognito's managed login domain, e.g. https://roster.auth.ap-northeast-2.amazoncognito.com, "
                    + "with --auth-issuer: config.json then tells the web UI and roster login to sign in there with "
                    + "--auth-audience as the app client (ROSTER_AUTH_DOMAIN).")
    public String domain;

    @Option(
            names = "--auth-secret",
            defaultValue = "${env:ROSTER_AUTH_SECRET}",
            showDefaultValue = Visibility.NEVER,
            description =
                    "Secret (32+ bytes) signing local development tokens, see 'roster token' (ROSTER_AUTH_SECRET).")
    public String secret;
}
