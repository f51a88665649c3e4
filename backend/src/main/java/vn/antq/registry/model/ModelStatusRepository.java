package vn.antq.registry.model;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Every query on model_status_history, the dated status changes of each model. */
@ApplicationScoped
public class ModelStatusRepository implements PanacheRepository<ModelStatusChange> {}
