# Values of a text field whose digits a spreadsheet made up (a number of more than 15 digits, a number in
# scientific notation): refused at their cell. Same identifiers and variables as ../fr/intake-identifiers.ftl.

identifier-rounded = { $field } holds the number { $number }, longer than the 15 digits a spreadsheet keeps: its last digits were made up by the spreadsheet, not typed. Format the cell as Text, type the value again and send the file again
identifier-scientific = { $field } “{ $text }” is a number in scientific notation, as a spreadsheet shows a long number: the digits that were typed are lost. Format the column as Text, type the value again and send the file again
identifier-os_id = “{ $value }” is not an Open Supply Hub ID: an ID is 15 characters, the country's two letters, seven digits and six letters or digits (MY2023114KXQ7PL). Copy it from the facility's page on Open Supply Hub, or leave the cell empty
identifier-os_id_no_country = “{ $value }” is not an Open Supply Hub ID: an ID begins with the ISO 3166-1 code of its facility's country, and “{ $code }” is no country's code. Copy the ID from the facility's page on Open Supply Hub, or leave the cell empty
identifier-os_id_other_country = “{ $value }” is the Open Supply Hub ID of a facility { $id_country } ({ $code }), but this site is { $site_country } ({ $site_code }): an ID begins with the code of its facility's country, and facilities are matched on their ID first. Check the ID on the facility's page on Open Supply Hub, or the site's country
