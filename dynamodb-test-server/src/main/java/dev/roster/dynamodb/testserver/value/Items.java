package dev.roster.dynamodb.testserver.value;

import java.util.Map;

/** Items are maps of attribute name to value; what DynamoDB's limits and prices say about them. */
public final class Items {

    /** The largest item DynamoDB stores: 400 KB, names and values together. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    private Items() {}

    /** The item's size as AWS documents it: every attribute's name in UTF-8 plus its value. */
    public static int size(Map<String, Value> item) {
        if (item == null) {
            return 0;
        }
        int size = 0;
        for (Map.Entry<String, Value> attribute : item.entrySet()) {
            size += Value.utf8(attribute.getKey()) + attribute.getValue().size();
        }
        return size;
    }
}
