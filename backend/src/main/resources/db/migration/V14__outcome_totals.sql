-- Maintained outcome totals: every stored value is added, in the same transaction as the write,
-- to the totals of each period that contains it (a month to its quarter, half and year), by
-- province and by model. A summary then reads a few hundred rows whatever the number of values
-- stored. (A commune grain would hold about as many rows as the values themselves; one commune's
-- values are few, and read from outcome's commune index.)
-- value/value_count: every value inside the period; direct_*: values stored for exactly that
-- period (what a total without a period, grouped by the stored period, adds up).
-- '' stands for "no model" in the keys (values of communes and provinces).

-- Each storable period and every period containing it, itself included: 1990..2100.
CREATE TABLE period_rollup (
  period VARCHAR(8) NOT NULL,
  rolled VARCHAR(8) NOT NULL,
  PRIMARY KEY (period, rolled)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO period_rollup (period, rolled)
WITH RECURSIVE years (y) AS (SELECT 1990 UNION ALL SELECT y + 1 FROM years WHERE y < 2100),
months (m) AS (SELECT 1 UNION ALL SELECT m + 1 FROM months WHERE m < 12)
SELECT CONCAT(y, LPAD(m, 2, '0')), CONCAT(y, LPAD(m, 2, '0')) FROM years, months
UNION ALL SELECT CONCAT(y, LPAD(m, 2, '0')), CONCAT(y, 'Q', (m - 1) DIV 3 + 1) FROM years, months
UNION ALL SELECT CONCAT(y, LPAD(m, 2, '0')), CONCAT(y, 'S', IF(m <= 6, 1, 2)) FROM years, months
UNION ALL SELECT CONCAT(y, LPAD(m, 2, '0')), CONCAT(y) FROM years, months
UNION ALL SELECT CONCAT(y, 'Q', (m + 2) DIV 3), CONCAT(y, 'Q', (m + 2) DIV 3) FROM years, months WHERE m IN (1, 4, 7, 10)
UNION ALL SELECT CONCAT(y, 'Q', (m + 2) DIV 3), CONCAT(y, 'S', IF(m <= 6, 1, 2)) FROM years, months WHERE m IN (1, 4, 7, 10)
UNION ALL SELECT CONCAT(y, 'Q', (m + 2) DIV 3), CONCAT(y) FROM years, months WHERE m IN (1, 4, 7, 10)
UNION ALL SELECT CONCAT(y, 'S', IF(m = 1, 1, 2)), CONCAT(y, 'S', IF(m = 1, 1, 2)) FROM years, months WHERE m IN (1, 7)
UNION ALL SELECT CONCAT(y, 'S', IF(m = 1, 1, 2)), CONCAT(y) FROM years, months WHERE m IN (1, 7)
UNION ALL SELECT CONCAT(y), CONCAT(y) FROM years;

CREATE TABLE outcome_total_province (
  period         VARCHAR(8)    NOT NULL,
  province_code  CHAR(2)       NOT NULL,
  indicator_code VARCHAR(40)   NOT NULL,
  value          DECIMAL(30,4) NOT NULL,
  value_count    BIGINT        NOT NULL,
  direct_value   DECIMAL(30,4) NOT NULL,
  direct_count   BIGINT        NOT NULL,
  PRIMARY KEY (period, province_code, indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE outcome_total_model (
  period         VARCHAR(8)    NOT NULL,
  model_code     VARCHAR(40)   NOT NULL,
  province_code  CHAR(2)       NOT NULL,
  indicator_code VARCHAR(40)   NOT NULL,
  value          DECIMAL(30,4) NOT NULL,
  value_count    BIGINT        NOT NULL,
  direct_value   DECIMAL(30,4) NOT NULL,
  direct_count   BIGINT        NOT NULL,
  PRIMARY KEY (period, model_code, province_code, indicator_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The values stored before this migration: grouped by stored period first, then rolled up.
CREATE TEMPORARY TABLE outcome_direct AS
SELECT period, province_code, COALESCE(model_code, '') AS model_code, indicator_code,
       SUM(value) AS value, COUNT(*) AS value_count
FROM outcome GROUP BY period, province_code, COALESCE(model_code, ''), indicator_code;

INSERT INTO outcome_total_province
SELECT r.rolled, d.province_code, d.indicator_code, SUM(d.value), SUM(d.value_count),
       SUM(IF(r.rolled = r.period, d.value, 0)), SUM(IF(r.rolled = r.period, d.value_count, 0))
FROM outcome_direct d JOIN period_rollup r ON r.period = d.period
GROUP BY r.rolled, d.province_code, d.indicator_code;

INSERT INTO outcome_total_model
SELECT r.rolled, d.model_code, d.province_code, d.indicator_code, SUM(d.value), SUM(d.value_count),
       SUM(IF(r.rolled = r.period, d.value, 0)), SUM(IF(r.rolled = r.period, d.value_count, 0))
FROM outcome_direct d JOIN period_rollup r ON r.period = d.period
GROUP BY r.rolled, d.model_code, d.province_code, d.indicator_code;

DROP TEMPORARY TABLE outcome_direct;

-- Every row write to outcome keeps the totals, whatever path made it (API, grid, imports, point
-- moves). A bulk merge sets @outcome_totals_bulk and applies its whole stage in two grouped
-- statements instead (OutcomeMerge), then clears it.
DELIMITER $$

CREATE PROCEDURE outcome_totals_apply(
  IN p_period VARCHAR(8), IN p_indicator VARCHAR(40), IN p_province CHAR(2),
  IN p_model VARCHAR(40), IN p_value DECIMAL(19,4), IN p_count INT)
  MODIFIES SQL DATA
BEGIN
  INSERT INTO outcome_total_province (period, province_code, indicator_code, value, value_count, direct_value, direct_count)
  SELECT r.rolled, p_province, p_indicator, p_value, p_count, IF(r.rolled = r.period, p_value, 0), IF(r.rolled = r.period, p_count, 0)
  FROM period_rollup r WHERE r.period = p_period
  ON DUPLICATE KEY UPDATE value = outcome_total_province.value + VALUES(value),
    value_count = outcome_total_province.value_count + VALUES(value_count),
    direct_value = outcome_total_province.direct_value + VALUES(direct_value),
    direct_count = outcome_total_province.direct_count + VALUES(direct_count);
  INSERT INTO outcome_total_model (period, model_code, province_code, indicator_code, value, value_count, direct_value, direct_count)
  SELECT r.rolled, COALESCE(p_model, ''), p_province, p_indicator, p_value, p_count, IF(r.rolled = r.period, p_value, 0), IF(r.rolled = r.period, p_count, 0)
  FROM period_rollup r WHERE r.period = p_period
  ON DUPLICATE KEY UPDATE value = outcome_total_model.value + VALUES(value),
    value_count = outcome_total_model.value_count + VALUES(value_count),
    direct_value = outcome_total_model.direct_value + VALUES(direct_value),
    direct_count = outcome_total_model.direct_count + VALUES(direct_count);
END$$

CREATE TRIGGER outcome_totals_insert AFTER INSERT ON outcome FOR EACH ROW
BEGIN
  IF @outcome_totals_bulk IS NULL THEN
    CALL outcome_totals_apply(NEW.period, NEW.indicator_code, NEW.province_code, NEW.model_code, NEW.value, 1);
  END IF;
END$$

CREATE TRIGGER outcome_totals_update AFTER UPDATE ON outcome FOR EACH ROW
BEGIN
  IF @outcome_totals_bulk IS NULL AND NOT (OLD.value <=> NEW.value AND OLD.period <=> NEW.period
      AND OLD.indicator_code <=> NEW.indicator_code AND OLD.province_code <=> NEW.province_code
      AND OLD.model_code <=> NEW.model_code) THEN
    CALL outcome_totals_apply(OLD.period, OLD.indicator_code, OLD.province_code, OLD.model_code, -OLD.value, -1);
    CALL outcome_totals_apply(NEW.period, NEW.indicator_code, NEW.province_code, NEW.model_code, NEW.value, 1);
  END IF;
END$$

CREATE TRIGGER outcome_totals_delete AFTER DELETE ON outcome FOR EACH ROW
BEGIN
  IF @outcome_totals_bulk IS NULL THEN
    CALL outcome_totals_apply(OLD.period, OLD.indicator_code, OLD.province_code, OLD.model_code, -OLD.value, -1);
  END IF;
END$$

DELIMITER ;
