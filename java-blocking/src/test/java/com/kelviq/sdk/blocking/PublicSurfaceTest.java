package com.kelviq.sdk.blocking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Kotlin type appears anywhere in the public signatures of com.kelviq.sdk.blocking. */
class PublicSurfaceTest {
    private static final String PACKAGE = "com.kelviq.sdk.blocking";

    /** Every public class compiled into this module's package (main classes only). */
    private static List<Class<?>> publicClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(KelviqBlockingClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(PACKAGE.replace('.', '/'));
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName(PACKAGE + "." + name.substring(0, name.length() - ".class".length()));
                if (isPublicApi(type)) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean exposed(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** Adds to {@code found} every Kotlin type named in {@code type}, type arguments and bounds included. */
    private static void kotlinTypesIn(Type type, String where, Set<String> found) {
        if (type instanceof Class<?>) {
            Class<?> c = (Class<?>) type;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().startsWith("kotlin.") || c.getName().startsWith("kotlinx.")) {
                found.add(where + ": " + c.getName());
            }
        } else if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            kotlinTypesIn(p.getRawType(), where, found);
            for (Type argument : p.getActualTypeArguments()) {
                kotlinTypesIn(argument, where, found);
            }
        } else if (type instanceof WildcardType) {
            WildcardType w = (WildcardType) type;
            for (Type bound : w.getUpperBounds()) {
                kotlinTypesIn(bound, where, found);
            }
            for (Type bound : w.getLowerBounds()) {
                kotlinTypesIn(bound, where, found);
            }
        } else if (type instanceof GenericArrayType) {
            kotlinTypesIn(((GenericArrayType) type).getGenericComponentType(), where, found);
        } else if (type instanceof TypeVariable<?>) {
            for (Type bound : ((TypeVariable<?>) type).getBounds()) {
                kotlinTypesIn(bound, where, found);
            }
        }
    }

    private static void check(Executable e, String where, Set<String> found) {
        for (Type parameter : e.getGenericParameterTypes()) {
            kotlinTypesIn(parameter, where, found);
        }
        for (Type thrown : e.getGenericExceptionTypes()) {
            kotlinTypesIn(thrown, where, found);
        }
        for (TypeVariable<?> variable : e.getTypeParameters()) {
            kotlinTypesIn(variable, where, found);
        }
    }

    @Test
    void theExpectedClassesArePublic() throws Exception {
        Set<String> names = publicClasses().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = Stream.of(
                "KelviqBlockingClient", "KelviqBlockingClientBuilder", "KelviqAsyncClient", "PagedIterable", "AsyncPageCursor", "BlockingPortalApi", "AsyncPortalApi", "BlockingChargesApi", "AsyncChargesApi", "BlockingRefundsApi", "AsyncRefundsApi", "BlockingLicensesApi", "AsyncLicensesApi", "BlockingTransactionsApi", "AsyncTransactionsApi", "BlockingOrdersApi", "AsyncOrdersApi", "BlockingPaymentMethodsApi", "AsyncPaymentMethodsApi", "BlockingOfferingsApi", "AsyncOfferingsApi",
                "BlockingCustomersApi", "BlockingCheckoutApi", "BlockingEntitlementsApi", "BlockingReportingApi",
                "BlockingSubscriptionsApi", "AsyncCustomersApi", "AsyncCheckoutApi", "AsyncEntitlementsApi",
                "AsyncReportingApi", "AsyncSubscriptionsApi")
            .map(n -> PACKAGE + "." + n)
            .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, names);
    }

    @Test
    void noKotlinTypeInAnyPublicSignature() throws Exception {
        Set<String> found = new TreeSet<>();
        int checkedMethods = 0;
        for (Class<?> type : publicClasses()) {
            String name = type.getName();
            kotlinTypesIn(type.getGenericSuperclass(), name + " extends", found);
            for (Type implemented : type.getGenericInterfaces()) {
                kotlinTypesIn(implemented, name + " implements", found);
            }
            for (TypeVariable<?> variable : type.getTypeParameters()) {
                kotlinTypesIn(variable, name, found);
            }
            for (Method method : type.getMethods()) {
                String where = name + "#" + method.getName();
                kotlinTypesIn(method.getGenericReturnType(), where, found);
                check(method, where, found);
                checkedMethods++;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isProtected(method.getModifiers())) {
                    kotlinTypesIn(method.getGenericReturnType(), name + "#" + method.getName(), found);
                    check(method, name + "#" + method.getName(), found);
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (exposed(constructor.getModifiers())) {
                    check(constructor, name + "#<init>", found);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (exposed(field.getModifiers())) {
                    kotlinTypesIn(field.getGenericType(), name + "." + field.getName(), found);
                }
            }
        }
        assertTrue(checkedMethods > 100, "the check saw the operations, saw " + checkedMethods);
        assertEquals(Set.of(), found);
    }

    @Test
    void theCheckNoticesKotlinTypes() {
        Set<String> found = new TreeSet<>();
        kotlinTypesIn(new Object() {
            java.util.List<? extends kotlin.Pair<String, String>> sample;
        }.getClass().getDeclaredFields()[0].getGenericType(), "sample", found);
        assertEquals(Set.of("sample: kotlin.Pair"), found);
    }

    @Test
    void everyAreaHasTheOperationsOfApiMd() {
        assertEquals(Set.of("create", "retrieve", "update", "list", "listAll", "archive"), operations(BlockingCustomersApi.class));
        assertEquals(Set.of("createSession", "listSessions", "listAllSessions", "retrieveSession", "listSessionEvents", "listAllSessionEvents"),
            operations(BlockingCheckoutApi.class));
        assertEquals(Set.of("hasAccess", "getEntitlement", "getAllEntitlements", "invalidate", "invalidateAll"),
            operations(BlockingEntitlementsApi.class));
        assertEquals(Set.of("reportUsage", "reportEvent", "enqueueUsage", "enqueueEvent", "flush", "stats"),
            operations(BlockingReportingApi.class));
        assertEquals(Set.of("update", "cancel", "list", "listAll", "retrieve", "create"), operations(BlockingSubscriptionsApi.class));
        assertEquals(operations(BlockingCustomersApi.class), operations(AsyncCustomersApi.class));
        assertEquals(operations(BlockingCheckoutApi.class), operations(AsyncCheckoutApi.class));
        assertEquals(operations(BlockingEntitlementsApi.class), operations(AsyncEntitlementsApi.class));
        assertEquals(operations(BlockingReportingApi.class), operations(AsyncReportingApi.class));
        assertEquals(operations(BlockingSubscriptionsApi.class), operations(AsyncSubscriptionsApi.class));
    }

    /** Operations that send no request of their own (entitlement cache and background reporter controls). */
    private static final Set<String> LOCAL_OPERATIONS =
        Set.of("invalidate", "invalidateAll", "enqueueUsage", "enqueueEvent", "flush", "stats");

    @Test
    void everyOperationHasARequestOptionsOverload() {
        for (Class<?> area : List.of(BlockingCustomersApi.class, BlockingCheckoutApi.class, BlockingEntitlementsApi.class,
                BlockingReportingApi.class, BlockingSubscriptionsApi.class, AsyncCustomersApi.class, AsyncCheckoutApi.class,
                AsyncEntitlementsApi.class, AsyncReportingApi.class, AsyncSubscriptionsApi.class)) {
            for (String operation : operations(area)) {
                if (LOCAL_OPERATIONS.contains(operation)) {
                    continue; // cache and reporter controls: no request of their own, nothing to configure per call
                }
                boolean hasOptions = Stream.of(area.getDeclaredMethods())
                    .filter(m -> m.getName().equals(operation) && Modifier.isPublic(m.getModifiers()))
                    .anyMatch(m -> m.getParameterCount() > 0
                        && m.getParameterTypes()[m.getParameterCount() - 1] == com.kelviq.sdk.RequestOptions.class);
                assertTrue(hasOptions, area.getSimpleName() + "#" + operation + " takes RequestOptions last");
            }
        }
    }

    private static Set<String> operations(Class<?> area) {
        return Stream.of(area.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
            .map(Method::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    }
}
