# What a command says on standard error beside its answer (`telemetry::init_command`): a log event that names its
# message here (`said = "cli_log.…"`) is said in the language of the command line; the service's log keeps the
# event's English. `{ $error }` is the cause in the words of the library that failed.

cli_log-warning = warning: { $message }
cli_log-analyze_failed = the database's statistics were not refreshed after the import (ANALYZE failed): the declarations are stored, but queries may be slow until PostgreSQL's autovacuum refreshes them. Cause: { $error }
cli_log-rollback_failed = undoing a failed write failed; the database undoes it when the connection closes, and nothing of it is stored. Cause: { $error }
cli_log-vacuum_failed = the database file keeps the room of the site rows the upgrade removed (VACUUM failed): it is whole and right, only larger. Cause: { $error }
cli_log-bid_spellings = a supplier bid under several spellings of solicitation { $solicitation } ({ $spellings }): they stay apart
cli_log-screening_failed = declaration { $declaration } is stored, but it was not screened against the entity lists; the next list import screens it. Cause: { $error }
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
