package com.kelviq.samples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal Spring Boot shop on the Kelviq starter: nothing Kelviq-specific is configured in code. The starter
 * reads {@code kelviq.*} (here {@code kelviq.api-key}, {@code kelviq.webhooks.secret}), creates the clients,
 * registers the webhook endpoint at {@code /kelviq/webhooks}, the {@code kelviq} health component and the
 * {@code kelviq.*} meters, and closes the client (delivering queued reports) when the application stops.
 */
@SpringBootApplication
public class ShopApplication {
    /** Runs the shop: {@code KELVIQ_API_KEY=... KELVIQ_WEBHOOKS_SECRET=... java ... ShopApplication}. */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
