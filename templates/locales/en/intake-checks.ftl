# Checks of the intake that compare cells (`import::look_alike`, `import::parse`): identifiers that read the same
# but differ, sheets named as the file names them. Same identifiers and variables as ../fr/intake-checks.ftl.

checks-site_id_like = “{ $value }” is no Site ID, but reads as the Site ID “{ $site }” at { $site_cell }: { $how ->
    [case] the two differ in capitals only. Write it as the Site ID is written
   *[character] { $char_cell } holds the character { $character } where the other has “{ $plain }” ({ $plain_code }). Type the Site ID again with ordinary characters
}
checks-site_ids_alike = The Site ID “{ $value }” reads as the Site ID “{ $site }” at { $site_cell }: { $how ->
    [case] the two differ in capitals only, and a reader (as a spreadsheet's lookups) takes them for one site
   *[character] { $char_cell } holds the character { $character } where the other has “{ $plain }” ({ $plain_code })
}. Give each site an ID of its own, or declare the site once
checks-second_sheet = The sheet “{ $sheet }” is the same part of the declaration as the sheet “{ $first }”: the file must hold one of them. Delete or rename one
checks-look_alike_sheet = The sheet “{ $sheet }” looks like the sheet “{ $part }” and holds rows, which would not be read: the file must hold one “{ $part }” sheet. Move its rows into “{ $part }” (or delete the sheet) and send the file again.
checks-not_a_sheet = “{ $sheet }” is not a sheet of the format and is not read: did you mean “{ $part }”?
checks-look_alike_key = The key “{ $label }” is not a key of the format, and what it holds would not be read: did you mean “{ $key }”? Rename the key “{ $key }” (or remove it) and send the file again
checks-unknown_key = The key “{ $key }” is not a key of the format, and what it holds is not read (the format's keys: { $keys })
checks-ambiguous_number = “{ $value }” is ambiguous: it reads as { $thousands } if the { $mark ->
    [comma] comma
   *[point] point
} groups thousands, or as { $decimal } if it marks decimals. Write { $thousands } or { $decimal }, whichever is meant, or type the number in a number cell
checks-headings_again = Row { $row } names the table's columns again (their headings in the other language): it is read as headings, not as data
checks-other_currency = “{ $value }” is an amount in another currency than the Canadian dollar (“{ $sign }”): the value is in Canadian dollars. Convert it at the rate you use and write the number alone (or with $)
checks-inputs_comma = “{ $value }” holds a comma, but a site's inputs are separated by semicolons: write “{ $split }” if these are several inputs, or the input's name without its comma
checks-region_not_country = “{ $value }” is not a country but { $is_region ->
    [yes] a region of { $country }
   *[no] a place in { $region }, a region of { $country }
}: write { $code } as the country, and the place in Region or City
checks-place_look_alike = { $field } “{ $value }” is written in letters of another alphabet drawn like Latin ones: the risk model reads it as “{ $read }”, a name of { $place }. Write the place in the letters of its own language
checks-site_ids_comma = “{ $value }” is no Site ID: it holds a comma, but the Site IDs of a list are separated by semicolons. Write “{ $split }” if these are several sites, or the Site ID without its comma
