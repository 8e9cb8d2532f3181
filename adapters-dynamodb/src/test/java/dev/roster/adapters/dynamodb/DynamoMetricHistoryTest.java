package dev.roster.adapters.dynamodb;

import dev.roster.application.port.RosterStorage;
import dev.roster.application.testkit.MetricHistoryContract;

/** The MetricHistory contract against DynamoDB Local. */
class DynamoMetricHistoryTest extends MetricHistoryContract {

    @Override
    protected RosterStorage emptyStorage() {
        return LocalDynamo.shared().emptyStorage();
    }
}
