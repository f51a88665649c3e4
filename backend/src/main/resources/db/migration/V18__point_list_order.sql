-- A province's points listed in id order (the list's default) read the index in that order and stop
-- after the page, instead of sorting every point of the province for each page (V1's province index
-- is ordered by establishment date).
CREATE INDEX ix_point_province_id ON replication_point (province_code, id);
