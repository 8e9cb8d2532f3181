package dev.roster.adapters.http.routes;

import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.AccountPageDto;
import dev.roster.adapters.http.routes.dto.ViewMapper;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.adapters.http.routes.json.JsonFields;
import dev.roster.adapters.http.routes.security.Role;
import dev.roster.application.account.AccountsCapability;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.account.SearchAccountsCommand;
import dev.roster.application.account.UpdateAccountCommand;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import java.util.List;
import java.util.Set;

/** The routes of one platform's accounts: register, search, show, change, delete. */
final class AccountRoutes {

    private static final String ACCOUNTS = "/api/platforms/{platform}/accounts";
    private static final String ACCOUNT = ACCOUNTS + "/{id}";
    private static final Set<String> REGISTER_FIELDS =
            Set.of("name", "phone", "handle", "profileUrl", "email", "notes");
    private static final Set<String> CHANGE_FIELDS = Set.of("version", "handle", "profileUrl", "email", "notes");

    private final AccountsCapability accounts;
    private final JsonCodec json;
    private final Replies replies;
    private final ViewMapper mapper;

    AccountRoutes(AccountsCapability accounts, JsonCodec json, Replies replies, ViewMapper mapper) {
        this.accounts = accounts;
        this.json = json;
        this.replies = replies;
        this.mapper = mapper;
    }

    List<Route> routes() {
        return List.of(
                Route.withJson("POST", ACCOUNTS, Access.needs(Role.EDITOR), this::register),
                Route.get(ACCOUNTS, Access.needs(Role.VIEWER), this::search),
                Route.get(ACCOUNT, Access.needs(Role.VIEWER), this::show),
                Route.withJson("PATCH", ACCOUNT, Access.needs(Role.EDITOR), this::change),
                Route.delete(ACCOUNT, Access.needs(Role.ADMIN), this::delete));
    }

    private ApiResponse register(ApiCall call) {
        JsonFields body = json.readObject(call.request().body()).only(REGISTER_FIELDS);
        RegisterAccountCommand command = new RegisterAccountCommand(
                call.path("platform"),
                body.text("name"),
                body.text("phone"),
                body.text("handle"),
                body.text("profileUrl"),
                body.text("email"),
                body.text("notes"));
        body.done();
        AccountView view = accounts.register(command);
        return replies.created(location(view), mapper.toDto(view))
                .withHeader("ETag", Replies.etag(view.account().version(), view.consentSignedOn()));
    }

    private ApiResponse search(ApiCall call) {
        QueryParameters query = new QueryParameters(call.request());
        SearchAccountsCommand command = new SearchAccountsCommand(
                call.path("platform"),
                query.text("q"),
                query.wholeNumber("minFollowers"),
                query.yesNo("hasConsent"),
                query.text("sort"),
                query.smallNumber("limit"),
                query.text("cursor"));
        Page<AccountView> page = query.read(() -> accounts.search(command));
        return replies.ok(
                new AccountPageDto(page.items().stream().map(mapper::toDto).toList(), page.nextCursor()));
    }

    private ApiResponse show(ApiCall call) {
        AccountDetail detail = accounts.detail(call.path("platform"), call.path("id"));
        AccountView view = detail.view();
        AccountDto shown = detail.failure()
                .map(failure -> mapper.toDto(view).withLastCollection(mapper.toDto(failure)))
                .orElseGet(() -> mapper.toDto(view));
        return replies.ok(shown).withHeader("ETag", Replies.etag(view.account().version(), view.consentSignedOn()));
    }

    private ApiResponse change(ApiCall call) {
        JsonFields body = json.readObject(call.request().body()).only(CHANGE_FIELDS);
        Long version = Versions.expected(body.wholeNumber("version"), call.request());
        UpdateAccountCommand command = new UpdateAccountCommand(
                call.path("platform"),
                call.path("id"),
                version,
                body.patchText("handle"),
                body.patchText("profileUrl"),
                body.patchText("email"),
                body.patchText("notes"));
        body.done();
        AccountView view = accounts.update(command);
        return replies.ok(mapper.toDto(view))
                .withHeader("ETag", Replies.etag(view.account().version(), view.consentSignedOn()));
    }

    private ApiResponse delete(ApiCall call) {
        accounts.delete(call.path("platform"), call.path("id"));
        return ApiResponse.noContent();
    }

    private static String location(AccountView view) {
        return "/api/platforms/" + view.account().platform() + "/accounts/"
                + view.account().id();
    }
}
