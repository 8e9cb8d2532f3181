package dev.roster.adapters.postgres.mapping;

import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.PersonIdentity;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** {@code influencer} rows to people and back. */
@Mapper(uses = DomainValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface InfluencerMapper {

    @Mapping(target = "identity", source = ".")
    Influencer toInfluencer(InfluencerRow row);

    PersonIdentity identity(InfluencerRow row);

    @Mapping(target = "name", source = "identity.name")
    @Mapping(target = "phone", source = "identity.phone")
    @Mapping(target = "identityKey", expression = "java(influencer.identity().key())")
    @Mapping(target = "nameKey", expression = "java(influencer.identity().name().key())")
    InfluencerWrite toWrite(Influencer influencer);
}
