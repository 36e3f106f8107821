# Refusals of cells whose value is not what the sheet shows (`import::cell_words`): a value hidden under a merged
# range, a number its format shows otherwise, shares that cannot all be parts of one whole. Same ids and variables
# as ../fr/intake-cells.ftl (a test checks); the intake says them through `import::cell_words`, which a test holds
# to what these catalogues say.

intake_cells-covered = { $field } holds “{ $hidden }” in { $cell }, which the merged range { $merge } covers: the sheet shows “{ $shown }” there, the value of the range's first cell. Unmerge the cells and write in each the value it means, or clear the hidden value
intake_cells-covered_blank = { $field } holds “{ $hidden }” in { $cell }, which the merged range { $merge } covers: the sheet shows nothing there, as the range's first cell is empty. Unmerge the cells and write in each the value it means, or clear the hidden value
intake_cells-format_number = { $field } holds { $number }, which its number format “{ $format }” shows as { $shown }: the declaration would read { $read }, not what the cell shows. Give the cell a format that shows the value whole (General) and type the value meant
intake_cells-format_altered = { $field } holds { $number }, which its number format “{ $format }” shows beside the text “{ $shown }”, which makes it another number: the declaration would read { $read }, not what the cell shows. Give the cell a format that shows the value whole (General) and type the value meant
intake_cells-share_fraction = { $field } holds { $number }, which its number format “{ $format }” shows as the fraction { $shown }: a share of value is read as the percentage written in its cell (35 for 35%), so the declaration would read { $read }, not the part of the whole that the fraction shows. Type the percentage meant (50 for a half), or format the cell as a percentage
intake_cells-saved_differs = { $field } holds the number { $number }, but the text the file saved for the cell, which the sheet shows, is “{ $shown }”: the two do not agree, and the declaration would read { $number }, not what the sheet shows. Open the file in your spreadsheet program, check the value, then save the file and send it again
intake_cells-number_in_date_style = { $field } holds the number { $number }, which the cell's style shows as a date (“{ $shown }”): the file stores a number, not a date, and the day it shows depends on the program that opens the file. { $date_field ->
    [yes] Type the date again in the cell (year-month-day) so that it is stored as a date, then save the file and send it again
   *[no] Give the cell a number format (General) and type the number meant
}
intake_cells-money_in_number = { $field } holds { $number }, which its number format “{ $format }” shows as an amount of money ({ $sign }): { $field } is a number, never an amount. Give the cell a number format (General) and type the number meant
intake_cells-format_text = { $field } holds { $number }, which its number format “{ $format }” shows as the text “{ $shown }”: the sheet does not show the number. Clear the cell if no number is meant, or give it a format that shows the number (General)
intake_cells-date_in_text = { $field } is formatted as a date ({ $shown }), which is not what this field holds: the sheet shows a day where a text is due. Format the cell as Text and type the value meant
intake_cells-text_format = This cell holds a text that its number format “{ $format }” shows as “{ $shown }”: its text section has no @, so the sheet shows that text instead of the value. Give the cell the General or Text format and check the value
intake_cells-text_format_hidden = This cell holds a text that its number format “{ $format }” hides: its text section is empty, so the sheet shows nothing. Give the cell the General or Text format and check the value
intake_cells-shares_over = The shares of value of the sites that supply “{ $site }” add up to { $sum }% ({ $cells }): each is a part of the value of what that site makes, so together they cannot pass 100%. Correct the shares
intake_cells-shares_over_rounded = The shares of value of the sites that supply “{ $site }” add up to { $sum }% ({ $cells }): more than 100%, which rounding each share to the places written could give only if every share was rounded up. Check the shares: they were read as written
