package dev.roster.application.influencer;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.Influencers;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.application.validation.Problems;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import java.time.Clock;

/** Corrects a person's name or phone number, refusing edits made against an old version. */
public final class UpdateInfluencer {

    private final InputRules rules;
    private final PhoneNumbers phones;
    private final Influencers influencers;
    private final AccountSearch search;
    private final Clock clock;

    public UpdateInfluencer(
            InputRules rules, PhoneNumbers phones, Influencers influencers, AccountSearch search, Clock clock) {
        this.rules = rules;
        this.phones = phones;
        this.influencers = influencers;
        this.search = search;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when the influencer does not exist
     * @throws dev.roster.application.error.InvalidInputException with every field problem
     * @throws ConflictException {@code STALE_VERSION}, or {@code DUPLICATE_PERSON} when another influencer already
     *         has the new name and phone
     */
    public InfluencerView update(UpdateInfluencerCommand command) {
        InfluencerId id = InfluencerLookup.influencerId(command.influencerId());
        Problems problems = rules.check(command);
        Influencer current = influencers.find(id).orElseThrow(() -> new NotFoundException("influencer", id.value()));
        PersonName name =
                command.name() == null ? current.name() : problems.value("name", () -> PersonName.of(command.name()));
        PhoneNumber phone = command.phone() == null ? current.phone() : phones.read("phone", command.phone(), problems);
        problems.throwIfAny();
        if (current.version() != command.expectedVersion()) {
            throw new ConflictException(
                    ConflictException.Reason.STALE_VERSION,
                    "influencer " + id + " has changed since it was read: it is at version " + current.version());
        }
        influencers.update(current.withIdentity(new PersonIdentity(name, phone), clock.instant()));
        return search.influencer(id).orElseThrow(() -> new NotFoundException("influencer", id.value()));
    }
}
