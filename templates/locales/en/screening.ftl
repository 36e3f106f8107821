# A list file's problems, where they are, and the refusals of the screening pages and API (“web/screening.rs”).

screening-problem-file = the file
screening-problem-line = line { $line }
screening-problem-line_column = line { $line }, column { $column }
screening-problem-at = { $place }: { $message }
screening-problem-at_field = { $place } ({ $field }): { $message }
screening-refused-older_twice = older: the query says “{ $query }” and the form's part “{ $form }”: say it once, or the same in both. Nothing was stored.
screening-refused-list = “list” must be one of { $codes }
screening-refused-published = “published” must be a date written YYYY-MM-DD, not “{ $given }”
screening-refused-source_twice = The edition's source is given both in the query and in the form's part “{ $part }”: give it in one place. Nothing was stored.
screening-refused-change = “change” must be added, removed, changed or all
screening-refused-search = “q” must be at most { $max } characters
screening-refused-status = “status” must be { $choices } or all
screening-refused-note = “note” holds more than { $max } characters
screening-refused-decision = the form's field decision “{ $given }”: use confirm or dismiss; nothing was changed
screening-refused-choose_list = Choose the list the file is an edition of: { $names }. Nothing was stored.
screening-refused-published_form = “{ $given }” is not a date: write the publisher's date as YYYY-MM-DD (2026-11-30), or leave it blank for today. Nothing was stored.
