package com.kelviq.sdk.benchmarks;

import kotlinx.serialization.json.Json;
import kotlinx.serialization.json.JsonArray;
import kotlinx.serialization.json.JsonElement;
import kotlinx.serialization.json.JsonNull;
import kotlinx.serialization.json.JsonObject;
import kotlinx.serialization.json.JsonPrimitive;

/**
 * The baseline's JSON step: parses an entitlements response into a JSON tree with
 * kotlinx-serialization's {@code Json.parseToJsonElement} (no data classes, no aggregation objects)
 * and applies the has-access rule of API.md to the entries of one feature.
 */
public final class EntitlementJson {
    private EntitlementJson() {
    }

    /** Whether {@code body} (an {@code {customerId, entitlements: [...]}} response) grants {@code featureId}. */
    public static boolean hasAccess(String body, String featureId) {
        JsonObject root = (JsonObject) Json.Default.parseToJsonElement(body);
        JsonArray entries = (JsonArray) root.get("entitlements");
        boolean found = false;
        boolean meter = false;
        boolean anyAccess = false;
        boolean hardLimit = false;
        boolean unlimited = false;
        long limit = 0;
        long usage = 0;
        for (JsonElement element : entries) {
            JsonObject entry = (JsonObject) element;
            if (!featureId.equals(text(entry.get("featureId")))) {
                continue;
            }
            if (!found) {
                found = true;
                meter = "METER".equalsIgnoreCase(text(entry.get("featureType")));
            }
            anyAccess |= "true".equals(text(entry.get("hasAccess")));
            hardLimit |= "true".equals(text(entry.get("hardLimit")));
            String entryLimit = text(entry.get("usageLimit"));
            if (entryLimit == null) {
                unlimited = true;
            } else {
                limit += Long.parseLong(entryLimit);
                String entryUsage = text(entry.get("currentUsage"));
                usage += entryUsage == null ? 0 : Long.parseLong(entryUsage);
            }
        }
        if (!found) {
            return false;
        }
        if (!meter) {
            return anyAccess;
        }
        return !(hardLimit && (unlimited || limit - usage <= 0));
    }

    private static String text(JsonElement element) {
        if (element == null || element instanceof JsonNull) {
            return null;
        }
        return ((JsonPrimitive) element).getContent();
    }
}
