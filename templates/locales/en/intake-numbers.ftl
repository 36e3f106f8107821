# Numbers of the intake said by the catalogues, so that each language writes them its way (`import::quoted`).
# Same identifiers and variables as ../fr/intake-numbers.ftl.

numbers-not_whole = “{ $value }” is not a whole number
numbers-negative = “{ $value }” is negative: the number must be 0 or more
numbers-not_percentage = “{ $value }” is not a percentage from 0 to 100 (write 35, 35% or 0.35 in a percent cell)
numbers-percent_cell = The cell is formatted as a percentage and holds { $number }, which the spreadsheet shows as { $shown }%: { $field } is a number, never a percentage. Format the cell as a number, type the value as it is meant and send the file again
