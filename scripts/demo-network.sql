-- The demo network loaded by `npm start` and by the tests: three member organizations in three
-- countries, each with two reviewers and a referral partner, at example addresses only. Safe to load twice.
INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, website, postal_address, review_deadline_days, referral_deadline_days)
VALUES ('org-demo-pa', 'demo-pa', 'Keystone Innocence Project (demo)', '["en","es"]', 'intake@demo-pa.example.org', '["US-PA","US-DE"]', 'https://demo-pa.example.org', 'PO Box 1234
Philadelphia, PA 19101
USA', 14, 21);
INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, website, postal_address, review_deadline_days, referral_deadline_days)
VALUES ('org-demo-uk', 'demo-uk', 'Innocence Network UK (demo)', '["en"]', 'intake@demo-uk.example.org', '["GB"]', 'https://demo-uk.example.org', 'Freepost INUK-DEMO
London EC1A 1AA
United Kingdom', 21, 28);
INSERT OR IGNORE INTO organizations (id, slug, name, languages, intake_email, jurisdictions, website, postal_address, review_deadline_days, referral_deadline_days)
VALUES ('org-demo-jp', 'demo-jp', 'Innocence Project Japan (demo)', '["ja","en"]', 'intake@demo-jp.example.org', '["JP"]', 'https://demo-jp.example.org', '〒100-0001
東京都千代田区千代田1-1 デモビル3階', 21, 30);
INSERT OR IGNORE INTO criteria_versions (id, organization_id, version, criteria)
VALUES ('crit-demo-pa-1', 'org-demo-pa', 1, '[{"id":"actual_innocence","question":"Does the applicant claim actual innocence (not only a legal error)?","questions":{"es":"¿La persona solicitante dice que es inocente de verdad (no solo que hubo un error legal)?"},"onFail":"decline"},{"id":"direct_appeal","question":"Is the direct appeal finished?","questions":{"es":"¿Ya terminó la apelación directa?"},"rule":{"field":"conviction.appealStatus","op":"not_equals","value":"direct_appeal_pending"},"onFail":"flag"}]');
INSERT OR IGNORE INTO criteria_versions (id, organization_id, version, criteria)
VALUES ('crit-demo-uk-1', 'org-demo-uk', 1, '[{"id":"appeals_exhausted","question":"Has the applicant exhausted their appeals?","rule":{"field":"conviction.appealStatus","op":"in","value":["direct_appeal_decided","post_conviction_decided"]},"onFail":"flag"}]');
INSERT OR IGNORE INTO criteria_versions (id, organization_id, version, criteria)
VALUES ('crit-demo-jp-1', 'org-demo-jp', 1, '[{"id":"scientific_evidence","question":"Could scientific evidence (DNA, forensics) help prove innocence?","questions":{"ja":"科学的な証拠（DNA鑑定など）で無実を証明できる可能性がありますか？"},"rule":{"field":"claim.evidenceTypes","op":"in","value":["dna","forensic"]},"onFail":"flag"}]');
INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-pa-1', 'org-demo-pa', 'Alex Rivera', 'alex.rivera@reviewers.example.org', 'en');
INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-pa-2', 'org-demo-pa', 'Beatriz Santos', 'beatriz.santos@reviewers.example.org', 'es');
INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-uk-1', 'org-demo-uk', 'Chris Walker', 'chris.walker@reviewers.example.org', 'en');
INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-uk-2', 'org-demo-uk', 'Dana Hughes', 'dana.hughes@reviewers.example.org', 'en');
INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-jp-1', 'org-demo-jp', 'Emi Sato', 'emi.sato@reviewers.example.org', 'ja');
INSERT OR IGNORE INTO reviewers (id, organization_id, name, email, language) VALUES ('rev-jp-2', 'org-demo-jp', 'Kenji Mori', 'kenji.mori@reviewers.example.org', 'ja');
INSERT OR IGNORE INTO referral_partners (id, organization_id, name, email, language) VALUES ('partner-pa', 'org-demo-pa', 'Liberty Pro Bono LLP', 'intake@liberty-probono.example.com', 'en');
INSERT OR IGNORE INTO referral_partners (id, organization_id, name, email, language) VALUES ('partner-uk', 'org-demo-uk', 'Chambers Pro Bono Unit', 'referrals@chambers-probono.example.co.uk', 'en');
INSERT OR IGNORE INTO referral_partners (id, organization_id, name, email, language) VALUES ('partner-jp', 'org-demo-jp', '東京えん罪弁護団', 'bengodan@tokyo-defense.example.jp', 'ja');
