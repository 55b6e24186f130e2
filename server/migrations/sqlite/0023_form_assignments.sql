-- Enumerators assigned to forms (issue 20). An enumerator with no row here fills every
-- published form of the project (also forms published later); one with rows fills only
-- those forms. The phone's bundle carries what the enumerator fills.
CREATE TABLE form_assignments (
    project_id   TEXT NOT NULL REFERENCES projects(id),
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    form_id      TEXT NOT NULL,
    assigned_at  TEXT NOT NULL,
    PRIMARY KEY (project_id, user_id, form_id)
);

-- The forms each phone was given (at enrolment and in a bundle): a record of such a form
-- from that phone is accepted even after its enumerator was unassigned from the form, so
-- records saved before an assignment changed are never lost. Phones enrolled before this
-- table existed were given every published form of their project.
CREATE TABLE device_forms (
    device_id  TEXT NOT NULL REFERENCES devices(id),
    form_id    TEXT NOT NULL,
    PRIMARY KEY (device_id, form_id)
);
INSERT INTO device_forms (device_id, form_id)
    SELECT DISTINCT d.id, f.form_id FROM devices d
    JOIN forms f ON f.project_id = d.project_id AND f.state = 'published';
