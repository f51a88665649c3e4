package vn.antq.registry.imports;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Every query on import_job. */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {}
