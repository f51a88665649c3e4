-- Completeness and the reporting grids ask, for one or a few periods, which units stored a value of
-- some indicators and when first. The period index now carries the unit columns and the creation
-- time, so those reads stay on the period's index entries instead of one row lookup per value.
-- value stays last: summing from the values still reads the index alone.
ALTER TABLE outcome
  DROP INDEX ix_outcome_period,
  ADD INDEX ix_outcome_period_units (period_start, period_end, indicator_code, province_code,
    commune_code, point_id, unit_type, created_at, value);
