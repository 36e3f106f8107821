# The refusals and failures of requests (“web”): a parameter of the address or a form, a body, an upload, a clash
# with what is stored, and the answers of the service's own failures. A parameter's value and range are quoted as
# they are to be typed ($value, $low, $high, $min, $max: text, never grouped); counts are numbers.

request-quoted = “{ $text }”

## A parameter refused (“web/params.rs”): where it is, then why.
request-param-query = { $name } “{ $value }”
request-param-query_bare = { $name }
request-param-path = { $name } “{ $value }” in the address
request-param-path_bare = { $name } in the address
request-param-form = the form's field { $name } “{ $value }”
request-param-form_bare = the form's field { $name }
request-param-refused = { $what }: { $why }
request-use-range = use a whole number from { $low } to { $high }
request-use-whole = use a whole number, e.g. 2
request-use-at_least = use a whole number of { $min } or more
request-use-at_most = this number is too large: use one of at most { $max }
request-use-id = use an id, a whole number from 1 to { $max }
request-use-number = use a number, e.g. 2.5
request-use-true_or_false = use true or false
request-use-one_of = use one of { $values }
request-twice-one_of = it is given more than once: give it once, one of { $values }
request-twice = it is given more than once: give it once
request-missing = it is missing, and it is required
request-unknown-query = this address takes no such parameter; { $takes }
request-unknown-form = this form has no such field, and nothing was changed; { $takes }
request-takes = it takes { $names }
request-takes_none = it takes none
request-has = it has { $names }
request-has_none = it has none
request-meant = { $why }; did you mean “{ $meant }”?
request-unreadable_value = this value cannot be read: see the documentation of this address for what it takes
request-form-not_urlencoded = The form must be sent as application/x-www-form-urlencoded, as the page's own form sends it; nothing was changed.
request-form-unreadable = The form cannot be read: its parts are not well formed (multipart/form-data). Send it again from its page, or check how your program builds the form; nothing was changed.

## The service's answers (“web/error.rs”).
request-too_large-body = What was sent is larger than the limit of { $size }; nothing was stored. { $advice }
request-too_large-attachments = The files attached to the form are, in all, larger than the limit of { $size }; nothing was stored. { $advice }
request-too_large-file = The file “{ $file }” is larger than the limit of { $size }; nothing was stored. { $advice }
request-too_large-declaration = The declaration file sent is larger than the limit of { $size }; nothing was stored. { $advice }
request-too_large-list = The list file sent is larger than the limit of { $size }; nothing was stored. { $advice }
request-advice-body = Send less: a shorter text, or fewer values.
request-advice-declaration = Send a smaller file (a declaration in CSV files in a zip, or in JSON, is smaller).
request-advice-list = Send the publisher's file as it is put out, one list a file, not compressed or bundled with others; for a larger list, an administrator raises “limits.max_list_file_bytes”.
request-advice-attachments = Attach fewer or smaller files (each at most { $each }, { $count } a record entry) and send the form again.
request-not_found = There is nothing at this address.
request-superseded = Declaration { $declaration } was replaced by declaration { $current }: send requests and notes on the current one (/bids/{ $current }/follow-up); nothing was recorded.
request-rejected = The declaration was refused: { $count ->
    [one] { $count } error
   *[other] { $count } errors
}, listed in “issues”. Nothing was stored.
request-list_rejected = The list file was refused: { $count ->
    [one] { $count } error
   *[other] { $count } errors
}, listed in “issues”. Nothing was stored.
request-unauthorized = Sign in first: send a valid API token ({ $header }) or a session cookie.
request-forbidden = Your role does not allow this; nothing was changed.
request-csrf = The form has expired or did not come from this site; reload the page and try again. Nothing was changed.
request-method_not_allowed = This address does not answer this method; it answers { $allow }.
request-too_many = Too many attempts; try again in { $wait }.
request-print_failed = The PDF could not be printed; the HTML dossier is available. Try again in { $wait }.
request-database_unavailable = The database is busy or cannot be reached right now; try again in { $wait }.
request-busy = The service is computing as many reports as it can at once; try again in { $wait }.
request-uploads_busy = The service is receiving as many files as it can hold at once; nothing was stored: send the file again in { $wait }.
request-reader_busy = The service was too busy to finish reading the file in time; the file is not refused and nothing was stored: send it again in { $wait }.
request-internal = An internal error occurred; it has been logged.
request-clash-newer_declaration = Supplier sheet, Declaration date: this declaration is dated { $refused }, before the supplier's { $solicitation ->
    [yes] declaration for solicitation { $number }
   *[no] standing declaration (no solicitation)
} dated { $in_force } (reference { $reference }, declaration { $id }), which stays in force. The declaration in force is the latest dated; send a declaration dated { $in_force } or later to replace it. Nothing was stored.
request-clash-contract = number: contract { $number } is already recorded; a contract number is recorded once. Nothing was changed.
request-clash-contract_at = number: contract { $number } is already recorded (/contracts/{ $id }); a contract number is recorded once. Nothing was changed.
request-clash-email = email: an account with the e-mail { $email } already exists; an e-mail names one account. Nothing was changed.
request-clash-hit = Screening hit { $hit } { $why }. Nothing was changed.
request-clash-hit_decided = Screening hit { $hit } { $why } ({ $how } by { $by } on { $at }). Nothing was changed.
request-clash-hit-confirmed = is already confirmed: a hit is decided once, and its decision stays on record
request-clash-hit-dismissed = is already dismissed: a hit is decided once, and its decision stays on record
request-clash-hit-superseded = is closed: a newer declaration of the supplier replaced the one it was found on, and only an open hit can be decided
request-clash-hit-entry_removed = is closed: its entry, as matched, is no longer on the list's latest edition, and only an open hit can be decided
request-clash-hit-closed = is no longer open: only an open hit can be decided
request-clash-hit-how_confirmed = confirmed
request-clash-hit-how_dismissed = dismissed
request-clash-account_disabled = Account { $id } is disabled: re-enable it before starting a password reset. Nothing was changed.
request-clash-same_place = the same place
request-clash-not_same_place = not the same place
request-constraint-contract = number: a contract with this number was recorded at the same time; a contract number is recorded once. Nothing was changed.
request-constraint-account = email: an account with this e-mail was created at the same time; an e-mail names one account. Nothing was changed.
request-constraint-declaration = file: the same file was stored at the same time; send it again to get its receipt. Nothing was changed.
request-constraint-site = PlacesOfWork, Site ID: two sites of the declaration have the same Site ID. Nothing was changed.
request-constraint-supplier = Supplier: a declaration of the same supplier was stored at the same time; send yours again. Nothing was changed.
request-constraint-bid = Supplier: a bid of the same supplier for this solicitation was stored at the same time; send yours again. Nothing was changed.
request-constraint-audit = another change was recorded in the audit log at the same moment; send the request again. Nothing was changed.
request-constraint-edition = the same list file was imported at the same time; it is stored once. Nothing was changed.
request-constraint-decision = a decision on the same hit was recorded at the same time; a hit is decided once. Nothing was changed.
request-constraint-foreign_key = The request names a record that does not exist, or one that other records still refer to; nothing was changed.
request-constraint-other = The request repeats a record already stored ({ $raw }); nothing was changed.
request-graph-not_proposed = { $a } and { $b } must be the keys of two facilities proposed as a possible match (GET /api/v1/graph/matches)
request-unreadable = The request could not be read: its address, query or body is not in the form this address takes (see the API documentation, or send the form again from its page); nothing was changed.
request-json-refused = The request could not be read: { $why }{ $asks ->
        [yes] {""}
       *[no] .
    }
request-json-eof = the body ends before its JSON does (line { $line }, column { $column })
request-json-syntax = the body is not valid JSON at line { $line }, column { $column }
request-json-missing = missing field “{ $field }” (it is required)
request-json-unknown = the field “{ $field }” is not one this request takes (a field it does not know is refused, never dropped); { $takes }
request-json-one_of_given = the field “{ $field }” holds “{ $value }”, which is not one of its values: use one of { $values }
request-json-day = the field “{ $field }” holds “{ $value }”, which is not a day of the calendar: write the day as YYYY-MM-DD (2026-03-31)
request-json-wrong_value = the field “{ $field }” holds { $kind ->
        [text] the text “{ $value }”
        [number] the number { $value }
        [boolean] the boolean { $value }
        [list] the list { $value }
        [object] the object { $value }
       *[other] { $value }
    }, of the wrong type or not a value it takes (see the API documentation)
request-json-wrong_type_bare = the field “{ $field }” has the wrong type or a value that is not allowed (see the API documentation)
request-json-body_type_bare = the body has the wrong type (see the API documentation)
request-json-duplicate = the field “{ $field }” is given twice (give each field once)
request-json-one_of = the field “{ $field }”: use one of { $values }
request-json-wrong_type = the field “{ $field }” has the wrong type or a value that is not allowed (line { $line }, column { $column }; see the API documentation)
request-json-body_type = the body has the wrong type (line { $line }, column { $column }; see the API documentation)
request-json-io = the body could not be received whole
request-json-content_type = The body must be sent as application/json; nothing was changed.

## What a request sends (“web/input.rs”).
request-what-declaration = the declaration file
request-what-list = the list file
request-given-none = without a Content-Type
request-given-as = as { $type }
request-body-sent_as = The body was sent with Content-Type { $type }: send it as JSON, with “{ $header }”.
request-body-sent_without = The body was sent with no Content-Type: send it as JSON, with “{ $header }”.
request-body-the_body = the body
request-body-not_object = { $at } must be a JSON object {"{ … }"} naming its fields, not { $given }: values are never read by their position
request-body-given-list = a list [ … ]
request-body-given-string = a string
request-body-given-number = a number
request-body-given-bool = true or false
request-body-given-null = null
request-upload-interrupted = The upload was interrupted before the end of the file: send it again.
request-upload-too_many_parts_api = The form has more than { $max } parts: send the file in a part named “file”.
request-upload-too_many_parts_page = The form sent has more than { $max } fields: send the file again from this page. Nothing was stored.
request-upload-two_files_page = You sent more than one file (“{ $first }”, then “{ $second }”): send { $what } alone. Nothing was stored.
request-upload-two_files_page_unnamed = You sent more than one file (“{ $first }”, then another file): send { $what } alone. Nothing was stored.
request-upload-two_files_api = The form carries more than one file (“{ $first }”, then “{ $second }” too): send { $what } alone, in one part named “file”. Nothing was stored.
request-upload-two_files_api_unnamed = The form carries more than one file (“{ $first }”, then another part named “file”): send { $what } alone, in one part named “file”. Nothing was stored.
request-part-named = the part “{ $part }”
request-part-unnamed = a part without a name
request-part-twice = carries { $part } twice: give it once
request-part-not_taken = carries { $part }, which it does not take
request-part-refused_api = The form { $why }; it takes { $takes }, in any order. Nothing was stored.
request-part-refused_page = The form sent { $why }: send the file again from this page. Nothing was stored.
request-upload-empty_part = The “file” part is empty: choose a file to submit.
request-upload-empty_file = The file “{ $file }” is empty: choose { $what }, then submit it. Nothing was stored.
request-upload-no_file_chosen = No file was chosen, or the file is empty: choose { $what }, then submit it. Nothing was stored.
request-upload-file_name_with_form = { $parameter } “{ $given }”: this parameter names the file of a raw body, and this request sends a form (multipart/form-data) whose “file” part names its own file; send { $parameter } without the form, or the form without { $parameter }.
request-upload-unreadable = The form cannot be read: its parts are not well formed (multipart/form-data). Send the file again from the page, or check how your program builds the form.
request-upload-part_too_large = The form's part “{ $part }” holds more than { $max } bytes; only the file may be large.
request-upload-field_too_large = A field of the form holds more than { $max } bytes; only the file may be large. Nothing was stored.
request-upload-no_file_part = The form has no “file” part: send { $what } in a part named “file”.
request-upload-no_file = The form sent carries no file: choose { $what }, then submit it. Nothing was stored.

## The filters of lists (“web/listing.rs”, “web/pages.rs”).
request-filter-one_of = { $name } “{ $value }”: use one of { $values }
request-filter-date = { $name } “{ $value }”: use a date written YYYY-MM-DD, e.g. 2026-04-01
request-filter-reversed = from { $from } is after to { $to }: give the earlier date as from and the later one as to
request-filter-outside_year = { $name } { $date } is outside fy { $year } ({ $first } to { $last }): give a date within that fiscal year, or leave out fy or { $name }
request-filter-search_length = { $name }: search with at most { $words } words and { $chars } characters; this search has { $given_words ->
    [one] { $given_words } word
   *[other] { $given_words } words
} and { $given_chars ->
    [one] { $given_chars } character
   *[other] { $given_chars } characters
}
request-filter-search_no_word = { $name } “{ $value }”: search with at least one letter or digit
request-filter-country = country { $why }
request-filter-country_code = country “{ $value }”: use an ISO 3166-1 alpha-2 code, e.g. CN or BD
request-filter-bid_number = bids “{ $value }”: a bid is named by its declaration number
request-filter-no_such_bid = bids “{ $value }”: no bid of { $solicitation } has this number
request-filter-export_format = format “{ $value }”: use csv or xlsx
request-filter-kind = kind: use forced or child
request-filter-band = { $name } “{ $value }”: a band is low, medium, high or critical

## The national graph (“web/graph.rs”).
request-graph-format = format “{ $value }”: use one of { $formats }
request-graph-decision = the form's field decision “{ $value }”: use same or different; nothing was changed

## Accounts (“web/accounts.rs”).
request-account-oneself = An administrator cannot disable their own account or change its role; ask another administrator.
request-account-role = role { $value }: use supplier, officer, auditor or administrator
request-account-organisation-missing = a supplier account needs its organisation's business number
request-account-organisation-not_supplier = only supplier accounts have a business number
request-account-organisation-invalid = business number { $number }: { $why }
