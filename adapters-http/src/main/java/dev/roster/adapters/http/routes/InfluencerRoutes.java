package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.json.JsonFields;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.account.AccountsCapability;
import dev.roster.application.influencer.UpdateInfluencerCommand;
import dev.roster.application.query.InfluencerView;
import java.util.List;
import java.util.Set;

/** The routes of a person: show with every account, correct name or phone, delete with every account. */
final class InfluencerRoutes {

    private static final String INFLUENCER = "/api/influencers/{id}";
    private static final Set<String> CHANGE_FIELDS = Set.of("version", "name", "phone");

    private final AccountsCapability accounts;
    private final JsonCodec json;
    private final Replies replies;
    private final ViewMapper mapper;

    InfluencerRoutes(AccountsCapability accounts, JsonCodec json, Replies replies, ViewMapper mapper) {
        this.accounts = accounts;
        this.json = json;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(
                Route.get(INFLUENCER, Access.needs(Role.VIEWER), this::show),
                Route.withJson("PATCH", INFLUENCER, Access.needs(Role.EDITOR), this::change),
                Route.delete(INFLUENCER, Access.needs(Role.ADMIN), this::delete));
    }

    private ApiResponse show(ApiCall call) {
        return reply(accounts.influencer(call.path("id")));
    }

    private ApiResponse change(ApiCall call) {
        JsonFields body = json.readObject(call.request().body()).only(CHANGE_FIELDS);
        Long version = Versions.expected(body.wholeNumber("version"), call.request());
        UpdateInfluencerCommand command =
                new UpdateInfluencerCommand(call.path("id"), version, body.text("name"), body.text("phone"));
        body.done();
        return reply(accounts.updateInfluencer(command));
    }

    private ApiResponse delete(ApiCall call) {
        accounts.deleteInfluencer(call.path("id"));
        return ApiResponse.noContent();
    }

    private ApiResponse reply(InfluencerView view) {
        return replies.ok(mapper.toDto(view))
                .withHeader("ETag", Replies.etag(view.influencer().version(), view.consentForms()));
    }
}
