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
screening-refused-status = “status” must be { $choices } or all
screening-refused-note = “note” holds more than { $max } characters
screening-refused-decision = the form's field decision “{ $given }”: use confirm or dismiss; nothing was changed
screening-refused-choose_list = Choose the list the file is an edition of: { $names }. Nothing was stored.
screening-refused-published_form = “{ $given }” is not a date: write the publisher's date as YYYY-MM-DD (2026-11-30), or leave it blank for today. Nothing was stored.

# The problems of a list file as its reader finds them (`screening/parse.rs`). A day a problem names stands as its number in braces, 0 for the first (written in its place where the problem is shown).
screening-list-value-name = this name
screening-list-value-id = this identifier
screening-list-value-date = this date
screening-list-value-period = this period
screening-list-value-country = this country
screening-list-value-address = this address
screening-list-value-text = this value
screening-list-too_long = { $what } holds { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }; the limit is { $limit ->
        [one] { $limit } character
       *[other] { $limit } characters
    }
screening-list-name_blank = a name is blank here: the text around it names no one (an alias or former name without its name?)
screening-list-names_nothing = “{ $name }” names nothing: a name holds at least one letter or digit
screening-list-too_many_names = this entry gives { $count ->
        [one] { $count } other name
       *[other] { $count } other names
    }; the limit is { $most ->
        [one] { $most } other name
       *[other] { $most } other names
    }
screening-list-too_many_identifiers = this entry gives { $count ->
        [one] { $count } identifier
       *[other] { $count } identifiers
    }; the limit is { $most ->
        [one] { $most } identifier
       *[other] { $most } identifiers
    }
screening-list-column_twice = the column “{ $label }” is given twice (columns { $first } and { $again }): which one holds the values? keep one
screening-list-repeated = this row repeats line { $line } word for word: each entry is listed once
screening-list-repeated_written_otherwise = this row repeats line { $line }, written otherwise only in the case, accents, spaces or punctuation of its names (“{ $first }” / “{ $second }”): each entry is listed once
screening-list-repeated_in_section = “{ $name }” is already listed in this section on line { $line }: each entity is listed once in a section (which row holds?)
screening-list-repeated_measure = “{ $name }” is already listed on line { $line } under the same measure from the same day, differing in: { $diff }; which period holds? each measure is listed once
screening-list-repeated_order = “{ $name }” is already listed on line { $line } under the same order, industry and day, differing in: { $diff }; which row holds? each order is listed once
screening-list-day_too_early = the entry { $end ->
        [yes] ends
       *[no] starts
    } on { $day }, before { $limit }: no list read is older (a mistyped year?)
screening-list-day_too_late = the entry { $end ->
        [yes] ends
       *[no] starts
    } on { $day }, after { $limit }, the latest this list's dates may name (a mistyped year?{ $end ->
        [yes] { " " }leave the end blank when there is none
       *[no] {""}
    })
screening-list-birth_year = the date of birth “{ $born }” is outside { $first } to { $last } (a mistyped year?)
screening-list-file_too_large = the file is larger than { $mib } MiB
screening-list-file_empty = the file is empty
screening-list-no_entries = the file holds no entry of this list (is it the right list and format?)
screening-list-too_many_entries = more than { $most } entries
screening-list-more = … and { $more } more
screening-list-quote_unclosed = the quote that opens this value is never closed: the rest of the file was read as this one value (close it with a “"”, or write a quote inside a value as “""”)
screening-list-quote_unclosed_in = the quote that opens this value (“{ $name }”) is never closed: the rest of the file was read as this one value (close it with a “"”, or write a quote inside a value as “""”)
screening-list-csv_unreadable = this line cannot be read as CSV (a quote opened and not closed?)
screening-list-found_nothing = nothing
screening-list-no_column = no “{ $what }” column in the header (found: { $found })
screening-list-line_short = this line stops at column { $len } of the header's { $width }: “{ $missing }” and what follows are missing
screening-list-line_long = this line goes on past the header's last column (column { $width }, “{ $last }”): a value holding the separator must be put in quotes
screening-list-not_in_column = “{ $value }” is not a value of this column (expected: { $expected })
screening-list-not_a_date = “{ $value }” is not a date (write it 2024-06-21)
screening-list-period_reversed = the period ends ({ $end }) before it starts ({ $start })
screening-list-products_clause = section { $section } of the Act lists products, not entities: the UFLPA Entity List's tables are sections (i), (ii), (iv) and (v)
screening-list-not_a_section = “{ $value }” is not a section of the Act (expected: (i), (ii), (iv), (v) or 2(d)(2)(B)(ii))
screening-list-entity_separators_only = the entity cell holds only spaces or separators (“{ $shown }”): it names no entity; write the entities, or leave the cell empty for an order on a whole region or industry
screening-list-region_without_industry = a row naming no entity must name the industry it covers
screening-list-region_without_country = a row naming no entity must name the country its order covers: without one it reaches no site
screening-list-no_period_column = no “Start date” or “Period” column: a measure without its period cannot be applied
screening-list-not_a_period = “{ $value }” is not a period: a date, or two dates joined by “to”, “until”, “au”, “à”, “jusqu'au” or a dash (write it 2024-06-01 to 2029-05-31, each date a day of the calendar)
screening-list-start_blank = the start of the period is blank
screening-list-measure_blank = the type of measure is blank: Ineligible, Suspended or Administrative agreement is expected
screening-list-not_a_business_number = “{ $value }” is not a CRA business number
screening-list-json-null = null
screening-list-json-boolean = a boolean
screening-list-json-number = a number
screening-list-json-string = a string
screening-list-json-list = a list
screening-list-json-object = an object
screening-list-json-list_of_strings = a list of strings
screening-list-json-true_or_false = true or false
screening-list-wrong_kind = “{ $path }” must be { $must }, found { $found }
screening-list-bad_escape = a \u escape sequence is not a valid character (half of a UTF-16 pair): the text was written from badly decoded data
screening-list-json_cut = the line ends before its JSON object does (the line was cut?)
screening-list-not_json = not JSON from this character on: one FollowTheMoney entity, a JSON object, is expected per line
screening-list-not_an_entity = this JSON value is not a FollowTheMoney entity
screening-list-line_not_object = this line must be a FollowTheMoney entity, a JSON object, found { $found }
screening-list-id_and_schema = a FollowTheMoney entity must have an “id” and a “schema”
screening-list-entity_id_twice = the id “{ $id }” is already given on line { $first }: each entity needs its own
screening-list-person_without_name = a person without a name
screening-list-organisation_without_name = an organisation without a name
screening-list-not_a_territory = “{ $value }” is neither an ISO 3166-1 country code nor a FollowTheMoney territory: the entity's country decides its matches
screening-list-not_a_partial_date = “{ $value }” is not a date: a year, a month or a day of the calendar (1970, 1970-05, 1970-05-21)
screening-list-not_a_moment = “{ $value }” is not a date (write it 2024-06-21 or 2024-06-21T10:00:00)
screening-list-not_an_os_id = “{ $value }” is not an Open Supply Hub id (15 characters: two letters, seven digits and six letters or digits, such as CN2019303BQ3FZP, as a declaration gives it)
screening-list-name_blank_cell = the name is blank
screening-list-entry_id_twice = the id “{ $id }” is already given on line { $first }: each entry needs its own
screening-list-entry_id_alike = the id “{ $id }” is the id “{ $first_id }” of line { $first } but for its case or the width of its characters (full-width “１２３” is “123”): ids that differ only so name one entry, and each entry needs its own
screening-list-alias_empty = the aliases “{ $given }” hold an empty one (two “;” in a row, or one first or last): separate the names by one “;” each, with none first or last
screening-list-os_id_no_country = “{ $value }” is not an Open Supply Hub id: an id begins with the ISO 3166-1 code of its facility's country, and “{ $code }” is no country's code. Copy the id from the facility's page on Open Supply Hub, or leave the cell empty
screening-list-os_id_other_country = “{ $value }” is the Open Supply Hub id of a facility { $id_country } ({ $code }), but this entry is { $entry_country } ({ $entry_code }): an id begins with the code of its facility's country, and entries are matched on their id first. Check the id on the facility's page on Open Supply Hub, or the entry's country
