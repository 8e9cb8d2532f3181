package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.MetricHistoryContract;

/** The MetricHistory contract against Roster's DynamoDB test server. */
class DynamoMetricHistoryTest extends MetricHistoryContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
