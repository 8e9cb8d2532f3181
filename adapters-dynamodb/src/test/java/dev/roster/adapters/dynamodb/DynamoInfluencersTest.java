package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.InfluencersContract;

/** The Influencers contract against Roster's DynamoDB test server. */
class DynamoInfluencersTest extends InfluencersContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
