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
