package dev.roster.bootstrap.signin;

import picocli.CommandLine.Option;

/** {@code --credentials-file}: where {@code roster login} keeps sign-ins and {@code roster collect} finds them. */
public final class CredentialsOption {

    @Option(
            names = "--credentials-file",
            defaultValue = "${env:ROSTER_CREDENTIALS_FILE}",
            description = "Where roster login keeps the sign-in, readable by you alone (ROSTER_CREDENTIALS_FILE). "
                    + "Default: $XDG_CONFIG_HOME/roster/credentials.json, else ~/.config/roster/credentials.json "
                    + "(%APPDATA%\\roster\\credentials.json on Windows).")
    String file;

    /** The file, checked (not a directory). */
    public CredentialsFile file() {
        return CredentialsFile.of(file);
    }
}
