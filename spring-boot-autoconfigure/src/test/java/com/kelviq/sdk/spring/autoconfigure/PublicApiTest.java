package com.kelviq.sdk.spring.autoconfigure;

import com.kelviq.sdk.testing.ApiDump;
import org.junit.jupiter.api.Test;

/** The public surface of kelviq-sdk-spring-boot-autoconfigure matches {@code spring-boot-autoconfigure/api/kelviq-sdk-spring-boot-autoconfigure.api}
 * (update: {@code -Dkelviq.api.update=true}). */
class PublicApiTest {
    @Test
    void publicApiMatchesTheCommittedDump() {
        ApiDump.checkJavaFacing("kelviq-sdk-spring-boot-autoconfigure");
    }
}
