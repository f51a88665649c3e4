-- Who leads a point: shown only to readers of the point's own unit.
ALTER TABLE replication_point
  ADD COLUMN leader_name  VARCHAR(200) NULL COLLATE utf8mb4_vietnamese_ci AFTER core_member_count,
  ADD COLUMN leader_phone VARCHAR(30)  NULL AFTER leader_name;

-- Every create, update and delete: who, when, what it was before and after. Rows are only added.
CREATE TABLE audit_log (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  subject       VARCHAR(100) NULL,
  username      VARCHAR(200) NOT NULL,
  client_id     VARCHAR(200) NULL,
  entity        VARCHAR(40)  NOT NULL,
  entity_key    VARCHAR(100) NOT NULL,
  action        VARCHAR(10)  NOT NULL,
  province_code CHAR(2)      NULL,
  commune_code  CHAR(5)      NULL,
  before_value  LONGTEXT     NULL,
  after_value   LONGTEXT     NULL,
  INDEX ix_audit_entity (entity, entity_key, id),
  INDEX ix_audit_time (occurred_at),
  INDEX ix_audit_user (username, occurred_at),
  INDEX ix_audit_province (province_code, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
