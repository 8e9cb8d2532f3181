package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.InfluencerId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consent forms in {@code consent_form}, one row per form. The accounts' {@code consent_signed_on}, which search reads,
 * follows in the same transaction by the table's trigger (V5).
 */
final class PostgresConsentForms implements ConsentForms {

    /** The columns {@link #form} reads. */
    static final String COLUMNS = "f.id, f.influencer_id, f.document_key, f.file_name, f.size_bytes, f.sha256, "
            + "f.signed_on, f.filed_at, f.filed_by, f.note, f.active_content";
    /** {@link ConsentForm#NEWEST_FIRST} in SQL. */
    static final String NEWEST_FIRST = "f.signed_on DESC, f.filed_at DESC, f.id DESC";

    private final Database database;

    PostgresConsentForms(Database database) {
        this.database = database;
    }

    @Override
    public void record(ConsentForm form) {
        String owner = form.influencerId().value();
        database.transaction(
                connection -> {
                    try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO consent_form (id, "
                            + "influencer_id, document_key, file_name, size_bytes, sha256, signed_on, filed_at, filed_by, "
                            + "note, active_content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (influencer_id, id) DO UPDATE SET document_key = excluded.document_key, "
                            + "file_name = excluded.file_name, size_bytes = excluded.size_bytes, sha256 = excluded.sha256, "
                            + "signed_on = excluded.signed_on, filed_at = excluded.filed_at, filed_by = excluded.filed_by, "
                            + "note = excluded.note, active_content = excluded.active_content")) {
                        Columns.setId(upsert, 1, form.id().value());
                        Columns.setId(upsert, 2, owner);
                        upsert.setString(3, form.documentKey());
                        upsert.setString(4, form.fileName());
                        upsert.setLong(5, form.size());
                        upsert.setString(6, form.sha256());
                        upsert.setObject(7, form.signedOn());
                        Columns.setInstant(upsert, 8, form.filedAt());
                        upsert.setString(9, form.filedBy());
                        upsert.setString(10, form.note());
                        upsert.setBoolean(11, form.activeContent());
                        return upsert.executeUpdate();
                    }
                },
                constraint -> constraint.equals(Constraints.CONSENT_OWNER)
                        ? new NotFoundException("influencer", owner)
                        : null);
    }

    @Override
    public List<ConsentForm> of(InfluencerId influencer) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM consent_form f WHERE f.influencer_id = ? ORDER BY " + NEWEST_FIRST)) {
                Columns.setId(select, 1, influencer.value());
                List<ConsentForm> forms = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        forms.add(form(row));
                    }
                }
                return forms;
            }
        });
    }

    @Override
    public boolean withdraw(InfluencerId influencer, ConsentFormId form) {
        return database.transaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM consent_form WHERE influencer_id = ? AND id = ?")) {
                Columns.setId(delete, 1, influencer.value());
                Columns.setId(delete, 2, form.value());
                return delete.executeUpdate() > 0;
            }
        });
    }

    static ConsentForm form(ResultSet row) throws SQLException {
        return new ConsentForm(
                new ConsentFormId(row.getString("id")),
                new InfluencerId(row.getString("influencer_id")),
                row.getString("document_key"),
                row.getString("file_name"),
                row.getLong("size_bytes"),
                row.getString("sha256"),
                row.getObject("signed_on", LocalDate.class),
                Columns.instant(row, "filed_at"),
                row.getString("filed_by"),
                row.getString("note"),
                row.getBoolean("active_content"));
    }
}
