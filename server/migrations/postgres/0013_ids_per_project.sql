-- Form and consent template ids belong to their project: two organisations may both call
-- their form `household` version `1` (issue 17: ids were unique across the whole server,
-- so one project's upload could be refused, or checked, against another's).
ALTER TABLE submissions DROP CONSTRAINT submissions_form_id_form_version_fkey;
ALTER TABLE forms DROP CONSTRAINT forms_pkey;
ALTER TABLE forms ADD PRIMARY KEY (project_id, form_id, version);
ALTER TABLE consent_templates DROP CONSTRAINT consent_templates_pkey;
ALTER TABLE consent_templates ADD PRIMARY KEY (project_id, template_id, version);
ALTER TABLE submissions ADD CONSTRAINT submissions_form_fkey
    FOREIGN KEY (project_id, form_id, form_version) REFERENCES forms(project_id, form_id, version);
DROP INDEX submissions_by_template;
CREATE INDEX submissions_by_template ON submissions(project_id, template_id, template_version);
