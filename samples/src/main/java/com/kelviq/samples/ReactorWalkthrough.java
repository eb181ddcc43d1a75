package com.kelviq.samples;

import com.kelviq.sdk.model.ActivateLicenseParams;
import com.kelviq.sdk.model.CancelSubscriptionParams;
import com.kelviq.sdk.model.CancellationType;
import com.kelviq.sdk.model.ChargePeriod;
import com.kelviq.sdk.model.CreateChargeParams;
import com.kelviq.sdk.model.CreateCheckoutSessionParams;
import com.kelviq.sdk.model.CreateCustomerParams;
import com.kelviq.sdk.model.CreateRefundParams;
import com.kelviq.sdk.model.CreateSubscriptionParams;
import com.kelviq.sdk.model.DeactivateLicenseParams;
import com.kelviq.sdk.model.ListCustomersParams;
import com.kelviq.sdk.model.ListPaymentMethodsParams;
import com.kelviq.sdk.model.ListSubscriptionsParams;
import com.kelviq.sdk.model.OrderEvent;
import com.kelviq.sdk.model.ReportEventParams;
import com.kelviq.sdk.model.ReportUsageParams;
import com.kelviq.sdk.model.UpdateCustomerParams;
import com.kelviq.sdk.model.UpdateSubscriptionParams;
import com.kelviq.sdk.model.UsageBehaviour;
import com.kelviq.sdk.model.ValidateLicenseParams;
import com.kelviq.sdk.reactor.ReactorKelviqClient;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * The five Kelviq areas with Project Reactor: one pipeline of cold Monos and a lazily paged Flux,
 * subscribed once. Nothing is sent before {@code block()} subscribes at the end of {@code main}
 * (in a WebFlux handler you would return the Mono instead).
 *
 * <p>Run: {@code mvn -B -ntp -q -Prun-samples -pl samples -am verify -DskipTests}.
 */
public final class ReactorWalkthrough {
    private ReactorWalkthrough() {
    }

    /** Runs the walkthrough against {@link SampleEnvironment#fromProcessEnvironment()}. */
    public static void main(String[] args) {
        try (SampleEnvironment env = SampleEnvironment.fromProcessEnvironment()) {
            run(env, System.out);
        }
    }

    /** Runs every step against {@code env}, printing one line per step to {@code out}. */
    public static void run(SampleEnvironment env, PrintStream out) {
        StepPrinter p = new StepPrinter(out);
        p.heading("Reactor walkthrough against " + env.description());
        String customerId = env.customerId("reactor-cy");
        String eventKey = ReportEventParams.newIdempotencyKey();

        try (ReactorKelviqClient client = ReactorKelviqClient.create(env.config())) {
            Mono<String> walkthrough = client.customers()
                .create(CreateCustomerParams.builder().customerId(customerId).email("cy@example.com").name("Cy").build())
                .doOnNext(c -> p.step("customers.create", "created %s (%s, %s)", c.getCustomerId(), c.getName(), c.getEmail()))
                .then(client.customers().update(UpdateCustomerParams.builder().customerId(customerId).email("cy@example.org").build()))
                .doOnNext(c -> p.step("customers.update", "e-mail now %s", c.getEmail()))
                .then(client.customers().retrieve(customerId))
                .doOnNext(c -> p.step("customers.retrieve", "%s is \"%s\"", c.getCustomerId(), c.getName()))
                .then(client.customers().list(ListCustomersParams.builder().pageSize(10).build()))
                .doOnNext(page -> p.step("customers.list", "page 1 holds %d of %d customers", page.getResults().size(), page.getCount()))
                .then(client.customers().listAll().count())
                .doOnNext(n -> p.step("customers.listAll", "a Flux paging on demand: %d customers", n))
                .then(client.checkout().createSession(CreateCheckoutSessionParams.builder()
                    .planIdentifier("plan-pro").chargePeriod(ChargePeriod.YEARLY)
                    .successUrl("https://example.com/thanks").customerId(customerId).build()))
                .doOnNext(s -> p.step("checkout.createSession", "redirect the customer to %s", s.getCheckoutUrl()))
                // Entitlements and usage: has-access flips once usage reaches the hard limit
                .then(Mono.fromRunnable(() -> env.grantMeteredFeature(customerId, "reports", 5)))
                .then(client.entitlements().hasAccess(customerId, "reports"))
                .doOnNext(ok -> p.step("entitlements.hasAccess", "reports before any usage: %s", ok))
                .then(client.reporting().reportUsage(ReportUsageParams.builder()
                    .value(5).customerId(customerId).featureId("reports").behaviour(UsageBehaviour.DELTA).build()))
                .doOnNext(u -> p.step("reporting.reportUsage", "%s %d on %s", u.getBehaviour(), u.getValue(), u.getFeatureId()))
                .then(client.entitlements().hasAccess(customerId, "reports"))
                .doOnNext(ok -> p.step("entitlements.hasAccess", "reports after reaching the hard limit: %s", ok))
                .then(client.entitlements().getEntitlement(customerId, "reports")
                    .map(e -> String.format("used %s of %s, remaining %s", e.getCurrentUsage(), e.getUsageLimit(), e.getRemaining()))
                    .defaultIfEmpty("no reports entitlement (an empty Mono)"))
                .doOnNext(text -> p.step("entitlements.getEntitlement", "%s", text))
                .then(client.entitlements().getAllEntitlements(customerId))
                .doOnNext(all -> p.step("entitlements.getAllEntitlements", "%d raw entries", all.getEntitlements().size()))
                // Events: the same idempotency key twice counts once
                .then(client.reporting().reportEvent(event(customerId, eventKey)))
                .then(client.reporting().reportEvent(event(customerId, eventKey)))
                .doOnNext(e -> {
                    int counted = env.serverEventCount(customerId, "dashboard_viewed");
                    p.step("reporting.reportEvent", "sent twice with key %s; server counted %s",
                        e.getIdempotencyKey(), counted < 0 ? "it once (idempotent)" : counted + " event");
                })
                // Subscriptions
                .then(client.subscriptions().create(CreateSubscriptionParams.builder()
                    .planIdentifier("plan-pro").chargePeriod(ChargePeriod.MONTHLY).customerId(customerId).build()))
                .doOnNext(s -> p.step("subscriptions.create", "%s, status %s", s.getId(), s.getStatus()))
                .flatMap(s -> client.subscriptions()
                    .list(ListSubscriptionsParams.builder().customerId(customerId).status("active").build())
                    .doOnNext(page -> p.step("subscriptions.list", "%d active for %s", page.getResults().size(), customerId))
                    .then(client.subscriptions().update(UpdateSubscriptionParams.builder()
                        .subscriptionId(s.getId()).planIdentifier("plan-team").chargePeriod(ChargePeriod.MONTHLY).build()))
                    .then(client.subscriptions().retrieve(s.getId()))
                    .doOnNext(changed -> p.step("subscriptions.update", "now on %s",
                        changed.getPlan() == null ? "?" : changed.getPlan().getIdentifier()))
                    .then(client.subscriptions().cancel(CancelSubscriptionParams.builder()
                        .subscriptionId(s.getId()).cancellationType(CancellationType.SPECIFIC_DATE)
                        .cancellationDate(LocalDate.now().plusMonths(1)).build())))
                .doOnNext(c -> p.step("subscriptions.cancel", "%s", c.getMessage()))
                .then(runtimeSteps(client, env, p, customerId))
                .then(client.customers().archive(customerId))
                .map(a -> a.getMessage() == null ? "archived (204 No Content)" : a.getMessage())
                .doOnNext(text -> p.step("customers.archive", "%s", text));

            walkthrough.block(Duration.ofMinutes(2));
        }
        p.heading("Done: " + p.steps() + " steps.");
    }

    /** The rest of the runtime API as one chain: the portal link, a one-time charge, a refund, a license round trip, a webhook. */
    private static Mono<Void> runtimeSteps(ReactorKelviqClient client, SampleEnvironment env, StepPrinter p, String customerId) {
        Mono<Void> portal = client.portal().createSession(customerId)
            .doOnNext(s -> p.step("portal.createSession", "send the customer to %s", s.signedUrl())).then();
        Mono<Void> seeded;
        if (env.seedRuntimeData(customerId)) {
            String key = env.licenseKey(customerId);
            seeded = client.charges().create(CreateChargeParams.builder().planIdentifier("lifetime-access").chargePeriod(ChargePeriod.ONE_TIME)
                    .customerId(customerId).build())
                .doOnNext(c -> p.step("charges.create", "charged %s %s to the default card (never retried once sent)", c.getAmount(), c.getCurrency()))
                .then(client.paymentMethods().listAll(ListPaymentMethodsParams.builder().customerId(customerId).build()).next())
                .doOnNext(m -> p.step("paymentMethods.list", "%s ending %s, default %s", m.getMethodData().get("brand"),
                    m.getMethodData().get("last4"), m.isDefault()))
                .then(client.refunds().create(CreateRefundParams.builder().orderId(env.orderId(customerId)).amountUnits(5_000).build()))
                .doOnNext(r -> p.step("refunds.create", "refunded %s of %s, status %s", r.amountDecimal(), env.orderId(customerId), r.getStatus()))
                .then(client.orders().listAllEvents(env.orderId(customerId)).map(OrderEvent::getCode).collectList())
                .doOnNext(codes -> p.step("orders.listEvents", "%s", codes))
                .then(client.licenses().activate(ActivateLicenseParams.builder().licenseKey(key).instanceName("ci-runner").build()))
                .doOnNext(a -> p.step("licenses.activate", "instance %s", a.getInstanceId()))
                .flatMap(a -> client.licenses().validate(ValidateLicenseParams.builder().licenseKey(key).instanceId(a.getInstanceId()).build())
                    .doOnNext(v -> p.step("licenses.validate", "valid %s (%s)", v.getValid(), v.getCode()))
                    .then(client.licenses().deactivate(DeactivateLicenseParams.builder().licenseKey(key).instanceId(a.getInstanceId()).build())))
                .doOnNext(d -> p.step("licenses.deactivate", "%s", d.getMessage()))
                .then();
        } else {
            seeded = Mono.fromRunnable(() -> SampleEnvironment.SEEDED_STEPS.forEach(
                step -> p.step(step, "skipped against the real API (needs an order, a license and a saved card in your account)")));
        }
        // The webhook endpoint blocks on its own HTTP exchanges: run it off the reactive threads.
        Mono<Void> webhook = Mono.fromCallable(() -> WebhookDemo.run(client.webhooks(), env.config().getWebhookSecret(), customerId))
            .subscribeOn(Schedulers.boundedElastic())
            .doOnNext(text -> p.step("webhooks.handle", "%s", text)).then();
        return portal.then(seeded).then(webhook);
    }

    private static ReportEventParams event(String customerId, String key) {
        return ReportEventParams.builder().customerId(customerId).eventName("dashboard_viewed")
            .idempotencyKey(key).properties(Map.of("widgets", 4)).build();
    }
}
