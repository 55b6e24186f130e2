-- The review desk (issue 20): the list is newest first by (received time, id), within a
-- project, and may be narrowed to review states, an enumerator or a form version. Each
-- index below lets a page start at its cursor and stop after a page, whatever the filter,
-- and holds the review state, so records are counted per state without reading them.
-- (project_id, review_state) is a prefix of the new index by state: dropped.
DROP INDEX submissions_by_state;
CREATE INDEX submissions_newest ON submissions(project_id, received_at, id, review_state);
CREATE INDEX submissions_newest_by_state ON submissions(project_id, review_state, received_at, id);
CREATE INDEX submissions_newest_by_enumerator
    ON submissions(project_id, enumerator_id, review_state, received_at, id);
CREATE INDEX submissions_newest_by_form
    ON submissions(project_id, form_id, form_version, review_state, received_at, id);
