package dev.roster.adapters.lambda.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class AwsClientSettingsTest {

    private static final URI LOCAL = URI.create("http://127.0.0.1:9324");

    @Test
    void awsSettingsHaveNoEndpointOverrideAndBoundedTimeouts() {
        AwsClientSettings settings = AwsClientSettings.aws(Region.EU_CENTRAL_1);

        assertThat(settings.endpoint()).isEmpty();
        assertThat(settings.region()).isEqualTo(Region.EU_CENTRAL_1);
        assertThat(settings.connectTimeout()).isEqualTo(AwsClientSettings.DEFAULT_CONNECT_TIMEOUT);
        assertThat(settings.readTimeout()).isGreaterThan(Duration.ofSeconds(20));
    }

    @Test
    void anEndpointCarriesTheGivenKeys() {
        AwsClientSettings settings = AwsClientSettings.endpoint(LOCAL, Region.US_EAST_1, "id", "secret");

        assertThat(settings.endpoint()).contains(LOCAL);
        assertThat(settings.credentials().resolveCredentials().accessKeyId()).isEqualTo("id");
        assertThat(settings.credentials().resolveCredentials().secretAccessKey())
                .isEqualTo("secret");
    }

    @Test
    void refusesEndpointsThatAreNotHttpAndTimeoutsThatAreNotPositive() {
        assertThatThrownBy(() -> AwsClientSettings.endpoint(URI.create("ftp://host/"), Region.US_EAST_1, "a", "b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ftp://host/");
        AwsClientSettings settings = AwsClientSettings.endpoint(LOCAL, Region.US_EAST_1, "a", "b");
        assertThatThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> settings.withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
