package com.kelviq.sdk.spring.autoconfigure.app;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An observation handler bean (Boot adds it to the application's registry) that keeps every stopped observation. */
public class ShopObservations implements ObservationHandler<Observation.Context> {
    /** The stopped observations, in order. */
    public final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

    @Override
    public boolean supportsContext(Observation.Context context) {
        return true;
    }

    @Override
    public void onStop(Observation.Context context) {
        stopped.add(context);
    }
}
