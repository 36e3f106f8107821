# Refusals of cells whose value is not what the sheet shows (`import::cell_words`): a value hidden under a merged
# range, a number its format shows otherwise, shares that cannot all be parts of one whole. Same ids and variables
# as ../fr/intake-cells.ftl (a test checks); the intake says them through `import::cell_words`, which a test holds
# to what these catalogues say.

intake_cells-covered = { $field } holds “{ $hidden }” in { $cell }, which the merged range { $merge } covers: the sheet shows “{ $shown }” there, the value of the range's first cell. Unmerge the cells and write in each the value it means, or clear the hidden value
intake_cells-covered_blank = { $field } holds “{ $hidden }” in { $cell }, which the merged range { $merge } covers: the sheet shows nothing there, as the range's first cell is empty. Unmerge the cells and write in each the value it means, or clear the hidden value
intake_cells-format_number = { $field } holds { $number }, which its number format “{ $format }” shows as { $shown }: the declaration would read { $read }, not what the cell shows. Give the cell a format that shows the value whole (General) and type the value meant
intake_cells-money_in_number = { $field } holds { $number }, which its number format “{ $format }” shows as an amount of money ({ $sign }): { $field } is a number, never an amount. Give the cell a number format (General) and type the number meant
intake_cells-format_text = { $field } holds { $number }, which its number format “{ $format }” shows as the text “{ $shown }”: the sheet does not show the number. Clear the cell if no number is meant, or give it a format that shows the number (General)
intake_cells-date_in_text = { $field } is formatted as a date ({ $shown }), which is not what this field holds: the sheet shows a day where a text is due. Format the cell as Text and type the value meant
intake_cells-text_format = This cell holds a text that its number format “{ $format }” shows as “{ $shown }”: its text section has no @, so the sheet shows that text instead of the value. Give the cell the General or Text format and check the value
intake_cells-text_format_hidden = This cell holds a text that its number format “{ $format }” hides: its text section is empty, so the sheet shows nothing. Give the cell the General or Text format and check the value
intake_cells-shares_over = The shares of value of the sites that supply “{ $site }” add up to { $sum }% ({ $cells }): each is a part of the value of what that site makes, so together they cannot pass 100%. Correct the shares
