package dev.roster.bench.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.roster.adapters.http.routes.dto.AccountDto;
import dev.roster.adapters.http.routes.dto.AccountPageDto;
import dev.roster.adapters.http.routes.dto.AccountRefDto;
import dev.roster.adapters.http.routes.dto.LastCollectionDto;
import dev.roster.adapters.http.routes.dto.PersonDto;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.bench.common.Medians;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writing a search page, warm, in one JVM: the API's writer ({@code JsonCodec.write}) against Jackson's databind
 * configured as the API had it, alternating in every round. Prints microseconds per page, medians of the rounds.
 *
 * <p>Usage: {@code bench/run json [accounts per page=100] [rounds=15] [writes per round=2000]}.
 */
public final class JsonWriteBench {

    private JsonWriteBench() {}

    public static void main(String[] args) throws Exception {
        int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int writes = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        AccountPageDto page = page(accounts);
        ObjectMapper databind = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        JsonCodec codec = new JsonCodec();
        Map<String, Function<Object, byte[]>> writers = new LinkedHashMap<>();
        writers.put("Jackson databind", value -> {
            try {
                return databind.writeValueAsBytes(value);
            } catch (Exception unwritable) {
                throw new IllegalStateException(unwritable);
            }
        });
        writers.put("Roster's writer", codec::write);
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        writers.keySet().forEach(name -> micros.put(name, new ArrayList<>()));
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Function<Object, byte[]>> writer : writers.entrySet()) {
                long started = System.nanoTime();
                for (int i = 0; i < writes; i++) {
                    bytes += writer.getValue().apply(page).length;
                }
                micros.get(writer.getKey()).add((System.nanoTime() - started) / 1e3 / writes);
            }
        }
        System.out.printf(
                "a page of %d accounts (%,d bytes), %d rounds of %d writes (checksum %d)%n",
                accounts, codec.write(page).length, rounds, writes, bytes);
        micros.forEach((name, values) -> System.out.printf(
                "%-18s median %7.1f us/page   (rounds: %s)%n",
                name,
                Medians.of(values),
                values.stream().map(value -> String.format("%.0f", value)).toList()));
        System.out.printf(
                "writer / databind (medians): %.2f%n",
                Medians.of(micros.get("Roster's writer")) / Medians.of(micros.get("Jackson databind")));
    }

    /** Accounts as a search answers them: Hangul names, metrics with their time, the other platform's account. */
    private static AccountPageDto page(int accounts) {
        Instant now = Instant.parse("2026-12-06T09:15:30.123Z");
        List<AccountDto> items = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("followers", 10_000L + i);
            metrics.put("dailyVisitors", 500L + i);
            metrics.put("collectedAt", now);
            items.add(new AccountDto(
                    String.format("019b76da-a800-738e-ac54-%012d", i),
                    "a",
                    "handle_" + i,
                    "https://example.com/@handle_" + i,
                    "handle" + i + "@example.com",
                    "메모 " + i,
                    i,
                    new PersonDto(String.format("019b76da-a800-7478-8f6c-%012d", i), "김민지" + i, "+821012345678"),
                    List.of(new AccountRefDto(String.format("019b76da-a800-7000-8000-%012d", i), "b", "other_" + i)),
                    i % 3 == 0,
                    i % 3 == 0 ? java.time.LocalDate.of(2026, 1, 1) : null,
                    metrics,
                    now,
                    now,
                    i % 10 == 0 ? new LastCollectionDto("private", "the page is private", now) : null));
        }
        return new AccountPageDto(items, "eyJhZnRlciI6ICIxMDAifQ==");
    }
}
