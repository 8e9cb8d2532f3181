package dev.roster.adapters.postgres.mapping;

import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobProgress;
import java.util.Map;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** {@code job} rows to jobs and back; parameters and results travel as JSON. */
@Mapper(uses = DomainValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public abstract class JobMapper {

    private final JsonColumns json = new JsonColumns();

    @Mapping(target = "progress", source = ".")
    // MapStruct takes the record's one-argument transition for a fluent setter; the constructor sets everything.
    @Mapping(target = "start", ignore = true)
    public abstract Job toJob(JobRow row);

    @Mapping(target = "done", source = "progressDone")
    @Mapping(target = "total", source = "progressTotal")
    abstract JobProgress progress(JobRow row);

    @Mapping(target = "progressDone", source = "progress.done")
    @Mapping(target = "progressTotal", source = "progress.total")
    public abstract JobRow toRow(Job job);

    Map<String, String> parameters(String column) {
        return json.texts(column);
    }

    Map<String, Object> result(String column) {
        return json.values(column);
    }

    String parameters(Map<String, String> parameters) {
        return json.texts(parameters);
    }

    String result(Map<String, Object> result) {
        return json.values(result);
    }
}
