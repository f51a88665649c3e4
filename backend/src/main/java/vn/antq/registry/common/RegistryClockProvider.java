package vn.antq.registry.common;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * @PastOrPresent and its kin judge dates by the registry's clock (Việt Nam), not the JVM's zone.
 * Hibernate Validator keeps the clock it is given once per constraint, so the clock handed over
 * asks the registry's clock at every reading.
 */
@Singleton
public class RegistryClockProvider implements ClockProvider {

  @Inject RegistryClock registry;

  @Override
  public Clock getClock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return registry.zone();
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return registry.clock().withZone(zone);
      }

      @Override
      public Instant instant() {
        return registry.now();
      }
    };
  }
}
