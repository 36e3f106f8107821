# A field of numbers reads what its cell shows: a number its format hides, or a day where a number is due, is
# refused at its cell, naming the number, the format and what is shown. Same identifiers and variables as
# ../fr/intake-formats.ftl.

number_format-hidden = { $field } holds { $number }, which its number format “{ $format }” hides (the cell shows nothing): the declaration would read { $number }, which the sheet does not show. Clear the cell if no number is meant, or give it a format that shows the number (General)
number_format-date_in_number = { $field } holds the number { $number }, which its date format “{ $format }” shows as the day { $shown }: a count or an amount is never a day. Give the cell a number format (General) and type the number meant
number_format-date_in_number_unknown = { $field } holds the number { $number }, which its date format shows as the day { $shown }: a count or an amount is never a day. Give the cell a number format (General) and type the number meant
