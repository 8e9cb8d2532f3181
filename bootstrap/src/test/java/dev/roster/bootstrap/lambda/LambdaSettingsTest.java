package dev.roster.bootstrap.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.bootstrap.config.ConfigurationException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaSettingsTest {

    private static final Map<String, String> WORKER = Map.of(
            "AWS_REGION", "ap-northeast-2",
            "ROSTER_DYNAMODB_TABLE_PREFIX", "roster-dev-",
            "ROSTER_FILES_BUCKET", "roster-dev-files",
            "ROSTER_JOBS_QUEUE_URL", "https://sqs.ap-northeast-2.amazonaws.com/123456789012/roster-dev-jobs",
            "ROSTER_JOBS_MAX_RECEIVES", "5");

    @Test
    void readsEverySettingOfTheWorker() {
        LambdaSettings settings = LambdaSettings.of(WORKER, LambdaVariable.Function.WORKER);

        assertThat(settings.region()).isEqualTo("ap-northeast-2");
        assertThat(settings.tablePrefix()).isEqualTo("roster-dev-");
        assertThat(settings.filesBucket()).isEqualTo("roster-dev-files");
        assertThat(settings.jobsQueueUrl()).isEqualTo(URI.create(WORKER.get("ROSTER_JOBS_QUEUE_URL")));
        assertThat(settings.jobsMaxReceives()).isEqualTo(5);
        assertThat(settings.phoneRegion()).isEqualTo("KR");
    }

    @Test
    void namesTheMissingVariableAndTheFunctionThatNeedsIt() {
        assertThatThrownBy(() -> LambdaSettings.of(WORKER, LambdaVariable.Function.API))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("ROSTER_ALLOWED_CIDRS is required by the API function");
    }

    @Test
    void refusesMalformedNumbersAndQueueUrls() {
        Map<String, String> environment = new HashMap<>(WORKER);
        environment.put("ROSTER_JOBS_MAX_RECEIVES", "-1");
        environment.put("ROSTER_JOBS_QUEUE_URL", "jobs");
        LambdaSettings settings = LambdaSettings.of(environment, LambdaVariable.Function.WORKER);

        assertThatThrownBy(settings::jobsMaxReceives)
                .hasMessageContaining("ROSTER_JOBS_MAX_RECEIVES must be a whole" + " number above 0, not '-1'");
        assertThatThrownBy(settings::jobsQueueUrl)
                .hasMessageContaining("ROSTER_JOBS_QUEUE_URL must be the queue's" + " URL, not 'jobs'");
    }

    @Test
    void thePlatformsFileIsOptionalAndABlankOneMeansTheBuiltInPlatforms() {
        Map<String, String> withFile = new HashMap<>(WORKER);
        withFile.put("ROSTER_PLATFORMS_FILE", " /opt/roster/platforms.yaml ");
        Map<String, String> blank = new HashMap<>(WORKER);
        blank.put("ROSTER_PLATFORMS_FILE", "");

        assertThat(LambdaSettings.of(withFile, LambdaVariable.Function.WORKER).platformsFile())
                .contains(Path.of("/opt/roster/platforms.yaml"));
        assertThat(LambdaSettings.of(blank, LambdaVariable.Function.SCHEDULER).platformsFile())
                .isEmpty();
        assertThat(LambdaSettings.of(WORKER, LambdaVariable.Function.WORKER).platformsFile())
                .isEmpty();
    }

    @Test
    void aFunctionAsksOnlyForItsOwnSettings() {
        LambdaSettings settings = LambdaSettings.of(WORKER, LambdaVariable.Function.WORKER);

        assertThatThrownBy(settings::allowedCidrs).isInstanceOf(IllegalStateException.class);
    }
}
