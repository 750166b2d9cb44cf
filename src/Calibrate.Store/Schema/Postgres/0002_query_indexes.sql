-- Comparisons by label, views by CPU model, and time windows.
CREATE INDEX results_label_started ON results (label, started_utc);
CREATE INDEX results_cpu_model_started ON results (cpu_model, started_utc);
CREATE INDEX results_started ON results (started_utc);
