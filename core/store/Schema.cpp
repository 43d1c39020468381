#include "core/store/Schema.h"

namespace parindex {

const QList<Migration>& migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE units ("
             " id INTEGER PRIMARY KEY,"
             " code TEXT NOT NULL UNIQUE,"
             " name TEXT NOT NULL,"
             " group_code TEXT NOT NULL CHECK (group_code IN ('so', 'xa', 'huyen')),"
             " ranked INTEGER NOT NULL DEFAULT 1 CHECK (ranked IN (0, 1)),"
             " created_at TEXT NOT NULL)",
             "CREATE TABLE criteria_sets ("
             " sha256 TEXT PRIMARY KEY,"
             " set_id TEXT NOT NULL,"
             " version INTEGER NOT NULL,"
             " year INTEGER NOT NULL,"
             " group_code TEXT NOT NULL,"
             " body BLOB NOT NULL,"
             " added_at TEXT NOT NULL)",
             "CREATE TABLE assessments ("
             " id INTEGER PRIMARY KEY,"
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " kind TEXT NOT NULL CHECK (kind IN ('scored', 'historic')),"
             " set_sha256 TEXT REFERENCES criteria_sets(sha256),"
             " created_at TEXT NOT NULL,"
             " UNIQUE (unit_id, year),"
             " CHECK (kind = 'historic' OR set_sha256 IS NOT NULL))",
             "CREATE TABLE item_inputs ("
             " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
             " item_code TEXT NOT NULL,"
             " input TEXT NOT NULL,"
             " reason TEXT NOT NULL DEFAULT '',"
             " explanation TEXT NOT NULL DEFAULT '',"
             " updated_at TEXT NOT NULL,"
             " PRIMARY KEY (assessment_id, item_code)) WITHOUT ROWID",
             "CREATE TABLE historic_results ("
             " assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,"
             " appraised INTEGER NOT NULL,"
             " survey INTEGER NOT NULL,"
             " bonus INTEGER NOT NULL DEFAULT 0,"
             " penalty INTEGER NOT NULL DEFAULT 0,"
             " max INTEGER NOT NULL CHECK (max > 0))",
             "CREATE TABLE evidence ("
             " id INTEGER PRIMARY KEY,"
             " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
             " sha256 TEXT NOT NULL CHECK (length(sha256) = 64),"
             " size INTEGER NOT NULL CHECK (size >= 0),"
             " media_type TEXT NOT NULL DEFAULT '',"
             " display_name TEXT NOT NULL,"
             " doc_number TEXT NOT NULL DEFAULT '',"
             " issued_on TEXT,"
             " summary TEXT NOT NULL DEFAULT '',"
             " added_at TEXT NOT NULL)",
             "CREATE INDEX evidence_by_hash ON evidence(sha256)",
             "CREATE TABLE evidence_items ("
             " evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,"
             " item_code TEXT NOT NULL,"
             " PRIMARY KEY (evidence_id, item_code)) WITHOUT ROWID",
             "CREATE TABLE audit_log ("
             " id INTEGER PRIMARY KEY,"
             " at TEXT NOT NULL,"
             " actor TEXT NOT NULL,"
             " entity TEXT NOT NULL,"
             " subject TEXT NOT NULL,"
             " item TEXT NOT NULL DEFAULT '',"
             " old_value TEXT,"
             " new_value TEXT)",
         }},
        {2,
         {
             // The unit's own signing key, the private half encrypted with the user's passphrase.
             "CREATE TABLE own_keys ("
             " id INTEGER PRIMARY KEY,"
             " key_id TEXT NOT NULL UNIQUE,"
             " algorithm TEXT NOT NULL,"
             " public_pem TEXT NOT NULL,"
             " private_pem TEXT NOT NULL,"
             " created_at TEXT NOT NULL)",
             // The centre's enrolled unit keys; a revoked key stays for the audit.
             "CREATE TABLE unit_keys ("
             " id INTEGER PRIMARY KEY,"
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " key_id TEXT NOT NULL,"
             " algorithm TEXT NOT NULL,"
             " public_pem TEXT NOT NULL,"
             " enrolled_at TEXT NOT NULL,"
             " revoked_at TEXT,"
             " UNIQUE (unit_id, key_id))",
             "CREATE INDEX unit_keys_by_key ON unit_keys(key_id)",
         }},
        {3,
         {
             // Every accepted submission package, kept whole for the audit; the newest sequence
             // per unit, year and set is the version in force.
             "CREATE TABLE submissions ("
             " id INTEGER PRIMARY KEY,"
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " set_sha256 TEXT NOT NULL,"
             " sequence INTEGER NOT NULL CHECK (sequence >= 1),"
             " manifest_sha256 TEXT NOT NULL UNIQUE,"
             " package_id TEXT NOT NULL,"
             " signer_key_id TEXT NOT NULL,"
             " received_at TEXT NOT NULL,"
             " package_size INTEGER NOT NULL,"
             " manifest BLOB NOT NULL,"
             " signature BLOB NOT NULL,"
             " data BLOB NOT NULL,"
             " UNIQUE (unit_id, year, set_sha256, sequence))",
             "CREATE TABLE submission_evidence ("
             " submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
             " sha256 TEXT NOT NULL,"
             " size INTEGER NOT NULL,"
             " PRIMARY KEY (submission_id, sha256)) WITHOUT ROWID",
             "CREATE TABLE submission_alerts ("
             " id INTEGER PRIMARY KEY,"
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " sequence INTEGER NOT NULL,"
             " manifest_sha256 TEXT NOT NULL,"
             " at TEXT NOT NULL,"
             " reason TEXT NOT NULL)",
         }},
        {4,
         {
             // A replaced signing key is retired, not deleted: the file keeps every key it used.
             "ALTER TABLE own_keys ADD COLUMN retired_at TEXT",
             // Removing a document is undoable: the row stays, marked, until the file is compacted.
             "ALTER TABLE evidence ADD COLUMN removed_at TEXT",
         }},
        {5,
         {
             // A submission the centre withdrew (accepted by mistake): kept whole with who, when
             // and why; its manifest hash refuses the same package ever again.
             "CREATE TABLE withdrawn_submissions ("
             " id INTEGER PRIMARY KEY,"
             " submission_id INTEGER NOT NULL,"
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " set_sha256 TEXT NOT NULL,"
             " sequence INTEGER NOT NULL,"
             " manifest_sha256 TEXT NOT NULL UNIQUE,"
             " package_id TEXT NOT NULL,"
             " signer_key_id TEXT NOT NULL,"
             " received_at TEXT NOT NULL,"
             " package_size INTEGER NOT NULL,"
             " manifest BLOB NOT NULL,"
             " signature BLOB NOT NULL,"
             " data BLOB NOT NULL,"
             " withdrawn_at TEXT NOT NULL,"
             " withdrawn_by TEXT NOT NULL,"
             " reason TEXT NOT NULL)",
         }},
        {6,
         {
             // The appraisal at the centre. Written to run unchanged on PostgreSQL too: natural
             // keys instead of row ids, TEXT for times (ISO 8601) and signed JSON.
             "CREATE TABLE appraisers ("
             " name TEXT PRIMARY KEY,"
             " added_at TEXT NOT NULL)",
             "CREATE TABLE appraiser_areas ("
             " appraiser TEXT NOT NULL REFERENCES appraisers(name),"
             " area_code TEXT NOT NULL,"
             " PRIMARY KEY (appraiser, area_code))",
             "CREATE TABLE year_sets ("
             " year INTEGER NOT NULL,"
             " group_code TEXT NOT NULL CHECK (group_code IN ('so', 'xa', 'huyen')),"
             " set_sha256 TEXT NOT NULL,"
             " PRIMARY KEY (year, group_code))",
             "CREATE TABLE year_deadlines ("
             " year INTEGER NOT NULL,"
             " stage TEXT NOT NULL CHECK (stage IN ('self', 'round1', 'explanation', 'round2')),"
             " due_on TEXT NOT NULL,"
             " PRIMARY KEY (year, stage))",
             "CREATE TABLE appraisal_rounds ("
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " round1_closed_at TEXT,"
             " round2_closed_at TEXT,"
             " basis_sequence INTEGER NOT NULL DEFAULT 0,"
             " PRIMARY KEY (unit_id, year))",
             "CREATE TABLE appraisals ("
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " item_code TEXT NOT NULL,"
             " round INTEGER NOT NULL CHECK (round IN (1, 2)),"
             " input TEXT NOT NULL,"
             " reason TEXT NOT NULL DEFAULT '',"
             " comment TEXT NOT NULL DEFAULT '',"
             " request TEXT NOT NULL DEFAULT '' CHECK (request IN ('', 'explanation', 'evidence')),"
             " appraiser TEXT NOT NULL,"
             " updated_at TEXT NOT NULL,"
             " version INTEGER NOT NULL DEFAULT 1,"
             " PRIMARY KEY (unit_id, year, item_code, round))",
             "CREATE TABLE feedback_sent ("
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " year INTEGER NOT NULL,"
             " sequence INTEGER NOT NULL CHECK (sequence >= 1),"
             " round INTEGER NOT NULL CHECK (round IN (1, 2)),"
             " basis_sequence INTEGER NOT NULL,"
             " manifest_sha256 TEXT NOT NULL UNIQUE,"
             " created_at TEXT NOT NULL,"
             " created_by TEXT NOT NULL,"
             " PRIMARY KEY (unit_id, year, sequence))",
             "CREATE TABLE approvals ("
             " year INTEGER PRIMARY KEY,"
             " decision TEXT NOT NULL,"
             " decided_on TEXT NOT NULL,"
             " members INTEGER NOT NULL DEFAULT 0,"
             " in_favour INTEGER NOT NULL DEFAULT 0,"
             " recorded_at TEXT NOT NULL,"
             " recorded_by TEXT NOT NULL)",
             // A unit's response names the feedback it answers (its sequence; 0 for none).
             "ALTER TABLE submissions ADD COLUMN answers_feedback INTEGER NOT NULL DEFAULT 0",
             // At a unit: the centre's public key, and every feedback package received, whole.
             "CREATE TABLE centre_keys ("
             " key_id TEXT PRIMARY KEY,"
             " public_pem TEXT NOT NULL,"
             " enrolled_at TEXT NOT NULL,"
             " revoked_at TEXT)",
             "CREATE TABLE feedback_received ("
             " year INTEGER NOT NULL,"
             " sequence INTEGER NOT NULL,"
             " round INTEGER NOT NULL,"
             " manifest_sha256 TEXT NOT NULL UNIQUE,"
             " manifest TEXT NOT NULL,"
             " signature TEXT NOT NULL,"
             " data TEXT NOT NULL,"
             " received_at TEXT NOT NULL,"
             " PRIMARY KEY (year, sequence))",
         }},
        {7,
         {
             // The sociological survey: every import (or typed grid) of a year is a version; the
             // latest is in force and the earlier ones are kept.
             "CREATE TABLE survey_versions ("
             " year INTEGER NOT NULL,"
             " version INTEGER NOT NULL CHECK (version >= 1),"
             " shape TEXT NOT NULL CHECK (shape IN ('points', 'answers', 'typed')),"
             " source_name TEXT NOT NULL,"
             " source_sha256 TEXT NOT NULL,"
             " source_rows INTEGER NOT NULL,"
             " imported_at TEXT NOT NULL,"
             " imported_by TEXT NOT NULL,"
             " PRIMARY KEY (year, version))",
             "CREATE TABLE survey_points ("
             " year INTEGER NOT NULL,"
             " version INTEGER NOT NULL,"
             " unit_id INTEGER NOT NULL REFERENCES units(id),"
             " item_code TEXT NOT NULL,"
             " points INTEGER NOT NULL CHECK (points >= 0),"
             " answers INTEGER NOT NULL DEFAULT 0 CHECK (answers >= 0),"
             " PRIMARY KEY (year, version, unit_id, item_code),"
             " FOREIGN KEY (year, version) REFERENCES survey_versions(year, version))",
             // Units of a year formed from last year's units (the 2025 reorganisation).
             "CREATE TABLE unit_mappings ("
             " year INTEGER NOT NULL,"
             " old_unit_id INTEGER NOT NULL REFERENCES units(id),"
             " new_unit_id INTEGER NOT NULL REFERENCES units(id),"
             " recorded_at TEXT NOT NULL,"
             " recorded_by TEXT NOT NULL,"
             " PRIMARY KEY (year, old_unit_id))",
             "ALTER TABLE historic_results ADD COLUMN band TEXT NOT NULL DEFAULT ''",
         }},
    };
    return all;
}

} // namespace parindex
