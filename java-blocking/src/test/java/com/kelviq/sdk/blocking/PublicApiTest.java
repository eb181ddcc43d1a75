package com.kelviq.sdk.blocking;

import com.kelviq.sdk.testing.ApiDump;
import org.junit.jupiter.api.Test;

/** The public surface of kelviq-sdk-java-blocking matches {@code java-blocking/api/kelviq-sdk-java-blocking.api}
 * (update: {@code -Dkelviq.api.update=true}). */
class PublicApiTest {
    @Test
    void publicApiMatchesTheCommittedDump() {
        ApiDump.checkJavaFacing("kelviq-sdk-java-blocking");
    }
}
