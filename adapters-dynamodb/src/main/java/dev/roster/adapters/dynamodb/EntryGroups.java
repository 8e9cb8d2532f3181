package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.application.port.NewAccount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a batch into groups that can be written independently: two entries land in one group when they share an
 * identity or a handle (directly or through other entries), because then their order decides who wins.
 */
final class EntryGroups {

    private final int[] parent;

    private EntryGroups(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    /** The groups, each listing its entries' indexes in batch order. */
    static Collection<List<Integer>> of(List<NewAccount> batch) {
        EntryGroups groups = new EntryGroups(batch.size());
        Map<String, Integer> firstHolder = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            NewAccount entry = batch.get(i);
            for (String key : List.of(
                    Keys.person(entry.identity()),
                    Keys.handle(entry.platform(), entry.details().handle()))) {
                Integer first = firstHolder.putIfAbsent(key, i);
                if (first != null) {
                    groups.join(first, i);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            byRoot.computeIfAbsent(groups.root(i), root -> new ArrayList<>()).add(i);
        }
        return byRoot.values();
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void join(int a, int b) {
        parent[root(b)] = root(a);
    }
}
