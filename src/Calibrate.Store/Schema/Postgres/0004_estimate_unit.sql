-- Estimates name their unit (HS23 or HS06): the whole-node figure's column says "estimate", not "hs06", and the unit
-- sits beside it. Rows stored before were HS06 (the only unit then); NULL reads back as HS06.
ALTER TABLE results RENAME COLUMN hs06 TO estimate_value;
ALTER TABLE results ADD COLUMN estimate_unit TEXT;
