# A column of shares of value all written as fractions: warned of at the column. Same identifiers and variables as
# ../fr/intake-shares.ftl.

shares-all_fractions = { $count ->
    [one] The only share of value in the column is 1 or less ({ $cells }), so it is read as 1% or less: if it is a fraction (0.7 for 70%), write it as a percentage (70), or format the cell as a percentage
   *[other] Every share of value in the column is 1 or less ({ $cells }), so each is read as 1% or less: if they are fractions (0.7 for 70%), write them as percentages (70), or format the cells as percentages
}
