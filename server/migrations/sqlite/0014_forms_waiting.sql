-- Forms that read files not attached yet (issue 19): the uploaded workbook is kept with the
-- names of the files it waits for, and imported again each time a data file is uploaded;
-- published once none is missing. Phones never see it before.
CREATE TABLE forms_waiting (
    project_id   TEXT NOT NULL REFERENCES projects(id),
    file_name    TEXT NOT NULL,
    source       BLOB NOT NULL,
    missing      TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL,
    uploaded_by  TEXT NOT NULL,
    PRIMARY KEY (project_id, file_name)
);
