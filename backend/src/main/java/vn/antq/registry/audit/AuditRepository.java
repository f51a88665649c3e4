package vn.antq.registry.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Every query on audit_log that reads entries (writes go through {@link AuditLog}). */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {}
