package dev.roster.application.spreadsheet;

import dev.roster.application.account.RegisterAccount;
import dev.roster.application.account.Registration;
import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import dev.roster.application.port.SheetRow;
import dev.roster.domain.platform.Platform;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks the data rows of one import, in the file's order: each becomes the API's registration command and passes its
 * rules, and its handle must not appear in an earlier row of the same file (the store would refuse the second one
 * anyway, but the error file should name the row it clashes with).
 */
final class RowCheck {

    private final RegisterAccount register;
    private final Platform platform;
    private final ImportHeader header;
    private final Map<String, Integer> handleRows = new HashMap<>();

    RowCheck(RegisterAccount register, Platform platform, ImportHeader header) {
        this.register = register;
        this.platform = platform;
        this.header = header;
    }

    /** The row's registration, or empty with the reason the row fails added to {@code failures}. */
    Optional<Registration> check(SheetRow row, List<FailedRow> failures) {
        Registration registration;
        try {
            registration = register.validate(header.command(platform.code().value(), row));
        } catch (InvalidInputException invalid) {
            failures.add(failure(
                    row,
                    invalid.errors().stream().map(this::describe).collect(Collectors.joining("; ")),
                    invalid.errors().stream()
                            .map(error -> header.index(column(error.field())))
                            .toList()));
            return Optional.empty();
        }
        Integer earlier = handleRows.putIfAbsent(registration.details().handle().key(), row.number());
        if (earlier != null) {
            failures.add(failure(
                    row,
                    header.labelOf("handle") + " " + registration.details().handle() + " already appears in row "
                            + earlier + " of this file",
                    List.of(header.index(ImportColumn.HANDLE))));
            return Optional.empty();
        }
        return Optional.of(registration);
    }

    /** A failed row, with the uploaded columns (0-based) that caused it; columns not in the file are left out. */
    static FailedRow failure(SheetRow row, String reason, List<Integer> columns) {
        Set<Integer> culprits = new LinkedHashSet<>();
        columns.stream().filter(index -> index != null && index >= 0).forEach(culprits::add);
        return new FailedRow(row, reason, culprits);
    }

    private String describe(FieldError error) {
        return header.labelOf(error.field()) + " " + error.message();
    }

    private static ImportColumn column(String field) {
        return ImportColumn.forField(field).orElse(null);
    }
}
