# What a command says on standard error beside its answer (`telemetry::init_command`): a log event that names its
# message here (`said = "cli_log.…"`) is said in the language of the command line; the service's log keeps the
# event's English. `{ $error }` is the cause in the words of the library that failed.

cli_log-warning = warning: { $message }
cli_log-analyze_failed = the database's statistics were not refreshed after the import (ANALYZE failed): the declarations are stored, but queries may be slow until PostgreSQL's autovacuum refreshes them. Cause: { $error }
cli_log-rollback_failed = undoing a failed write failed; the database undoes it when the connection closes, and nothing of it is stored. Cause: { $error }
cli_log-vacuum_failed = the database file keeps the room of the site rows the upgrade removed (VACUUM failed): it is whole and right, only larger. Cause: { $error }
cli_log-bid_spellings = a supplier bid under several spellings of solicitation { $solicitation } ({ $spellings }): they stay apart
cli_log-screening_failed = declaration { $declaration } is stored, but it was not screened against the entity lists; the next list import screens it. Cause: { $error }
cli_log-alerts_not_queued = { $alerts } new screening alerts on { $list } are stored and on the alerts page, but the message telling officers and auditors of them was not queued. Cause: { $error }
cli-no_edition = no edition #{ $edition }: chainon screening lists names the editions with their identifiers
synth-written = { $file }: { $declarations ->
    [one] { $declarations } declaration
   *[other] { $declarations } declarations
}, { $rows ->
    [one] { $rows } site row
   *[other] { $rows } site rows
}, { $sites ->
    [one] { $sites } facility
   *[other] { $sites } facilities
}
cli-shared_range = --shared { $given }: give a share between 0 and 1

# chainon user …: what each command prints, and its refusals (said in the language of --lang, or in both).
user-created = created account { $email } ({ $role }, #{ $id })
user-token_issued = API token { $id } for { $email } ({ $role }); it is shown once: keep it secret. Revoke it with chainon user token revoke --email { $email } --id { $id }.
user-token_live = live
user-token_revoked = revoked { $at }
user-token_revoke_done = revoked token { $id } of { $email }
user-disabled_mark = (disabled)
user-disabled = disabled { $email }: its sessions have ended and its API tokens are refused
user-enabled = enabled { $email }
user-role_changed = { $email }: { $old } → { $new }
user-business_number = --business-number: { $why }
user-not_email = --email { $email }: not an e-mail address. Nothing was created.
user-email_taken = --email { $email }: already the address of the account “{ $name }” (#{ $id }); an e-mail names one account. Nothing was created.
user-no_password = give the password on standard input with --password-stdin, or in CHAINON_PASSWORD. Nothing was created.
user-password_unread = the password could not be read from standard input ({ $detail }). Nothing was created.
user-no_account = no account has the e-mail { $email }: chainon user list names the accounts. Nothing was changed.
user-no_enabled_account = no enabled account has the e-mail { $email }: chainon user list names the accounts and marks those disabled. No token was issued.
user-no_live_token_named = { $email } has no live token named “{ $name }”: chainon user token list --email { $email } names its tokens. Nothing was revoked.
user-no_live_token_id = { $email } has no live token with the id { $id }: chainon user token list --email { $email } names its tokens. Nothing was revoked.

# chainon model derive
model-derive_written = model { $version } written to { $folder }: valid
model-derive_exists = { $folder } already exists: a model version is never overwritten. Nothing was written.
model-derive_failed = the model { $version } could not be made: { $detail }. Nothing was written.
model-error_missing = the model's file { $file } is missing
model-error_invalid = the model is not valid: { $fault }
model-error_unreadable = { $place } does not read as its format (the reader says: { $detail })
model-fault_no_column = { $file } has no column “{ $column }”
model-fault_source_missing = model.toml names no source “{ $key }”
model-fault_no_sources = model.toml has no [sources] table
model-fault_no_world = ilo_regional_estimates.csv has no World row for { $indicator }
model-fault_no_unassessed_points = model.toml: [child_context_advancement] gives no points for “{ $level }”
model-fault_group_without_countries = model.toml: { $key } names the income group “{ $group }”, which no country of the { $source } source is in
model-fault_group_without_estimate = model.toml: { $key } names “{ $group }”, for which ilo_regional_estimates.csv has no { $row } row
model-fault_income_line_empty = income_groups.csv, line { $line }: no country or no income group
model-fault_income_line_no_country = income_groups.csv, line { $line }: “{ $name }” is no ISO 3166 country
model-fault_income_line_twice = income_groups.csv, line { $line }: “{ $name }” is given twice
model-fault_region_places = the table of places of the regions does not read: { $detail }
model-load_failed = the model { $model } could not be loaded: { $detail }
