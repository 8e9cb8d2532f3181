package dev.roster.application.testkit;

import dev.roster.application.port.RosterStorage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of registrations, edits, deletions and searches against a real {@link dev.roster.application.Roster}
 * over the store under test, checking after every step that every account belongs to exactly one influencer, that
 * search lists exactly the accounts that exist, and that name + phone stay unique. A store's test extends this and
 * implements {@link #emptyStorage()}.
 */
public abstract class RosterActionChain {

    /** The store under test, holding nothing; called once per generated sequence. */
    protected abstract RosterStorage emptyStorage();

    @Property(tries = 60)
    void theRosterKeepsItsInvariantsWhateverStaffDo(@ForAll("staffActions") ActionChain<RosterModel> chain) {
        chain.withInvariant("roster invariants", RosterModel::checkInvariants).run();
    }

    @Provide
    Arbitrary<ActionChain<RosterModel>> staffActions() {
        return ActionChain.<RosterModel>startWith(() -> new RosterModel(emptyStorage()))
                .withAction(3, register())
                .withAction(1, whenAccounts(changeHandle()))
                .withAction(1, whenAccounts(renamePerson()))
                .withAction(1, whenAccounts(deleteAccount()))
                .withAction(1, whenAccounts(deleteInfluencer()))
                .withAction(2, search())
                .withMaxTransformations(20);
    }

    private static Action.Independent<RosterModel> register() {
        return () -> Combinators.combine(platforms(), people(), handles())
                .as((platform, person, handle) -> Transformer.mutate(
                        "register " + handle + " on " + platform + " for " + person.name() + " " + person.phone(),
                        model -> model.register(platform, person, handle)));
    }

    private static Action.Independent<RosterModel> changeHandle() {
        return () -> Combinators.combine(picks(), handles())
                .as((pick, handle) -> Transformer.mutate(
                        "change handle of account #" + pick + " to " + handle,
                        model -> model.changeHandle(pick, handle)));
    }

    private static Action.Independent<RosterModel> renamePerson() {
        return () -> Combinators.combine(picks(), people())
                .as((pick, person) -> Transformer.mutate(
                        "rename person #" + pick + " to " + person.name() + " " + person.phone(),
                        model -> model.renamePerson(pick, person)));
    }

    private static Action.Independent<RosterModel> deleteAccount() {
        return () ->
                picks().map(pick -> Transformer.mutate("delete account #" + pick, model -> model.deleteAccount(pick)));
    }

    private static Action.Independent<RosterModel> deleteInfluencer() {
        return () -> picks().map(
                        pick -> Transformer.mutate("delete person #" + pick, model -> model.deleteInfluencer(pick)));
    }

    private static Action.Independent<RosterModel> search() {
        return () -> Combinators.combine(platforms(), Arbitraries.of(RosterModel.TEXTS))
                .as((platform, text) -> Transformer.mutate(
                        "search " + platform + " for '" + text + "'", model -> model.search(platform, text)));
    }

    /** An action that needs at least one account to pick from. */
    private static Action.Independent<RosterModel> whenAccounts(Action.Independent<RosterModel> action) {
        return new Action.Independent<>() {
            @Override
            public boolean precondition(RosterModel model) {
                return model.hasAccounts();
            }

            @Override
            public Arbitrary<Transformer<RosterModel>> transformer() {
                return action.transformer();
            }
        };
    }

    private static Arbitrary<String> platforms() {
        return Arbitraries.of(RosterModel.PLATFORMS);
    }

    private static Arbitrary<RosterModel.Person> people() {
        return Arbitraries.of(RosterModel.PEOPLE);
    }

    private static Arbitrary<String> handles() {
        return Arbitraries.of(RosterModel.HANDLES);
    }

    private static Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 50);
    }
}
