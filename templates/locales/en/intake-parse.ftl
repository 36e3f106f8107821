# What the intake says of a declaration's sheets, tables, cells and values as it reads them (`import::parse`):
# a cell holding no value (a spreadsheet error, a formula never calculated), a value of the wrong kind, a column or a
# label the format does not know, a merge, a field given twice, a hidden sheet or row. Same identifiers and
# variables as ../fr/intake-parse.ftl. $field is a field's label in the reader's language; $value a value as typed.

## A cell that holds no value, or one the sheet does not show.
cell_state-spreadsheet_error = { $field } holds the spreadsheet error { $error }, not a value: correct the formula or type the value itself
cell_state-lookup_error = { $field } holds the spreadsheet error { $error } (a lookup such as VLOOKUP that found nothing), not a value: correct the formula or type the value itself
cell_state-duration = { $field } is formatted as a duration or a time of day (it shows { $shown }), which is neither a date nor a count: format the cell as a date or a number (or as text) and type the value again
cell_state-uncalculated = { $field } holds a formula ({ $formula }) whose result was never calculated: open and save the file in your spreadsheet program so its formulas are calculated, then send it again
cell_state-stale = { $field } holds a formula ({ $formula }) whose stored result may be out of date: the workbook is set to manual calculation and was saved without recalculating, so the value shown may predate the cells the formula reads. Recalculate the workbook (F9, or set calculation to automatic), save it and send it again, or type the value itself
cell_state-mixed_script = { $field } “{ $value }”: the letter “{ $letter }” ({ $code } { $name }, character { $position }) is { $script ->
        [latin] Latin
        [cyrillic] Cyrillic
        [greek] Greek
       *[phonetic] a letter of the phonetic alphabet (IPA)
    } in the word “{ $word }”, written in { $word_script ->
        [latin] Latin
        [cyrillic] Cyrillic
       *[greek] Greek
    } letters, and is drawn like their “{ $looks_like }”: the word looks right and reads as another (a place or a country not found). Type the word again in one alphabet and send the file again
cell_state-too_long = { $field } holds { $length } characters, more than the { $most } this field takes ({ $kind ->
        [line] a name, an identifier or a code
        [lines] an address
        [goods] the words of goods
       *[free] a free text
    }): a column pasted into one cell, or a text that belongs in another field. Shorten it and send the file again
cell_state-double_encoded = { $field } “{ $value }” is UTF-8 text that was read as Windows-1252 (Latin-1) and saved again: did you mean “{ $meant }”? Correct the text, or open the original file as UTF-8
cell_state-cell_too_long = The cell holds more than { $count } { $count ->
        [one] character
       *[other] characters
    }
cell_state-text_too_long = The text value holds more than { $count } { $count ->
        [one] character
       *[other] characters
    }
cell_state-required = { $field } is required
cell_state-format_unknown = { $field } holds the number { $number } shown in the number format “{ $format }”, whose text is not known from the file (its separators and decimal mark are those of the spreadsheet program that shows it; a condition, a fraction or an exponent is no identifier's): type the value as text (format the cell as Text) and send the file again
cell_state-hidden_by_format = { $field } holds { $number }, which its number format “{ $format }” hides (the cell shows nothing): it is read as { $number }. If the value is not meant, clear the cell; if it is, give the cell a format that shows it

## A value of the wrong kind.
value-too_large = “{ $value }” is too large: at most { $most } is accepted
value-not_number = “{ $value }” is not a number: write it in digits (1250 or 12.5)
value-percent_cell_over = The cell is formatted as a percentage and holds { $number }, which the spreadsheet shows as { $shown }%: a share is from 0 to 100%. Type the share in the cell as the spreadsheet shows it (35%)
value-percent_unknown = { $number } could be { $number }% or, in a percent-formatted cell, { $percent }%: this workbook format does not say which. Write the share as text (35%) or save the workbook as .xlsx
value-share_negative = “{ $value }” is negative: a share is from 0 to 100%
value-share_over = “{ $value }” is more than 100%: a share is from 0 to 100% (write 35, 35% or 0.35 in a percent cell)
value-not_in_list = “{ $value }” is not a { $what } of the list: use one of { $accepted }
value-not_yes_no = “{ $value }” is not yes or no: write Yes/No, Oui/Non, Y/N, O/N, TRUE/FALSE or 1/0
value-solicitation_placeholder = “{ $value }” is no solicitation number: leave the cell empty for a standing declaration (one that answers no solicitation), or write the number of the solicitation the bid answers, as it appears on the solicitation (W8486-260555/A)
value-solicitation_character = “{ $value }” holds { $code } { $name } at character { $position }, which no solicitation number holds: write the number with letters, digits, hyphens and slashes only, as it appears on the solicitation (W8486-260555/A); a number that only looks the same is another solicitation, and the bid would not be ranked with the others
value-solicitation_hyphen = “{ $value }” is written without the hyphen of PSPC's solicitation numbers: did you mean “{ $meant }”? Write it as the solicitation does and send the file again (read as it is, the bid would open another solicitation instead of joining this one)
value-country_na = “{ $value }” is Namibia's ISO 3166 code and also how “not available” is written, so it is not read as either: write Namibia (or NAM) for a site in Namibia; for a site whose country you do not know, find it out — every site's country is required, and a site's risk is read from its country
value-country_placeholder = “{ $value }” is written as “{ $meaning }” is abbreviated, and is also the ISO 3166 code of { $country } ({ $code }), so it is not read as either: for { $country }, write { $code } in capitals or the country's name; if the country is not known, find it out — the country is required
value-list_empty = “{ $value }” names no item, only separators: write the items separated by semicolons (S1; S2), or leave the cell empty when there is none
value-not_email = “{ $value }” is not an e-mail address: { $why ->
        [at_twice] it holds more than one @
        [no_at] it has no @
        [no_local] nothing stands before the @
        [no_domain] nothing stands after the @
        [no_dot] its domain has no dot (name@example.ca)
        [display_name] write the address alone, without a name or brackets
        [too_long] a part of it is longer than an address allows
        [space] it holds a space
       *[other] it holds a character an address cannot hold, or a misplaced dot
    }
value-not_business_number = “{ $value }” is not a business number: { $why }
value-not_valid_business_number = “{ $value }” is not a valid business number: { $why }
value-not_classification = “{ $value }” is not a UNSPSC code (8 digits, e.g. 46181504) or a GSIN code (e.g. N8415)

## The columns of a table and the rows under its header.
column-unknown = Unknown column “{ $label }” is ignored
column-unknown_key = Unknown key “{ $label }” is ignored
column-unknown_key_in_others = Unknown key “{ $label }” is ignored (here and in { $others } { $others ->
        [one] other object
       *[other] other objects
    } of the list)
column-seems_a_field = The column “{ $label }” is not a column of the format, and its values would not be read: did you mean “{ $field }”? Give the column the heading “{ $field }” (“{ $other }” in French), or delete the column, and send the file again
column-seems_a_key = The key “{ $label }” is not a key of the format, and its values would not be read: did you mean “{ $key }” ({ $field })? Rename the key “{ $key }” in every object that holds it, or remove it, and send the file again
column-header_lower = The table's header was not found where it is expected, in row { $row }, the sheet's first row: row { $below } looks like it. Delete the rows above the header (a title, a note) and send the file again.
column-required_missing = The required column “{ $field }” is missing from the sheet
column-required_missing_merged = The required column “{ $field }” is missing from the sheet: the heading merged across { $ranges } may cover it. Unmerge the cells and give each column its heading
column-value_outside = This cell holds a value outside the columns of the table, on a row that declares nothing: delete it (or give its column a heading of the format) and send the file again
column-twice_same = Column “{ $label_b }” ({ $b }) gives the field “{ $field }” a second time, after “{ $label_a }” ({ $a }); both hold the same values and the first one is read.{ $hidden }
column-language_version = Column “{ $label_b }” ({ $b }) gives the field “{ $field }” in one of its languages, beside “{ $label_a }” ({ $a }): the format keeps one “{ $field }”, so “{ $label_a }” is read and this column is not stored
column-twice_differ = The field “{ $field }” is given by two columns, “{ $label_a }” ({ $a }) and “{ $label_b }” ({ $b }), whose values differ on { $count ->
        [one] row
       *[other] rows
    } { $rows }: one cannot tell which is meant.{ $hidden } Keep one column and send the file again.
column-one_hidden = {" "}Column { $column } is hidden in the workbook: it is not what the sheet shows.
column-both_hidden = {" "}Both columns are hidden in the workbook.
column-heading_merged = The heading “{ $text }” is merged across the cells { $range }: the first row of the table gives each column its heading in a cell of its own (a title above the table cannot be read). Unmerge the cells, give each column its heading (delete a title row) and send the file again.
column-merged_fields = The cells { $range } are merged across the columns { $fields }: one value cannot fill several fields. Unmerge them and fill each cell.
column-merged_quantity = The cells { $range } merge one { $field } over several rows: a number is each site's own, and copied down it would be counted once per site. Unmerge them and write each site's number.
column-merged_heading_data = The cells { $range } merge the column heading with data rows: unmerge them so each row has its own value.

## The Supplier form: a label in column A, its value in column B.
supplier_form-field_twice = The field “{ $field }” is given twice (first at { $first }): keep one value
supplier_form-field_twice_same = The field “{ $field }” is given twice (first at { $first }) with the same value: it is read once
supplier_form-language_version = The label “{ $label }” gives the field “{ $field }” in one of its languages, beside “{ $plain }” ({ $first }): the format keeps one “{ $field }”, so the value of { $first } is read and this one is not stored
supplier_form-seems_a_field = The label “{ $label }” is not a label of the form, and the value beside it would not be read: did you mean “{ $field }”? Write the label “{ $field }” (“{ $other }” in French) in this cell and send the file again
supplier_form-unknown_label = Unknown label “{ $label }” is ignored
supplier_form-past_value_column = This cell lies past the form's value column (B): what it holds is not read. Write the field's value in { $cell } only.
supplier_form-label_merged = The label “{ $field }” is merged with its value cell across { $range }: the value is read from column B of the label's row. Unmerge the cells and write the value in { $cell }.
supplier_form-merged_fields = The cells { $range } are merged over several fields of the form: unmerge them and fill each value.
supplier_form-required_missing = The required field “{ $field }” is missing from the sheet

## Rights attested and questions answered.
answers-right_unanswered = The right “{ $right }” has no answer: it counts as not attested
answers-right_twice = The right “{ $right }” is attested twice (first at { $first }), answered “{ $there }” there and “{ $here }” here: keep one answer
answers-question_unknown = Unknown question “{ $question }” is ignored
answers-question_twice = The question “{ $question }” is answered twice (first at { $first }): keep one answer

## Sites, what they supply, and the goods.
sites-id_blank = A site id may not be blank
sites-id_twice = Site ID “{ $id }” is used twice (first at { $first })
sites-not_an_id = “{ $value }” is not a Site ID of this sheet
sites-not_an_id_of = “{ $value }” is not a Site ID of the { $sheet } sheet
sites-fraction_among_percentages = The share of value { $share } is read as { $share }%, among shares above 1% in the same column: if it is a fraction, write { $meant } (or { $share } in a cell formatted as a percentage)
goods_row-summary_word = Row { $row } is a summary of the goods lines, not a line: its text “{ $text }” makes it a total. A total is not an item and would count the spend twice: delete the row and send the file again
goods_row-summary_sum = Row { $row } is a summary of the goods lines, not a line: it names no site where goods are made and its value is the sum of the { $count } values above it. A total is not an item and would count the spend twice: delete the row and send the file again

## A sheet or a row the workbook hides. $hidden is `very` for a sheet only code can show (“veryHidden”).
hidden_sheet-how = Show it (right-click a sheet tab and choose Unhide, or Home > Format > Hide & Unhide > Unhide Sheet; in LibreOffice Calc, Sheet > Show Sheet) and check that it holds what you mean to declare
hidden_sheet-how_very = Excel's menus cannot show it (Unhide does not list a very hidden sheet): show it with the VBA editor (Alt+F11, select the sheet in the Project window, then set Visible to “-1 - xlSheetVisible” in its Properties) or in LibreOffice Calc (Sheet > Show Sheet), and check that it holds what you mean to declare; or copy your data into the template's sheet of the same name and send that file
hidden_sheet-note = The sheet “{ $sheet }” is { $hidden ->
        [very] very hidden (“veryHidden”)
       *[other] hidden
    } in the workbook: you cannot see it on screen. { $hidden ->
        [very] { hidden_sheet-how_very }
       *[other] { hidden_sheet-how }
    }.
hidden_sheet-place = { $place } is on the sheet “{ $sheet }”, which is { $hidden ->
        [very] very hidden (“veryHidden”)
       *[other] hidden
    } in the workbook: you cannot see it on screen. { $hidden ->
        [very] { hidden_sheet-how_very }
       *[other] { hidden_sheet-how }
    }
hidden_sheet-place_on_row = { $place } is on row { $row } of the sheet “{ $sheet }”, which is hidden in the workbook: you cannot see it on screen (select the rows around it, right-click, Unhide, to show it)
hidden_sheet-after = { $message } { $note }
hidden_sheet-after_sentence = { $message }. { $note }

## The file as a whole.
declaration_file-required_key = The required key “{ $key }” (the sheet “{ $sheet }” of a workbook) is missing from { $file }
declaration_file-required_sheet = The required sheet “{ $sheet }” (“{ $other }” in French) is missing from { $file }
declaration_file-no_site = The sheet lists no site: declare at least the site where the goods are made
declaration_file-errors_not_listed = { $errors } more { $errors ->
        [one] error is
       *[other] errors are
    } not listed: correct the problems above (often one cause repeated down a column) and send the file again
declaration_file-warnings_not_listed = { $warnings } more { $warnings ->
        [one] warning is
       *[other] warnings are
    } not listed: correct the problems above (often one cause repeated down a column) and send the file again
declaration_file-both_not_listed = { $errors } more { $errors ->
        [one] error
       *[other] errors
    } and { $warnings } more { $warnings ->
        [one] warning
       *[other] warnings
    } are not listed: correct the problems above (often one cause repeated down a column) and send the file again
