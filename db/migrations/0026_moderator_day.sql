-- Reserved slot that landed empty (stop 16): installs have run it, so its planned content went to 0032_decision_corrections.sql. Kept so the journal stays in order.
SELECT 1;
