package com.kelviq.sdk.internal.cache

import com.kelviq.sdk.model.CustomerEntitlements
import com.kelviq.sdk.model.EntitlementDetail
import com.kelviq.sdk.testing.MockKelviq
import com.kelviq.sdk.testing.entitlements
import io.kotest.core.spec.style.FunSpec
import io.kotest.datatest.withData
import io.kotest.matchers.nulls.shouldBeNull
import io.kotest.matchers.nulls.shouldNotBeNull
import io.kotest.matchers.shouldBe
import java.time.Instant
import kotlinx.serialization.json.Json

/** The aggregation of raw entries per feature and the has-access rule, as a table. */
class EntitlementAggregationTest : FunSpec({
    fun e(
        type: String,
        access: Boolean = true,
        hard: Boolean? = null,
        limit: Long? = null,
        usage: Long? = null,
        remaining: Long? = null,
        resetAt: String? = null,
        feature: String = "f",
    ) = EntitlementDetail(feature, type, access, resetAt, hard, limit, usage, remaining)

    /** One row: the entries of feature `f` and the expected aggregate. */
    data class Row(
        val name: String,
        val entries: List<EntitlementDetail>,
        val hasAccess: Boolean,
        val hardLimit: Boolean,
        val usageLimit: Long?,
        val currentUsage: Long?,
        val remaining: Long?,
        val resetAt: Instant? = null,
    )

    // The official rule (API.md "Entitlements", Python SDK 2.x get_entitlement): METER access is remaining > 0 or unlimited.
    val rows = listOf(
        Row("METER one entry, hard limit, 2 left", listOf(e("METER", hard = true, limit = 3, usage = 1, remaining = 2)), true, true, 3, 1, 2),
        Row("METER hard limit, 0 left", listOf(e("METER", hard = true, limit = 3, usage = 3, remaining = 0)), false, true, 3, 3, 0),
        Row("METER hard limit, over the limit", listOf(e("METER", hard = true, limit = 3, usage = 5, remaining = -2)), false, true, 3, 5, -2),
        Row("METER hard limit, unlimited -> access", listOf(e("METER", hard = true, limit = null, usage = 4)), true, true, null, 4, null),
        Row("METER soft limit, 0 left -> no access", listOf(e("METER", access = true, hard = false, limit = 3, usage = 3, remaining = 0)), false, false, 3, 3, 0),
        Row("METER soft limit, over quota -> no access", listOf(e("METER", hard = false, limit = 3, usage = 9)), false, false, 3, 9, -6),
        Row("METER soft limit, under quota", listOf(e("METER", hard = false, limit = 3, usage = 2)), true, false, 3, 2, 1),
        Row("METER no hard-limit flag, used up", listOf(e("METER", limit = 1, usage = 1)), false, false, 1, 1, 0),
        Row("METER no limit, no usage: unlimited", listOf(e("METER")), true, false, null, 0, null),
        Row(
            "METER remaining is recomputed from the sums, not taken from the server",
            listOf(e("METER", hard = true, limit = 10, usage = 4, remaining = 0)), true, true, 10, 4, 6,
        ),
        Row("METER an entry's own hasAccess is not the answer", listOf(e("METER", access = false, hard = true, limit = 5, usage = 1)), true, true, 5, 1, 4),
        Row(
            "METER two entries are summed",
            listOf(e("METER", hard = true, limit = 3, usage = 3, remaining = 0), e("METER", hard = false, limit = 2, usage = 0, remaining = 2)),
            true, true, 5, 3, 2,
        ),
        Row(
            "METER two entries, both used up, one hard -> no access",
            listOf(e("METER", hard = false, limit = 3, usage = 3), e("METER", hard = true, limit = 2, usage = 2)),
            false, true, 5, 5, 0,
        ),
        Row(
            "METER an unlimited entry among limited ones -> unlimited, usage summed",
            listOf(e("METER", hard = false, limit = 3, usage = 1), e("METER", hard = false, limit = null, usage = 7)),
            true, false, null, 8, null,
        ),
        Row(
            "METER an unlimited entry beside a used-up hard limit -> access",
            listOf(e("METER", hard = true, limit = 3, usage = 3), e("METER", hard = false, limit = null)),
            true, true, null, 3, null,
        ),
        Row("meter type compared case-insensitively", listOf(e("meter", hard = true, limit = 1, usage = 1)), false, true, 1, 1, 0),
        Row("BOOLEAN true", listOf(e("BOOLEAN", access = true)), true, false, null, 0, null),
        Row("BOOLEAN false", listOf(e("BOOLEAN", access = false)), false, false, null, 0, null),
        Row("BOOLEAN false and true -> any grants", listOf(e("BOOLEAN", access = false), e("BOOLEAN", access = true)), true, false, null, 0, null),
        Row("BOOLEAN limits and hard limit are not its values", listOf(e("BOOLEAN", access = true, hard = true, limit = 5, usage = 3, remaining = 2)), true, false, null, 0, null),
        Row("CUSTOMIZABLE true", listOf(e("CUSTOMIZABLE", access = true, limit = 50)), true, false, 50, null, null),
        Row("CUSTOMIZABLE false", listOf(e("CUSTOMIZABLE", access = false, limit = 50)), false, false, 50, null, null),
        Row(
            "CUSTOMIZABLE several entries: values of the first, access of any",
            listOf(e("CUSTOMIZABLE", access = false, limit = 10, usage = 1, remaining = 9), e("CUSTOMIZABLE", access = true, limit = 20, usage = 2, remaining = 18)),
            true, false, 10, 1, 9,
        ),
        Row(
            "CUSTOMIZABLE hard limit is the first entry's, not any entry's",
            listOf(e("CUSTOMIZABLE", access = true, hard = false, limit = 1), e("CUSTOMIZABLE", access = true, hard = true, limit = 2)),
            true, false, 1, null, null,
        ),
        Row(
            "LIMIT (older type): the first entry's values, access of any",
            listOf(e("LIMIT", access = true, hard = true, limit = 5, usage = 5, remaining = 0)), true, true, 5, 5, 0,
        ),
        Row("an unknown type follows the any-access rule", listOf(e("SOMETHING_NEW", access = false)), false, false, null, null, null),
        Row("an unknown type granting access", listOf(e("SOMETHING_NEW", access = true, remaining = 3)), true, false, null, null, 3),
        Row(
            "resetAt is the earliest that can be read: nulls and text that is no date are left out",
            listOf(
                e("METER", limit = 1, usage = 0, resetAt = "2025-05-22 08:27:45"),
                e("METER", limit = 1, usage = 0, resetAt = null),
                e("METER", limit = 1, usage = 0, resetAt = "at the end of the billing cycle"),
                e("METER", limit = 1, usage = 0, resetAt = "2025-05-21T08:27:45Z"),
            ),
            true, false, 4, 0, 4, Instant.parse("2025-05-21T08:27:45Z"),
        ),
    )

    context("the aggregate of one feature") {
        withData(nameFn = { it.name }, rows) { row ->
            val all = CustomerEntitlements("c1", row.entries + e("BOOLEAN", feature = "other"))
            val agg = all["f"].shouldNotBeNull()
            agg.featureId shouldBe "f"
            agg.featureType shouldBe row.entries.first().featureType
            agg.hasAccess shouldBe row.hasAccess
            agg.hardLimit shouldBe row.hardLimit
            agg.usageLimit shouldBe row.usageLimit
            agg.currentUsage shouldBe row.currentUsage
            agg.remaining shouldBe row.remaining
            agg.resetAt shouldBe row.resetAt
            agg.items shouldBe row.entries
            all.byFeature()["f"] shouldBe agg
            EntitlementAggregation.of("f", all.entitlements) shouldBe agg
        }
    }

    context("hasAccess and getEntitlement over the wire agree with the table") {
        withData(nameFn = { it.name }, rows) { row ->
            MockKelviq().use { m ->
                m.answer(Json.encodeToString(CustomerEntitlements.serializer(), CustomerEntitlements("c1", row.entries)))
                m.core.entitlements.hasAccess("c1", "f") shouldBe row.hasAccess
                val agg = m.core.entitlements.getEntitlement("c1", "f").shouldNotBeNull()
                agg.remaining shouldBe row.remaining
                agg.usageLimit shouldBe row.usageLimit
            }
        }
    }

    test("a feature without entries: get is null, absent from byFeature; hasAccess false over the wire") {
        val all = CustomerEntitlements("c1", listOf(e("METER", limit = 1, usage = 0)))
        all["absent"].shouldBeNull()
        all.byFeature().keys shouldBe setOf("f")
        EntitlementAggregation.of("absent", all.entitlements).shouldBeNull()
        CustomerEntitlements("c1", emptyList()).byFeature() shouldBe emptyMap()
        MockKelviq().use { m ->
            m.answer("""{"customerId":"c1","entitlements":[]}""")
            m.core.entitlements.hasAccess("c1", "f") shouldBe false
            m.core.entitlements.getEntitlement("c1", "f").shouldBeNull()
        }
    }

    test("byFeature groups entries by feature in first-appearance order") {
        val all = CustomerEntitlements(
            "c1",
            listOf(
                e("BOOLEAN", feature = "b"), e("METER", feature = "a", limit = 1, usage = 0),
                e("BOOLEAN", feature = "c", access = false), e("METER", feature = "a", limit = 2, usage = 1),
            ),
        )
        val by = all.byFeature()
        by.keys.toList() shouldBe listOf("b", "a", "c")
        by.getValue("a").items.size shouldBe 2
        by.getValue("a").usageLimit shouldBe 3L
        by.getValue("c").hasAccess shouldBe false
        all["a"] shouldBe by["a"]
    }
})
