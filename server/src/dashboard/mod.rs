//! The public dashboard ("You said, we did"): what was collected, the indicators the
//! policy names and the actions the project published, as one server-rendered page per
//! project (`GET /p/{project}/dashboard`), protected by [`figures`].

pub mod figures;
