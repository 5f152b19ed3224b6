-- Reserved slot: filled by the work that owns it. Empty until then.
SELECT 1;
