package vn.antq.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry's "now" and "today": the users live in Việt Nam (UTC+7), so a date is today's date
 * there, whatever zone the server runs in. Every date default, date check and as-of date asks here;
 * tests replace this bean to stand on a chosen instant.
 */
@ApplicationScoped
public class RegistryClock {

  private final Clock clock;

  RegistryClock() {
    this(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));
  }

  @Inject
  public RegistryClock(
      @ConfigProperty(name = "antq.time-zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
    this(Clock.system(zone));
  }

  protected RegistryClock(Clock clock) {
    this.clock = clock;
  }

  /** A clock fixed at one instant, in the given zone: for tests and recomputations. */
  public static RegistryClock fixed(Instant instant, ZoneId zone) {
    return new RegistryClock(Clock.fixed(instant, zone));
  }

  public Clock clock() {
    return clock;
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }
}
