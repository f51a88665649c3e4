-- A model code, once given, is never given again: an external system or an audit trail holding
-- the code must never find another model behind it. Every code ever issued stays here, also after
-- its model is deleted; generated codes draw their number from a per-prefix counter that only grows.
CREATE TABLE model_code_issued (
  code       VARCHAR(40)  NOT NULL PRIMARY KEY,
  issued_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE model_code_counter (
  prefix      VARCHAR(16) NOT NULL PRIMARY KEY,
  last_number INT         NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO model_code_issued (code) SELECT code FROM model;
-- Codes of models deleted before this table existed are known from the audit log.
INSERT IGNORE INTO model_code_issued (code) SELECT DISTINCT entity_key FROM audit_log WHERE entity = 'model';

INSERT INTO model_code_counter (prefix, last_number)
SELECT SUBSTRING_INDEX(code, '-', 1), MAX(CAST(SUBSTRING_INDEX(code, '-', -1) AS UNSIGNED))
FROM model_code_issued
WHERE code REGEXP '^MH[0-9]*-[0-9]{1,9}$'
GROUP BY SUBSTRING_INDEX(code, '-', 1);
