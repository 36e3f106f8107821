# A column of shares of value all written as fractions: warned of at the column. Same identifiers and variables as
# ../fr/intake-shares.ftl.

shares-all_fractions = { $count ->
    [one] The only share of value in the column is 1 or less ({ $cells }), so it is read as 1% or less: if it is a fraction (0.7 for 70%), write it as a percentage (70), or format the cell as a percentage
   *[other] Every share of value in the column is 1 or less ({ $cells }), so each is read as 1% or less: if they are fractions (0.7 for 70%), write them as percentages (70), or format the cells as percentages
}

# A share of value between 0 and 1 written in scientific notation (`5.00E-01`, typed, or shown so by its cell's
# number format): refused at its cell, both readings named.
shares-scientific = The share { $shown } is written in scientific notation: it is the number { $number }. A share of value is read as the percentage written (35 for 35%), so it would be { $number }%; but a program that writes numbers so writes fractions as often, and as a fraction of the whole it is { $percent }%. Type the percentage meant without an exponent ({ $percent } for { $percent }%), or format the cell as a percentage
