# What the intake says of a text file it reads (a CSV file, a JSON document: `import::text_in`): an encoding it
# cannot read or only guessed, a CSV line that does not line up with its header, a JSON document or value of the
# wrong shape. Same identifiers and variables as ../fr/intake-text.ftl.

## An encoding by its name, with the script or region it writes ($script: a code, `none` when not known).
encoding-named = { $script ->
        [central] { $name } (Central European)
        [cyrillic] { $name } (Cyrillic)
        [western] { $name } (Western European)
        [greek] { $name } (Greek)
        [turkish] { $name } (Turkish)
        [hebrew] { $name } (Hebrew)
        [arabic] { $name } (Arabic)
        [baltic] { $name } (Baltic)
        [vietnamese] { $name } (Vietnamese)
        [thai] { $name } (Thai)
        [japanese] { $name } (Japanese)
        [simplified_chinese] { $name } (Simplified Chinese)
        [traditional_chinese] { $name } (Traditional Chinese)
        [korean] { $name } (Korean)
       *[none] { $name }
    }
# How a file is saved again as UTF-8, in the words of its format ($json: `yes` for a JSON document).
encoding-how = { $json ->
        [yes] (the encoding JSON is written in, RFC 8259)
       *[no] ("CSV UTF-8")
    }
encoding-utf32 = The file is in UTF-32, { $json ->
        [yes] an encoding JSON is never written in
       *[no] an encoding spreadsheet programs do not write
    } and the intake does not read: save it as UTF-8 { $how } and send it again.
encoding-foreign = The file is not in UTF-8, and its encoding cannot be told for sure: read as { $encoding }, the guess, it gives “{ $word }” (line { $line }), a character of another script inside a word of Latin letters — it was most likely written in a legacy encoding of Latin letters (saved on a Mac, Mac OS Roman, or in DOS), and a wrong guess changes letters without a word. Nothing of it was read: save it as UTF-8 { $how } and send it again.
encoding-latin_legacy = The file is not in UTF-8: it seems to be in { $encoding }, which gives “{ $word }” (line { $line }). Legacy encodings of Latin letters are easily taken for one another (a file saved on a Mac, or in DOS, reads as one of them too), and a wrong guess changes letters without a word, so nothing of it was read: save it as UTF-8 { $how } and send it again.
encoding-western_or_central = The file is not in UTF-8, and its encoding cannot be told for sure: read as { $western_encoding } it gives “{ $western }” (line { $line }), read as { $central_encoding } “{ $central }”, and the two differ only in such letters. Nothing of it was read: save it as UTF-8 { $how } and send it again.
encoding-reading = read as { $encoding } it gives “{ $word }”
encoding-too_short = The file is not in UTF-8, and it is too short for its legacy encoding to be told for sure: { $readings } (line { $line }). Nothing of it was read: save it as UTF-8 { $how } and send it again.
encoding-doubtful = The file is not in UTF-8, and its encoding cannot be told for sure: read as { $encoding }, the guess, it gives “{ $word }” (line { $line }), characters no one types there — it may have been saved on a Mac (Mac OS Roman) or in another legacy encoding. Nothing of it was read: save it as UTF-8 { $how } and send it again.
encoding-invalid = The file is not valid { $encoding } at byte { $byte } (line { $line }, character { $character }): this text cannot be read without guessing; save the file as UTF-8 { $how } and send it again.
encoding-invalid_part = The file is not valid { $encoding } at byte { $byte } (line { $line }, character { $character }): this text cannot be read without guessing; part of the file was saved in another encoding; save the whole file as UTF-8 { $how } and send it again.
encoding-guessed = The file is not in UTF-8: it was read as { $encoding }. Check that its accented letters and names read as they were written; if not, save it again as "CSV UTF-8".
encoding-guessed_by_countries = The file is not in UTF-8: it was read as { $encoding }, the encoding of the countries it declares. Check that its accented letters and names read as they were written; if not, save it again as "CSV UTF-8".
encoding-json_guessed = The JSON document is not in UTF-8: it seems to be in { $encoding }, a guess that can change letters without a word. JSON is written in UTF-8 (RFC 8259): save it as UTF-8 and send it again.

## The lines of a CSV file. $sep is the file's separator: `semicolon`, `tab`, `bar` or `comma`.
csv_line-unreadable = This CSV line cannot be read (the file is read with { $sep ->
        [semicolon] semicolons
        [tab] tabs
        [bar] vertical bars
       *[comma] commas
    } between values).
csv_line-other_separator = Line { $line } of the file separates its values with { $other ->
        [semicolon] semicolons
        [tab] tabs
        [bar] vertical bars
       *[comma] commas
    }, while the file uses { $sep ->
        [semicolon] semicolons
        [tab] tabs
        [bar] vertical bars
       *[comma] commas
    }: the whole line sits in one cell. Write it with { $sep ->
        [semicolon] semicolons
        [tab] tabs
        [bar] vertical bars
       *[comma] commas
    } like the other lines and send the file again.
csv_line-too_few = Line { $line } of the file has { $count } { $count ->
        [one] field
       *[other] fields
    } while the header has { $width }: its last values would be read empty, or its values have shifted. Give the line a value (or an empty one) for every column, separated by { $sep ->
        [semicolon] semicolons
        [tab] tabs
        [bar] vertical bars
       *[comma] commas
    }, and send the file again.
csv_line-too_many = Line { $line } of the file has { $count } { $count ->
        [one] field
       *[other] fields
    } while the header has { $width }: a value past the header's last field belongs to no column and would be dropped, or the line's values have shifted (a { $sep ->
        [semicolon] semicolon
        [tab] tab
        [bar] vertical bar
       *[comma] comma
    } inside a value must be within quotation marks). Correct the line and send the file again.
csv_line-form_too_many = Line { $line } of the file has { $count } { $count ->
        [one] field
       *[other] fields
    } while a line of the form holds a label and its value: the values past the second belong to no field and would be dropped. A value that holds one of the file's separators ({ $sep ->
        [semicolon] semicolons
        [tab] tabs
        [bar] vertical bars
       *[comma] commas
    }) must be within quotation marks ("Cordages Nordiques, Inc."). Correct the line and send the file again.
csv_line-open_quote = The quotation mark that opens this value (line { $line } of the file) is never closed, so the rest of the file would be read as this one value. Close it, or write a quotation mark inside a value as two (""), and send the file again.

## A JSON document and its values.
json_doc-list_too_long = A list holds more than { $count } { $count ->
        [one] item
       *[other] items
    }
json_doc-object_too_large = An object holds more than { $count } { $count ->
        [one] key
       *[other] keys
    }
json_doc-too_many_entries = “{ $key }” has more than { $count } { $count ->
        [one] entry
       *[other] entries
    }; at most that many are accepted
json_doc-at = { $message } (line { $line }, column { $column })
json_doc-not_an_object = The JSON document must be an object with the keys { $supplier }, { $attestations } and { $places }
json_doc-not_finite = { $token } at line { $line }, column { $column } is not a number in JSON: leave the value out (or write null) where it is unknown
json_doc-unreadable = The JSON document cannot be read at line { $line }, column { $column }: { $reason ->
        [nested] the document is nested too deeply
        [escape] a \u escape sequence is not a valid character
        [eof] the document stops before its end
        [trailing_comma] a comma comes before the end of a list or an object
        [control] a control character stands inside a text
        [key] a key must be a text in double quotes
        [range] a number is larger than a JSON number can be
        [number] a number is badly written
        [trailing] text follows the end of the document
        [colon] a colon is missing after a key
        [comma] a comma is missing between two values
        [value] a value is missing or badly written (text goes in double quotes)
       *[other] the syntax is not JSON's
    }
json_doc-entry_not_object = Each entry must be an object
json_doc-supplier_not_object = “{ $key }” must be an object of the supplier's fields: { $example }
json_doc-not_a_list = “{ $key }” must be a list of objects, one an entry: [{"{"}…{"}"}, {"{"}…{"}"}]
json_doc-key_twice = The key “{ $key }” appears twice in this object: keep one
json_doc-two_spellings = The keys “{ $first }” and “{ $second }” both give { $field } in this object: keep one
# What a JSON value is, as written ($written: its shape; $shown: the value).
json_value-written = { $written ->
        [number] a number ({ $shown })
        [text] a text ({ $shown })
        [list] a list ({ $shown })
        [object] an object ({ $shown })
       *[other] { $shown }
    }
json_value-inexact_number = “{ $field }” holds the number { $shown }, which { $why ->
        [range] is beyond the largest number that can be read (about 1.8 × 10³⁰⁸)
       *[digits] has more significant digits than can be read exactly (a number keeps about 15 of them)
    }: the value read would not be the one written. Write it with fewer digits, or between double quotation marks if it is an identifier rather than a quantity.
json_value-item_not_text = Each item of “{ $field }” is a text between double quotation marks in JSON, and this item is { $written }: write it as a text ({ $as_text }).
json_value-wrong_shape = “{ $field }” is { $shape ->
        [number] a number, without quotation marks
        [boolean] true or false, without quotation marks
        [list] a list of texts, such as ["S1", "S2"] (or one text, { $one_text })
        [answer] true or false, or a number of tiers
       *[text] a text between double quotation marks
    } in JSON, and this value is { $written }: { $shape ->
        [number] write the number itself, without quotation marks or brackets, or null when it is unknown
        [boolean] write true or false, without quotation marks, or null when there is no answer
        [list] write a list of texts, even of one item (["S1"]), or [] when there is none
        [answer] write true or false to a yes-or-no question, a number to the tiers traced
       *[text] write the value between double quotation marks
    }.
