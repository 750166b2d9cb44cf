-- The host's noise during the run (the larger robust CV of the ALU and memory-latency probes), beside the score: a
-- comparison of a label measured once floors its run-to-run term with it, as the run's own estimate did. Filled from
-- the stored documents; NULL where a result had no noise probes.
ALTER TABLE results ADD COLUMN host_noise REAL;
UPDATE results SET host_noise = (
  SELECT NULLIF(max(coalesce(json_extract(d.result_json, '$.noise.aluDispersion'), -1),
                    coalesce(json_extract(d.result_json, '$.noise.memoryDispersion'), -1)), -1)
  FROM result_documents d WHERE d.id = results.id);
