package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.ConsentForms;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.InfluencerId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Consent forms in {@code consent_form}, one row per influencer and document. */
final class PostgresConsentForms implements ConsentForms {

    private final Database database;

    PostgresConsentForms(Database database) {
        this.database = database;
    }

    @Override
    public void record(ConsentForm form) {
        String owner = form.influencerId().value();
        database.transaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO consent_form "
                    + "(influencer_id, document_key, signed_on, recorded_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (influencer_id, document_key) "
                    + "DO UPDATE SET signed_on = excluded.signed_on, recorded_at = excluded.recorded_at")) {
                Columns.setId(upsert, 1, owner);
                upsert.setString(2, form.documentKey());
                upsert.setObject(3, form.signedOn());
                Columns.setInstant(upsert, 4, form.recordedAt());
                return upsert.executeUpdate();
            }
        }, constraint -> constraint.equals(Constraints.CONSENT_OWNER) ? new NotFoundException("influencer", owner)
                : null);
    }

    @Override
    public List<ConsentForm> of(InfluencerId influencer) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT document_key, signed_on, recorded_at "
                    + "FROM consent_form WHERE influencer_id = ? ORDER BY signed_on DESC, document_key")) {
                Columns.setId(select, 1, influencer.value());
                List<ConsentForm> forms = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        forms.add(new ConsentForm(influencer, row.getString("document_key"),
                                row.getObject("signed_on", java.time.LocalDate.class),
                                Columns.instant(row, "recorded_at")));
                    }
                }
                return forms;
            }
        });
    }
}
