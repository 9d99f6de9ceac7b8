-- The demo network loaded by `npm start` and by the tests: three member organizations in three
-- countries, at example addresses only. Safe to load twice.
INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, website, review_deadline_days, referral_deadline_days)
VALUES ('org-demo-pa', 'demo-pa', 'Keystone Innocence Project (demo)', '["en","es"]', 'intake@demo-pa.example.org', '["US-PA","US-DE"]', 'https://demo-pa.example.org', 14, 21);
INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, website, review_deadline_days, referral_deadline_days)
VALUES ('org-demo-uk', 'demo-uk', 'Innocence Network UK (demo)', '["en"]', 'intake@demo-uk.example.org', '["GB"]', 'https://demo-uk.example.org', 21, 28);
INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, website, review_deadline_days, referral_deadline_days)
VALUES ('org-demo-jp', 'demo-jp', 'Innocence Project Japan (demo)', '["ja","en"]', 'intake@demo-jp.example.org', '["JP"]', 'https://demo-jp.example.org', 21, 30);
INSERT OR IGNORE INTO criteria_versions (id, organization_id, version, criteria)
VALUES ('crit-demo-pa-1', 'org-demo-pa', 1, '[{"id":"jurisdiction","question":"Was the conviction in a state we serve?","rule":{"field":"conviction.jurisdiction","op":"in","value":["US-PA","US-DE"]},"onFail":"route"},{"id":"actual_innocence","question":"Does the applicant claim actual innocence (not only a legal error)?","onFail":"decline"},{"id":"direct_appeal","question":"Is the direct appeal finished?","rule":{"field":"conviction.appealStatus","op":"not_equals","value":"direct_appeal_pending"},"onFail":"flag"}]');
INSERT OR IGNORE INTO criteria_versions (id, organization_id, version, criteria)
VALUES ('crit-demo-uk-1', 'org-demo-uk', 1, '[{"id":"jurisdiction","question":"Was the conviction in the United Kingdom?","rule":{"field":"conviction.jurisdiction","op":"in","value":["GB"]},"onFail":"route"},{"id":"appeals_exhausted","question":"Has the applicant exhausted their appeals?","rule":{"field":"conviction.appealStatus","op":"in","value":["direct_appeal_decided","post_conviction_decided"]},"onFail":"flag"}]');
INSERT OR IGNORE INTO criteria_versions (id, organization_id, version, criteria)
VALUES ('crit-demo-jp-1', 'org-demo-jp', 1, '[{"id":"jurisdiction","question":"Was the conviction in Japan?","rule":{"field":"conviction.jurisdiction","op":"in","value":["JP"]},"onFail":"route"},{"id":"scientific_evidence","question":"Could scientific evidence (DNA, forensics) help prove innocence?","rule":{"field":"claim.evidenceTypes","op":"in","value":["dna","forensic"]},"onFail":"flag"}]');
