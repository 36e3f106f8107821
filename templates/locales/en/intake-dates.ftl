# Dates of a declaration (a date cell, or a date typed as text, read as year-month-day only) and the dates of
# things already done (a signature, an audit). Same identifiers and variables as ../fr/intake-dates.ftl.
# A refusal never offers a day the text does not say: $day is always the text's own day.

dates-time_of_day = “{ $value }” is a date with a time of day ({ $time }): a date alone is expected here. Write the date alone ({ $day }) or format the cell as a date without a time
dates-number = “{ $value }” is a number, not a date: format the cell as a date, or write the date year-month-day (ISO 8601; 2026-03-31 is March 31, 2026)
dates-no_such_day = “{ $value }” is not a date that exists (check the month and the day)
dates-write_as = “{ $value }” is not written year-month-day, the one form a date is read in as text: write it as { $day } (ISO 8601) or use a date cell
dates-either_order = “{ $value }” is ambiguous: it reads as { $first } or as { $second }, depending on the order of day and month. Write it year-month-day (ISO 8601) or use a date cell
dates-two_digit_year = “{ $value }” is ambiguous: its year is written with two digits, and with the orders of day, month and year it can mean { $readings }. Write the date year-month-day with the year's four digits (ISO 8601) or use a date cell
dates-month_year = “{ $value }” names a month ({ $month } { $year }) but no day: a date here is a day. Write the full date year-month-day (ISO 8601) or use a date cell
dates-form = “{ $value }” is not written year-month-day, the one form a date is read in as text: write the date year-month-day (ISO 8601; 2026-03-31 is March 31, 2026) or use a date cell
dates-too_early = { $day } is not a plausible date here: it must fall in { $year } or later
dates-future = { $day } is in the future: this date states something already done (a signature, an audit), so it cannot fall after today ({ $today }; { $last } is allowed for time zones). Check the year
dates-after_declaration = { $day } is after the declaration's date ({ $declared }): the last audit a declaration names took place before the declaration was made. Check the year, or give the last audit done by { $declared }

# What a date cell's format shows of the day it holds (import/shown_date.rs). $format: the format's code; $shown: the
# text the cell shows; $stored: the day stored, year-month-day; $words: the same day in words.
dates-format_year_day_month = This date cell's format “{ $format }” writes the year first, then the day before the month: it shows { $shown }, which reads as year-month-day, for the date stored, { $words } ({ $stored }). Whoever reads the workbook sees another day than the one the declaration would record. Give the cell the format yyyy-mm-dd (year-month-day, ISO 8601) and check the date
dates-format_hides = This date cell's format “{ $format }” shows { $shown }, without { $hidden ->
    [day] the day
    [month] the month
    [year] the year
    [day-month] the day or the month
    [day-year] the day or the year
    [month-year] the month or the year
   *[all] the day, the month or the year
}, while the cell holds a whole day, { $words } ({ $stored }): a date here is a day the sheet shows. Give the cell a date format that shows the day, the month and the year (yyyy-mm-dd, ISO 8601) and check the date
dates-format_two_digit_year = This date cell's format “{ $format }” shows the year with two digits ({ $shown }): the date stored, { $words } ({ $stored }), is read. Check that it is the date meant, and give the cell a format with the year's four digits (yyyy-mm-dd) so that whoever reads the workbook sees the year recorded
dates-format_automatic_order = This date cell's format “{ $format }” shows the day, the month and the year in the order of the spreadsheet program's language (automatic order), the year with two digits: what the cell shows cannot be known from the file, and a reader cannot tell the year from the day (01/03/26). The date stored is { $words } ({ $stored }). Give the cell the format yyyy-mm-dd (year-month-day, ISO 8601) and check the date
# A date typed as text with a dash or a minus sign where a hyphen goes. $character: its code point and Unicode name;
# $position: where it stands, counted in characters from 1.
dates-look_alike_dash = “{ $value }” has { $character } at character { $position } where a date has a hyphen: it is not the plain hyphen (-) of a year-month-day date. Write the date with plain hyphens: { $plain }
dates-look_alike_dash_form = “{ $value }” has { $character } at character { $position } where a date has a hyphen, not the plain hyphen (-). Written with plain hyphens: { $reason }
