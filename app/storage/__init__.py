"""sqlite3 index + one folder per session; migrations; atomic writes. No Qt.

API for the review / progress / journal screens (stable; add, do not break)
---------------------------------------------------------------------------
    from app.storage.store import Store            # Store(root=None) -> REBOND_DATA_DIR or the user data dir
    from app.storage.models import Session, Answer, STATUSES

    store = Store()                                # thread-safe; one per process is enough; store.close()
    store.list_sessions() -> list[Session]         # most recent first, each with .answers (ordered by index)
    store.get_session(session_id) -> Session       # InputError if unknown
    store.find_answer(session_id, index) -> Answer # index from 1
    store.get_answer(answer_id) -> Answer
    store.load_report(answer_id) -> dict | None    # the rebond.report/1 JSON, None if not analysed (or file gone)
    store.metric_series(name, language=None) -> [{"session_id", "started_at", "index", "answer_id", "value"}]
    store.delete_session(session_id) -> DeleteReport   # the whole folder first, then the rows (cascade)
    store.delete_answer(answer_id) -> DeleteReport     # media and report files first, then row and metrics
                                                   # both raise DeleteIncompleteError(.remaining: [(path, why)])
                                                   # and keep the row when a file cannot be removed
    store.damaged_index, store.reindexed           # set when opening repaired the index (say so to the user)

Session: id, started_at (ISO UTC), ended_at, language ("fr"/"en"), title, source ("practice"|"import"|"demo"),
synthetic (bool: demo material, label it in the UI), folder (Path), answers.
Answer: id, session_id, index, question_id (bank id, "user-…" or None), question (text as asked), question_note
(what a strong answer contains), status (recording|queued|analyzing|done|interrupted|failed|cancelled),
media (absolute Path; .mkv when recorded, original extension when imported), report (absolute Path or None),
started_at, duration_s, error (readable text or None), origin ("recorded"|"imported"), metrics (dict below).

Metrics per answer (table `metrics`, read from the report by `app.storage.metrics.metrics_from_report`; None
when the report lacks the section): eye_contact_ratio (eye_contact.ratio), fillers_per_minute
(fillers.per_minute), pace_wpm (pace.wpm), long_pauses (pauses.long_count, or the length of a list),
star_completeness (0-4: star.completeness, or the count of star.present.{situation,task,action,result}),
star_result_quantified (1.0/0.0 from star.result_quantified).

Files: <data>/rebond.sqlite3 (WAL) and <data>/sessions/<session_id>/{session.json, answer_NN.mkv,
answer_NN.report.json, calibration.mkv}. Folders Rebond creates are 0700 (an existing folder given with --data-dir
keeps its permissions), files 0600 (recordings are created empty and owner-only before the writer opens them);
every JSON is written atomically (`app.storage.atomic.write_json_atomic`).
The session folders are the source of truth and the index is rebuilt from them: a damaged database (`PRAGMA
quick_check` at opening) is moved aside as `rebond.sqlite3.damaged-<time>` and a new one is filled from every
folder's session.json, media and reports; folders the index does not list (all of them when the file was emptied to
0 bytes) are added back at each opening.
Paths in the index are plain file names inside `<data>/sessions/<id>/`: anything else (`../..`, an absolute path)
is ignored, and a session folder that is a symbolic link is never deleted through. Errors reach callers as
`app.core.errors.StorageError` (DiskFullError, DeleteIncompleteError) naming the file and the fix. Schema: ordered migrations in `app.storage.migrations` (PRAGMA
user_version); a database newer than the code is refused. Also: `app.storage.question_bank` (shipped questions,
FR/EN, categories, rebound drill), `app.storage.user_questions` (user questions and named sets) and
`app.storage.journal` (schema v4: feedback-journal entries with ordered tags, weekly goals, saved written answers;
an old `<data>/journal.json` is imported once by `import_legacy_journal`).
Writers used by the practice flow: create_session, add_answer, set_status, reset_media, save_report, end_session,
recover. Rows being recorded, queued or analysed carry the owning process id: `recover()` leaves alone the work of
another Rebond process that is still running.
"""
