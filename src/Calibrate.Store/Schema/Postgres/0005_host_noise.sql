-- The host's noise during the run (the larger robust CV of the ALU and memory-latency probes), beside the score: a
-- comparison of a label measured once floors its run-to-run term with it, as the run's own estimate did. Filled from
-- the stored documents; NULL where a result had no noise probes.
ALTER TABLE results ADD COLUMN host_noise DOUBLE PRECISION;
UPDATE results SET host_noise = GREATEST(
  (result_json -> 'noise' ->> 'aluDispersion')::double precision,
  (result_json -> 'noise' ->> 'memoryDispersion')::double precision);
