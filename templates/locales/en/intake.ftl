# The intake's words: what the declaration template says in each cell and on its instructions sheet, and the
# refusals and warnings of reading a submitted file (`import`), said in the reader's language where they are
# shown (`import` builds the message, `domain::say` puts it into words). Same ids and variables as
# ../fr/intake.ftl (a test checks).

# The template's input prompts, a cell's at most 255 characters (Excel's limit; a test checks).
template-prompt-supplier-legal_name = Your organisation's legal name, as registered.
template-prompt-supplier-business_number = Your 9-digit CRA business number (a program account such as 123456782RT0001 is accepted).
template-prompt-supplier-country = The country of your organisation: choose it from the list.
template-prompt-supplier-address = The address of your head office.
template-prompt-supplier-contact_name = Who answers questions about this declaration.
template-prompt-supplier-contact_email = Their e-mail address.
template-prompt-supplier-solicitation = The solicitation this declaration answers (blank for a standing declaration).
template-prompt-supplier-declaration_date = The date you sign the declaration, as 2026-03-31.
template-prompt-supplier-signatory_name = The name of the person who signs.
template-prompt-supplier-signatory_title = Their title in your organisation.
template-prompt-attestations-right = The right attested: choose it from the list (one row for each of the nine rights).
template-prompt-attestations-attested = Yes if your organisation respects this right and requires it as far as the scope says; No otherwise.
template-prompt-attestations-scope = How far down the chain your attestation reaches: choose from the list.
template-prompt-attestations-comment = Anything the officer should know about this answer.
template-prompt-due_diligence-question = The question, as written in the template.
template-prompt-due_diligence-answer = Yes or No; for the tiers of the chain mapped, how many tiers (a whole number).
template-prompt-due_diligence-detail = For social audits, the standard (e.g. SMETA); for the S-211 report, its web address.
template-prompt-places-site_id = A short identifier of your choosing for this site (e.g. S1), unique in the sheet.
template-prompt-places-site_name = The name of the site, e.g. the factory's or the farm's name.
template-prompt-places-operator = The company that runs the site, if it is not the site's own name.
template-prompt-places-operator_business_number = The operator's business number, if it has one in Canada.
template-prompt-places-role = What the site does in the chain: choose from the list.
template-prompt-places-goods = What the site makes or handles, in plain words (e.g. cotton yarn).
template-prompt-places-classification = The UNSPSC code (8 digits, e.g. 46181504) or GSIN code (e.g. N8415) of those goods.
template-prompt-places-inputs = The main materials the site uses, separated by ; (e.g. cotton; polyester).
template-prompt-places-address = The street address of the site.
template-prompt-places-city = The city or town.
template-prompt-places-region = The province, state or region.
template-prompt-places-country = The country of the site: choose it from the list.
template-prompt-places-postal_code = The postal code.
template-prompt-places-workers = How many people work at the site (a whole number).
template-prompt-places-share_of_value = The share of the goods' value added at this site, from 0 to 100.
template-prompt-places-supplies_to = The Site IDs this site ships to, separated by ; (blank: it ships to you, tier 1).
template-prompt-places-os_id = The site's Open Supply Hub ID, if it has one.
template-prompt-places-last_audit_date = The date of the site's last social audit, as 2026-03-31.
template-prompt-places-audit_standard = The standard of that audit (e.g. SMETA, SA8000).
template-prompt-goods-item = The bid's line item, as in your bid.
template-prompt-goods-description = What the item is, in plain words.
template-prompt-goods-classification = The UNSPSC code (8 digits) or GSIN code (e.g. N8415) of the item.
template-prompt-goods-quantity = How many units.
template-prompt-goods-value = The value of the line in Canadian dollars.
template-prompt-goods-produced_at = The Site IDs that make the item, separated by ;.

# The drop-downs' refusals of a value not on their list.
template-choose_country = Choose a country from the list or type its ISO code (e.g. MY).
template-choose_value = Choose a value from the list.

# The instructions sheet: what each sheet holds, then the example row's heading.
template-readme-format = Format 1 — Code of Conduct for Procurement, place of work and due diligence
template-readme-supplier = One label per row in column A, its value in column B. Fields marked * are required. Dates as 2026-03-31. Each cell shows what it expects when you select it.
template-readme-attestations = One row for each of the nine rights. Attested: Yes or No. Scope: choose from the list (Supplier; Supplier and tier-1 subcontractors; Whole chain). A right missing or attested No becomes a finding.
template-readme-due_diligence = Answer each question (Yes/No; “Tiers of the chain mapped”: how many tiers). Detail: the audit standard, the S-211 report URL.
template-readme-places = One row per site in the production chain, your own included: name, address and country of the manufacturer and of every subcontractor. Role and country: choose from the list. Supplies to: the Site IDs this site ships to, separated by ; (blank = to you, tier 1). Example below.
template-readme-goods = Optional: the bid's line items, their UNSPSC or GSIN code and the Site IDs that produce them.
template-readme-numbers = Type numbers in number cells, or as text with no thousands separator or with spaces (1250, 1 250 or 12.5; 1,250,000.50 and 1.250.000,50 are read too); a single comma or point before the last three digits (1,250 or 1.250) could be read two ways and is refused.
template-readme-errors = A file with any error is refused whole and nothing of it is stored; every error names its cell (e.g. { $sheet }!{ $cell }).
template-example = Example: one row of the PlacesOfWork sheet (a spinning mill that ships to site S1)

# A cell's stored value that is not what its type says (`cell_values.rs`): the type, then the refusal.
intake-cell-kind-number = a number
intake-cell-kind-boolean = TRUE or FALSE (0 or 1)
intake-cell-kind-boolean_words = TRUE or FALSE
intake-cell-kind-shared_text = the number of one of its texts
intake-cell-kind-date = a date
intake-cell-kind-inline_text = text written in the cell
intake-cell-kind-unknown = a value of an unknown type
intake-cell-malformed = The workbook stores this cell as { $kind }, but its stored value “{ $stored }”{ $spaced ->
        [yes] { " " }(with white space before or after it)
       *[no] {""}
    } is not one: a spreadsheet program never writes it so, and reading it would be a guess. Retype the value in your spreadsheet program, save the file again and send it.
intake-cell-not_finite = The number stored in this cell (“{ $shown }”) is not a finite number: type the value itself

# Sizes in words (binary units, as the limits are set; French with a no-break space before the unit).
intake-size-bytes = { $n } bytes
intake-size-kib = { $n } KiB
intake-size-mib = { $n } MiB

# The file as a whole and its archive (`readers.rs`).
intake-file-too_large = The file is larger than the limit of { $limit }: send a smaller file (the sheets of the declaration only, without pictures or other sheets)
intake-file-other_business_number = { $given ->
        [no] This file gives no business number (Supplier sheet, or /supplier/business_number in JSON)
       *[other] This file declares business number { $declared }
    }; your account may submit declarations only for { $expected }. Nothing was stored.
intake-file-empty = The file is empty (0 bytes): it was cut short while it was saved, copied or sent. Save it again and send it again.
intake-file-zip_unopenable = The file looks like a zip archive but cannot be opened: it is damaged or incomplete (cut short while it was copied or sent?). Save it again and send it again.
intake-file-not_a_declaration = The file is not a declaration workbook: send an .xlsx, .xlsm or .ods workbook, a .zip of CSV files or a JSON document
intake-archive-zip_bomb = The archive inflates to more than { $limit } ({ $size } or more): it is refused as a possible zip bomb
intake-archive-damaged = The archive is damaged or incomplete: save it again and send it again.
intake-archive-declared_texts = The workbook declares { $declared } different texts; at most { $most } are read. Save it again from your spreadsheet program.
intake-archive-too_many_texts = The workbook holds more than { $most } different texts; at most that many are read
intake-archive-long_text = A cell of the workbook holds more than { $most } characters (in its part { $part }): shorten it
intake-archive-long_blank = The part { $part } of the workbook is padded with a long run of blank space between its elements, which no spreadsheet program writes: it is refused unread. Save the workbook again from your spreadsheet program and send it again.
intake-archive-long_tag = An element of the part { $part } of the workbook is longer than any spreadsheet program writes (its name and attributes alone): it is refused unread. Save the workbook again from your spreadsheet program and send it again.
intake-archive-unopenable = The archive cannot be opened: it is damaged or incomplete.
intake-archive-too_many_csv = The archive holds { $count ->
        [one] { $count } CSV file
       *[other] { $count } CSV files
    }; at most { $most ->
        [one] { $most } is accepted
       *[other] { $most } are accepted
    }
intake-archive-file_unreadable = The file cannot be read: the archive is damaged.
intake-archive-file_too_long = The file holds more than { $size } of text; the intake accepts no more

# A workbook that cannot be read, and why (`spreadsheet.rs`): the cause, then the refusal.
intake-workbook-cause-archive = its archive is damaged or incomplete
intake-workbook-cause-entities = its markup declares or uses entities (a DTD or an entity declaration), which a workbook never needs and the intake does not accept
intake-workbook-cause-xml = its XML markup is malformed
intake-workbook-cause-number = a number in its markup (a row, a column, a size) is malformed
intake-workbook-cause-missing = a part it needs is missing
intake-workbook-cause-part_missing = its part “{ $part }” is missing
intake-workbook-cause-part_empty = its part “{ $part }” is empty
intake-workbook-cause-part_records = the records of its part “{ $part }” are cut short or are not those of the format
intake-workbook-cause-part_xml = the XML markup of its part “{ $part }” is malformed
intake-workbook-cause-part_no_target = its part “{ $part }” does not say where the sheet “{ $sheet }” is stored
intake-workbook-cause-password = it is protected by a password
intake-workbook-cause-other = its content is not what the format requires
intake-workbook-damaged = The workbook cannot be read: { $cause }. Save it again from your spreadsheet program and send it again.
intake-workbook-sheet_damaged = The sheet “{ $sheet }” of { $file } cannot be read: { $cause }. Save the workbook again from your spreadsheet program.
intake-workbook-too_many_sheets = The workbook has { $count ->
        [one] { $count } sheet
       *[other] { $count } sheets
    }; at most { $most ->
        [one] { $most } is accepted
       *[other] { $most } are accepted
    }
intake-workbook-encrypted = The workbook is encrypted with a password, so it cannot be read: open it in your spreadsheet program, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, then clear the password; in LibreOffice: File › Save As without “Save with password”), save it and send it again. A declaration sent to a public buyer is read by the people who assess it: it needs no password.
intake-workbook-xls = The file is in the Excel 97–2003 format (.xls), which is not accepted: open it in your spreadsheet program and save it as an Excel workbook (.xlsx), then send it again.

# What the workbook hides and the intake read all the same (warnings).
intake-hidden-sheet = The sheet is hidden in the workbook; it was read like the others. { hidden_sheet-how }.
intake-hidden-sheet_very = The sheet is very hidden (“veryHidden”) in the workbook; it was read like the others. { hidden_sheet-how_very }.
intake-hidden-rows = { $count ->
        [one] Row { $list } of the sheet is hidden and holds values; it was read like the others. Show it and check that it holds what you mean to declare.
       *[other] Rows { $list } of the sheet are hidden and hold values; they were read like the others. Show them and check that they hold what you mean to declare.
    }
intake-hidden-columns = { $count ->
        [one] Column { $list } of the sheet is hidden and holds values; it was read like the others. Show it and check that it holds what you mean to declare.
       *[other] Columns { $list } of the sheet are hidden and hold values; they were read like the others. Show them and check that they hold what you mean to declare.
    }
intake-hidden-conditional_cell = The cell { $list } of the sheet holds a value under a conditional format that can show it in the colour of its background, or show nothing of it; it was read like the others. Remove the conditional format, or check that this cell holds what you mean to declare.
intake-hidden-conditional = { $count ->
        [one] The cells { $list } of the sheet hold values under a conditional format that can show them in the colour of their background, or show nothing of them; they were read like the others. Remove the conditional format, or check that these cells hold what you mean to declare.
       *[other] The cells { $list } of the sheet hold values under conditional formatting that can show them in the colour of their background, or show nothing of them; they were read like the others. Remove the conditional formatting, or check that these cells hold what you mean to declare.
    }
intake-hidden-runs = { $count ->
        [one] The cell { $list } of the sheet holds text written, in whole or in part, in a colour that cannot be told from the cell's background, in a font too small to read or as text not displayed, which the sheet does not show (“{ $text }”); it was read with the rest of the cell. Give that text a visible colour and size, or remove it, and check that the cell holds what you mean to declare.
       *[other] The cells { $list } of the sheet hold text written, in whole or in part, in a colour that cannot be told from the cell's background, in a font too small to read or as text not displayed, which the sheet does not show (the first: “{ $text }”); it was read with the rest of each cell. Give that text a visible colour and size, or remove it, and check that the cells hold what you mean to declare.
    }
intake-hidden-white_rows = { $count ->
        [one] Row { $list } of the sheet holds values written in a colour that cannot be told from their background (white on white, yellow on yellow) or in a font too small to read, which the sheet does not show; they were read like the others. Give them a visible colour and size and check that they hold what you mean to declare.
       *[other] Rows { $list } of the sheet hold values written in a colour that cannot be told from their background (white on white, yellow on yellow) or in a font too small to read, which the sheet does not show; they were read like the others. Give them a visible colour and size and check that they hold what you mean to declare.
    }

# An OpenDocument sheet larger than the intake reads, or than a sheet can be.
intake-ods-past_grid = The file holds a value past the last row or column of the sheet (row { $row }, column { $column }; a sheet has { $rows } rows and { $columns } columns): no spreadsheet program wrote it so. Save the file again from your spreadsheet program, or as .xlsx, and send it again.
intake-ods-too_many_filled = The sheet holds more than { $most ->
        [one] { $most } filled cell
       *[other] { $most } filled cells
    } with this cell ({ $count } so far, a value the file repeats over rows or columns counted once for each cell it fills); it is refused at this cell. Delete the cells, or the repeats, that are not part of the declaration and send the file again.
intake-ods-repeated_rows = The file repeats this row { $repeat } times, so the sheet would have more than { $most ->
        [one] { $most } row with data
       *[other] { $most } rows with data
    }; at most { $most ->
        [one] { $most } is read
       *[other] { $most } are read
    }. Delete the repeated rows that are not part of the declaration and send the file again.
intake-ods-repeated_columns = The file repeats this cell over { $repeat } columns; at most { $most ->
        [one] { $most } column with data is read
       *[other] { $most } columns with data are read
    }. Delete the repeated columns that are not part of the declaration and send the file again.
intake-ods-too_many_rows = The sheet has more than { $most ->
        [one] { $most } row with data
       *[other] { $most } rows with data
    } (rows repeated by the file count too); this row is past the limit
intake-ods-too_many_cells = The workbook's sheets together hold more than { $most ->
        [one] { $most } filled cell
       *[other] { $most } filled cells
    }; at most that many are read

# A sheet past the intake's limits, or given twice over (`grid.rs`).
intake-sheet-too_much_text = The file holds more text than the intake accepts; it is refused at this cell. Remove what is not part of the declaration (notes, pasted documents) and send it again.
intake-sheet-too_many_cells = The sheet holds more than { $most ->
        [one] { $most } filled cell
       *[other] { $most } filled cells
    }; it is refused at this cell. Delete the cells that are not part of the declaration and send it again.
intake-sheet-too_many_rows = The sheet has more than { $most ->
        [one] { $most } row with data
       *[other] { $most } rows with data
    }; at most { $most ->
        [one] { $most } is accepted
       *[other] { $most } are accepted
    }. This row is past the limit.
intake-sheet-too_many_columns = The sheet has values in more than { $most ->
        [one] { $most } different column
       *[other] { $most } different columns
    }; this cell is past the limit. Delete the columns that are not part of the declaration and send it again.
intake-sheet-too_many_merges = The sheet has more than { $most ->
        [one] { $most } merged range
       *[other] { $most } merged ranges
    }
intake-sheet-cell_twice = The workbook gives cell { $cell } twice, with different values: which one was meant cannot be known. Save the workbook again from your spreadsheet program and send it again.
intake-sheet-merged_too_many_cells = With its merged ranges the sheet holds more than { $most ->
        [one] { $most } filled cell
       *[other] { $most } filled cells
    }
intake-sheet-merges_overlap = The merged range { $range } overlaps another one: no spreadsheet program writes that, the file is damaged. Save it again from your spreadsheet program.
intake-sheet-merge_reversed = The merged range { $range } ends before it starts: no spreadsheet program writes that, the file is damaged. Save it again from your spreadsheet program.
intake-sheet-merge_unreadable = The sheet merges cells over the range written “{ $range }”, which is not a range of cells as a spreadsheet program writes one (such as K3:K4): the file is damaged. Save it again from your spreadsheet program.
intake-sheet-merges_twice = The sheet lists its merged ranges twice (two “mergeCells” parts): a spreadsheet program writes one, and the cells the second list covers would be read for values the sheet does not show. The file is damaged: save it again from your spreadsheet program.
