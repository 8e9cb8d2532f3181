package dev.roster.adapters.http.routes.dto;

import dev.roster.application.collection.DueAccount;
import dev.roster.application.job.JobView;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.spreadsheet.ImportReport;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricReading;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.job.JobId;
import dev.roster.domain.job.JobProgress;
import dev.roster.domain.job.JobType;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Turns the application's views into the API's documents. MapStruct writes the implementation at compile time. */
@Mapper
public interface ViewMapper {

    @Mapping(target = "id", source = "account.id")
    @Mapping(target = "platform", source = "account.platform")
    @Mapping(target = "handle", source = "account.details.handle")
    @Mapping(target = "profileUrl", source = "account.details.profileUrl")
    @Mapping(target = "email", source = "account.details.email")
    @Mapping(target = "notes", source = "account.details.notes")
    @Mapping(target = "version", source = "account.version")
    @Mapping(target = "metrics", source = "account.latestMetrics")
    @Mapping(target = "createdAt", source = "account.createdAt")
    @Mapping(target = "updatedAt", source = "account.updatedAt")
    @Mapping(target = "lastCollection", ignore = true)
    @Mapping(target = "hasConsent", expression = "java(view.hasConsent())")
    AccountDto toDto(AccountView view);

    @Mapping(target = "status", expression = "java(failure.status().label())")
    LastCollectionDto toDto(CollectionFailure failure);

    @Mapping(target = "id", source = "id")
    DueAccountDto toDto(DueAccount due);

    @Mapping(target = "collectedAt", source = "reading.collectedAt")
    @Mapping(target = "metrics", source = "reading.values")
    SnapshotDto toDto(MetricSnapshot snapshot);

    /** Figures by metric name, for the history. */
    default Map<String, Long> figures(java.util.SortedMap<MetricName, Long> values) {
        Map<String, Long> figures = new LinkedHashMap<>();
        values.forEach((name, value) -> figures.put(name.value(), value));
        return figures;
    }

    default String text(java.net.URI uri) {
        return uri.toString();
    }

    @Mapping(target = "name", source = "identity.name")
    @Mapping(target = "phone", source = "identity.phone")
    PersonDto toDto(Influencer influencer);

    @Mapping(target = "handle", source = "details.handle")
    @Mapping(target = "profileUrl", source = "details.profileUrl")
    @Mapping(target = "email", source = "details.email")
    @Mapping(target = "notes", source = "details.notes")
    @Mapping(target = "metrics", source = "latestMetrics")
    OwnedAccountDto toDto(PlatformAccount account);

    @Mapping(target = "id", source = "influencer.id")
    @Mapping(target = "name", source = "influencer.identity.name")
    @Mapping(target = "phone", source = "influencer.identity.phone")
    @Mapping(target = "version", source = "influencer.version")
    @Mapping(target = "createdAt", source = "influencer.createdAt")
    @Mapping(target = "updatedAt", source = "influencer.updatedAt")
    @Mapping(target = "hasConsent", expression = "java(view.hasConsent())")
    @Mapping(target = "consentSignedOn", expression = "java(view.consentSignedOn())")
    InfluencerDto toDto(InfluencerView view);

    ConsentFormDto toDto(ConsentForm form);

    List<ConsentFormDto> toConsentDtos(List<ConsentForm> forms);

    default String text(dev.roster.domain.influencer.ConsentFormId id) {
        return id.value();
    }

    List<PlatformDto> toDtos(List<Platform> platforms);

    PlatformDto toDto(Platform platform);

    @Mapping(target = "id", source = "job.id")
    @Mapping(target = "type", source = "job.type")
    @Mapping(target = "status", source = "job.status")
    @Mapping(target = "progress", source = "job.progress")
    @Mapping(target = "failureReason", source = "job.failureReason")
    @Mapping(target = "createdAt", source = "job.createdAt")
    @Mapping(target = "updatedAt", source = "job.updatedAt")
    @Mapping(
            target = "result",
            expression =
                    "java(view.job().status() == dev.roster.domain.job.JobStatus.SUCCEEDED ? view.result() : null)")
    JobDto toDto(JobView view);

    @Mapping(target = "percent", expression = "java(progress.percent())")
    JobDto.ProgressDto toDto(JobProgress progress);

    @Mapping(
            target = "errorFileUrl",
            expression = "java(report.errorFileUrl() == null ? null : report.errorFileUrl().toString())")
    ImportReportDto toDto(ImportReport report);

    default String text(JobId id) {
        return id.value();
    }

    default String text(JobType type) {
        return type.value();
    }

    /** The latest figures by metric name, plus when they were collected. */
    default Map<String, Object> metrics(MetricReading reading) {
        if (reading == null) {
            return null;
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        reading.values().forEach((name, value) -> metrics.put(name.value(), value));
        metrics.put("collectedAt", reading.collectedAt());
        return metrics;
    }

    default String text(AccountId id) {
        return id.value();
    }

    default String text(InfluencerId id) {
        return id.value();
    }

    default String text(PlatformCode code) {
        return code.value();
    }

    default String text(Handle handle) {
        return handle.value();
    }

    default String text(PersonName name) {
        return name.value();
    }

    default String text(PhoneNumber phone) {
        return phone.e164();
    }

    default String text(MetricName metric) {
        return metric.value();
    }
}
