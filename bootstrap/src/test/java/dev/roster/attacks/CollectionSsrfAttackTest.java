package dev.roster.attacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.http.client.ImportResponse;
import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.RegisterAccountRequest;
import dev.roster.e2e.Workbooks;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Attacks on metric collection against the real local server: every way an account's page can lead collection to an
 * internal server or the cloud metadata address is refused, recorded as a plain reason with no secret and no address,
 * without anything of the internal server's reaching a response or the log; and the server serves on.
 */
class CollectionSsrfAttackTest {

    private static CollectionAttackStage stage;
    private static int phone = 1000;

    @BeforeAll
    static void setTheStage() throws Exception {
        stage = CollectionAttackStage.start();
    }

    @AfterAll
    static void strike() throws Exception {
        stage.close();
    }

    @AfterEach
    void nothingReachedTheInternalServerAndTheServerServesOn() {
        assertThat(stage.internal.requests())
                .as("requests that reached the internal server")
                .isZero();
        assertThat(stage.client.health().status()).isEqualTo("UP");
        assertThat(stage.log()).doesNotContain(stage.internal.secret());
    }

    @Test
    void aProfileUrlOffThePlatformsHostsIsRefusedWhenTheAccountIsRegistered() {
        assertThatThrownBy(() -> register("a", "direct", stage.internal.url()))
                .isInstanceOfSatisfying(RosterApiException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.problem().errors()).anySatisfy(problem -> {
                        assertThat(problem.field()).isEqualTo("profileUrl");
                        assertThat(problem.message()).contains("must be on");
                    });
                });
        assertThat(handles("a")).as("nothing written").doesNotContain("direct");
    }

    @Test
    void aProfileUrlOffThePlatformsHostsIsRefusedInAnImportToo() {
        ImportResponse imported = stage.client.importWorkbook(
                "a",
                Workbooks.of(
                        List.of("Name", "Phone", "Handle", "Profile URL"),
                        List.of(List.of(
                                "수입 공격",
                                "010-4444-0001",
                                "imported",
                                stage.internal.url().toString()))),
                false);

        assertThat(imported.report().failed()).isEqualTo(1);
        assertThat(imported.report().success()).isZero();
        assertThat(handles("a")).as("nothing written").doesNotContain("imported");
    }

    @Test
    void aRedirectFromAnAllowedPageToTheInternalServerIsRefused() {
        AccountDto refused = collectRefused("a", "redirected", stage.site.redirectTo(stage.internal.url()));

        assertThat(refused.lastCollection().reason()).contains("redirected");
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefused() {
        AccountDto refused = collectRefused("strict", "rebinding", stage.internal.url("localhost"));

        assertThat(refused.lastCollection().reason()).contains("address");
    }

    @Test
    void anIpv4MappedSpellingOfLoopbackIsRefused() {
        collectRefused("strict", "mapped", stage.internal.url("[::ffff:127.0.0.1]"));
        collectRefused("strict", "mappedhex", stage.internal.url("[::ffff:7f00:1]"));
    }

    @Test
    void theCloudMetadataAddressIsNeverFetchedEvenWhereLoopbackIsAllowed() {
        collectRefused("meta", "metadata", URI.create("http://169.254.169.254/latest/meta-data/iam/"));
        collectRefused("meta", "metadatav6", URI.create("http://[fd00:ec2::254]/latest/meta-data/"));
    }

    @Test
    void aRedirectFromAnAllowedPageToTheMetadataAddressIsRefused() {
        collectRefused("a", "tometadata", stage.site.redirectTo(URI.create("http://169.254.169.254/latest/")));
    }

    @Test
    void aBrowserPageThatAsksForTheInternalServerGetsNothingFromIt() {
        String id = register("b", "nosy", stage.site.nosyProfile(stage.internal.url()))
                .id();

        AccountDto account = stage.await("b", id, read -> read.metrics() != null || read.lastCollection() != null);

        assertThat(account.metrics()).as("the page's own figures are read").containsEntry("followers", 1234);
        assertThat(account.toString()).doesNotContain(stage.internal.secret());
    }

    /** Registers an account whose page is {@code url}, waits for its collection and checks it was refused plainly. */
    private static AccountDto collectRefused(String platform, String handle, URI url) {
        String id = register(platform, handle, url).id();

        AccountDto account = stage.await(platform, id, read -> read.lastCollection() != null || read.metrics() != null);

        assertThat(account.metrics()).as("no figures recorded").isNull();
        assertThat(stage.client.history(platform, id, 10))
                .as("no history written")
                .isEmpty();
        assertThat(account.lastCollection().status()).isEqualTo("refused");
        assertThat(account.lastCollection().reason())
                .doesNotContain(stage.internal.secret())
                .doesNotContain(String.valueOf(stage.internal.port()))
                .doesNotContain("127.0.0.1")
                .doesNotContain("169.254")
                .doesNotContain("::ffff")
                .doesNotContain("fd00");
        assertThat(account.toString()).doesNotContain(stage.internal.secret());
        return account;
    }

    private static AccountDto register(String platform, String handle, URI profileUrl) {
        return stage.client.register(
                platform,
                new RegisterAccountRequest(
                        "공격 " + handle, "010-3333-" + (phone++), handle, profileUrl.toString(), null, null));
    }

    private static List<String> handles(String platform) {
        return stage.client.search(platform, Map.of("limit", "100")).items().stream()
                .map(AccountDto::handle)
                .toList();
    }
}
